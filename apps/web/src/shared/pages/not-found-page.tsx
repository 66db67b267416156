import { Link } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from '../use-document-title.ts';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
