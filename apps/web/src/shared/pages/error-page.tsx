import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../api-error.ts';
import { useT } from '../i18n/use-t.ts';
import { CustomerServiceContact } from '../ui/customer-service-contact.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** Route error boundary: a crash in one page keeps the header, so the user can still get away. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  useDocumentTitle(t('errorPage.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div className="narrow">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.body')}</p>
      {requestId ? (
        <div className="muted">
          <p>{t('errors.withRequestId', { id: requestId })}</p>
          <CustomerServiceContact />
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
        <Link to="/" className="button button--secondary">
          {t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}
