import { useT } from '../../shared/i18n/use-t.ts';
import { PageLinks } from '../../shared/ui/page-links.tsx';
import { searchHref, type SearchState } from './search-state.ts';

interface Props {
  state: SearchState;
  pages: number;
  onNavigate: () => void;
}

/** The pages of search results, each a link that keeps the query and filters. */
export function SearchPagination({ state, pages, onNavigate }: Props) {
  const t = useT();
  return (
    <PageLinks
      current={state.page}
      pages={pages}
      href={(page) => searchHref({ ...state, page })}
      label={t('search.pagination')}
      pageLabel={(page) => t('search.page', { page })}
      onNavigate={onNavigate}
    />
  );
}
