import { Link } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/** An order id the account doesn't have: another account's order, or a mistyped link. */
export function OrderNotFound() {
  const t = useT();
  useDocumentTitle(t('orders.notFound.title'));
  return (
    <div className="stack">
      <h1>{t('orders.notFound.title')}</h1>
      <p>{t('orders.notFound.body')}</p>
      <p>
        <Link to="/min-side/bestillinger" className="button">
          {t('orders.detail.back')}
        </Link>
      </p>
    </div>
  );
}
