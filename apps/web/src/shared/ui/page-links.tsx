import { Link } from 'react-router';
import { pageWindow } from '../../storefront/catalog/search-state.ts';
import { useT } from '../i18n/use-t.ts';

interface Props {
  current: number;
  pages: number;
  /** The address of a page, with whatever else the list keeps in its URL (filters, query). */
  href: (page: number) => string;
  /** The navigation's name ("Sider med treff") and each page's ("Side 3"). */
  label: string;
  pageLabel: (page: number) => string;
  /** Called on every page link: the page keeps its path, so it moves focus and scroll itself. */
  onNavigate: () => void;
}

/** Real links (open in a new tab, back/forward), numbered, with previous and next; nothing for one page. */
export function PageLinks({ current: asked, pages, href, label, pageLabel, onNavigate }: Props) {
  const t = useT();
  if (pages <= 1) return null;
  const current = Math.min(asked, pages);
  return (
    <nav aria-label={label} className="search-pagination">
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
              <Link to={href(page)} aria-current={page === current ? 'page' : undefined} aria-label={pageLabel(page)} onClick={onNavigate}>
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
