import { Link } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';

/** Placeholder until purchasing exists. */
export function CartPage() {
  const t = useT();
  useDocumentTitle(t('cart.title'));
  return (
    <div className="stack">
      <h1>{t('cart.title')}</h1>
      <EmptyState title={t('cart.empty')}>
        <p>{t('cart.emptyHint')}</p>
        <Link to="/search" className="button button--secondary">
          {t('cart.search')}
        </Link>
      </EmptyState>
    </div>
  );
}
