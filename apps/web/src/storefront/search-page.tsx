import { useSearchParams } from 'react-router';
import { useT } from '../shared/i18n/use-t.ts';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';

/** Placeholder until the catalog module exists: the route and the query string are final. */
export function SearchPage() {
  const t = useT();
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const title = query ? t('search.resultsFor', { q: query }) : t('search.title');
  useDocumentTitle(title);
  return (
    <div className="stack">
      <h1>{title}</h1>
      <EmptyState title={t('search.soonTitle')}>
        <p>{t('search.soonBody')}</p>
        <CustomerServiceContact />
      </EmptyState>
    </div>
  );
}
