import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-t.ts';
import { pageWindow, searchHref, type SearchState } from './search-state.ts';

interface Props {
  state: SearchState;
  pages: number;
  /** Called on every page link: the page keeps its path, so it moves focus and scroll itself. */
  onNavigate: () => void;
}

/** Real links (open in a new tab, back/forward), numbered, with previous and next. */
export function SearchPagination({ state, pages, onNavigate }: Props) {
  const t = useT();
  if (pages <= 1) return null;
  const href = (page: number) => searchHref({ ...state, page });
  const current = Math.min(state.page, pages);
  return (
    <nav aria-label={t('search.pagination')} className="search-pagination">
      <ul>
        <li>
          {current > 1 ? (
            <Link to={href(current - 1)} rel="prev" className="search-pagination__step" onClick={onNavigate}>
              <span aria-hidden="true">← </span>
              {t('common.previous')}
            </Link>
          ) : (
            <span className="search-pagination__step search-pagination__step--off">{t('common.previous')}</span>
          )}
        </li>
        {pageWindow(current, pages).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} className="search-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link to={href(page)} aria-current={page === current ? 'page' : undefined} aria-label={t('search.page', { page })} onClick={onNavigate}>
                {page}
              </Link>
            </li>
          ),
        )}
        <li>
          {current < pages ? (
            <Link to={href(current + 1)} rel="next" className="search-pagination__step" onClick={onNavigate}>
              {t('common.next')}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : (
            <span className="search-pagination__step search-pagination__step--off">{t('common.next')}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
