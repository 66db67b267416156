import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-t.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';

/** An unknown order: say so, and offer the way back to the list. */
export function OrderNotFound() {
  const t = useT();
  useDocumentTitle(t('boOrders.notFound'));
  return (
    <div className="stack">
      <h1>{t('boOrders.notFound')}</h1>
      <p>{t('boOrders.notFoundBody')}</p>
      <p>
        <Link to="/backoffice/ordrer" className="button">
          {t('boOrders.backToList')}
        </Link>
      </p>
    </div>
  );
}
