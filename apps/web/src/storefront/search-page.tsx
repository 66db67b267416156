import { useMemo, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { SearchResponse } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useMemberAccountId } from '../shared/purchasing/use-member-account.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { SelectField } from '../shared/ui/select-field.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { catalogKeys } from './catalog/catalog-keys.ts';
import { SORT_KEYS } from './catalog/labels.ts';
import { SearchFacets, useFilterLabel } from './catalog/search-facets.tsx';
import { SearchHit } from './catalog/search-hit.tsx';
import { SearchPagination } from './catalog/search-pagination.tsx';
import { retrySearch, searchRetryDelay } from './catalog/search-retry.ts';
import {
  activeFilterCount,
  apiQueryOf,
  clearFilters,
  correctedQuery,
  FACET_KEYS,
  PAGE_SIZE,
  pageCount,
  parseSearchState,
  SEARCH_SORTS,
  searchHref,
  searchParamsOf,
  toggleFilter,
  type SearchState,
} from './catalog/search-state.ts';
import { useOrderedBefore } from './catalog/use-ordered-before.ts';
import { useViewer } from './catalog/use-viewer.ts';

/**
 * Search and browse (CAT-2). The URL is the state: query, filters, sort and page live in
 * the query string, so every result list can be bookmarked and back/forward step through
 * earlier searches. While a new answer loads the previous one stays on screen, marked busy.
 */
export function SearchPage() {
  const t = useT();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const viewer = useViewer();
  const apiQuery = apiQueryOf(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const search = useQuery({
    queryKey: catalogKeys.search(viewer, apiQuery),
    queryFn: ({ signal }) => apiGet<SearchResponse>(`/api/catalog/search?${apiQuery}`, signal),
    placeholderData: keepPreviousData,
    retry: retrySearch,
    retryDelay: searchRetryDelay,
  });
  const stale = search.isPlaceholderData;
  const data = search.data;
  const canBuy = useMemberAccountId() !== null;
  // One request for the whole page: what the account has ordered before of these titles.
  const orderedBefore = useOrderedBefore(data && !stale ? data.hits.map((hit) => hit.id) : []);

  const title = state.q ? t('search.resultsFor', { q: state.q }) : t('search.browseTitle');
  useDocumentTitle(title);

  const returnTo = searchHref(state);
  const go = (next: SearchState) => setParams(searchParamsOf(next));
  const filters = activeFilterCount(state);
  // Nothing to filter by (no hits, no filter chosen): the results take the whole width.
  const hasFilters = filters > 0 || !data || FACET_KEYS.some((key) => data.facets[key].length > 0);
  const countText = (total: number) => (total === 1 ? t('search.count.one', { count: format.count(total) }) : t('search.count.other', { count: format.count(total) }));
  const corrected = data && data.corrections.length > 0 ? correctedQuery(state.q, data.corrections) : null;
  const announcement = data && !stale ? [countText(data.total), corrected ? t('search.corrected', { q: corrected }) : ''].filter(Boolean).join('. ') : '';

  const toResults = () => {
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.closest('section')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="stack search-page">
      <div className="search-page__head">
        <h1>{title}</h1>
        {corrected ? (
          <p className="search-page__correction">
            {t('search.corrected', { q: corrected })} <span className="muted">{t('search.youWrote', { q: state.q })}</span>
          </p>
        ) : null}
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      <div className={hasFilters ? 'search-layout' : 'search-layout search-layout--bare'}>
        <section className="search-filters" aria-labelledby="filters-title">
          <button
            type="button"
            className="button button--secondary search-filters__toggle"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {filters > 0 ? t('search.filtersWithCount', { count: filters }) : t('search.filters')}
          </button>
          <div id="filters-panel" className={filtersOpen ? 'search-filters__panel search-filters__panel--open' : 'search-filters__panel'}>
            <h2 id="filters-title" className="search-filters__title">
              {t('search.filters')}
            </h2>
            {filters > 0 ? (
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  go(clearFilters(state));
                  // The button goes with the filters: focus goes to the results it changed.
                  toResults();
                }}
              >
                {t('search.clearFilters')}
              </button>
            ) : null}
            {data ? <SearchFacets state={state} facets={data.facets} onToggle={(key, value) => go(toggleFilter(state, key, value))} /> : null}
          </div>
        </section>

        <section className="search-results" aria-labelledby="results-title">
          <h2 id="results-title" ref={resultsHeading} tabIndex={-1} className="visually-hidden">
            {t('search.results')}
          </h2>
          {search.isPending ? (
            <Loading />
          ) : search.isError && !data ? (
            <QueryError error={search.error} onRetry={() => void search.refetch()} />
          ) : data ? (
            <div className={stale ? 'results results--stale stack' : 'results stack'} aria-busy={stale || undefined}>
              <div className="search-toolbar">
                <p className="search-toolbar__count">
                  {countText(data.total)}
                  {stale ? (
                    <span className="search-toolbar__busy">
                      <span className="loading__spinner" aria-hidden="true" /> {t('search.searching')}
                    </span>
                  ) : null}
                </p>
                {data.total > 1 ? (
                  <SelectField
                    id="search-sort"
                    className="field--inline search-toolbar__sort"
                    label={t('search.sort')}
                    value={state.sort ?? data.sort}
                    options={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(SORT_KEYS[sort]) }))}
                    onChange={(sort) => go({ ...state, sort: sort as SearchState['sort'], page: 1 })}
                  />
                ) : null}
              </div>
              <ActiveFilters
                state={state}
                onChange={(next) => {
                  go(next);
                  // The removed filter's button is gone; land on the results heading, not on <body>.
                  resultsHeading.current?.focus({ preventScroll: true });
                }}
              />
              {data.isbnMatch ? <p className="notice notice--info">{t('search.isbnMatch')}</p> : null}
              {data.hits.length === 0 && data.total > 0 ? (
                <EmptyState title={t('search.pastEnd')}>
                  <Link to={searchHref({ ...state, page: 1 })} className="button button--secondary">
                    {t('search.firstPage')}
                  </Link>
                </EmptyState>
              ) : data.hits.length === 0 ? (
                <NoHits
                  state={state}
                  onClear={() => {
                    go(clearFilters(state));
                    resultsHeading.current?.focus({ preventScroll: true });
                  }}
                />
              ) : (
                <ul className="hits">
                  {data.hits.map((hit) => (
                    <SearchHit key={hit.id} hit={hit} returnTo={returnTo} canBuy={canBuy} orderedBefore={orderedBefore.get(hit.id)} />
                  ))}
                </ul>
              )}
              <SearchPagination state={state} pages={pageCount(data.total, data.pageSize || PAGE_SIZE)} onNavigate={toResults} />
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}

/** The chosen filters as buttons that remove them; one list to see and undo what narrows the results. */
function ActiveFilters({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const t = useT();
  const label = useFilterLabel();
  const chosen = FACET_KEYS.flatMap((key) => state.filters[key].map((value) => ({ key, value })));
  if (chosen.length === 0) return null;
  return (
    <div className="active-filters">
      <p className="visually-hidden">{t('search.activeFilters')}</p>
      <ul>
        {chosen.map(({ key, value }) => (
          <li key={`${key}:${value}`}>
            <button type="button" className="chip" onClick={() => onChange(toggleFilter(state, key, value))}>
              <span className="visually-hidden">{t('search.removeFilter')} </span>
              {label(key, value)}
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
        {chosen.length > 1 ? (
          <li>
            <button type="button" className="button button--link" onClick={() => onChange(clearFilters(state))}>
              {t('search.clearFilters')}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function NoHits({ state, onClear }: { state: SearchState; onClear: () => void }) {
  const t = useT();
  const filtered = activeFilterCount(state) > 0;
  if (!state.q && !filtered) return <EmptyState title={t('search.catalogueEmpty')} />;
  return (
    <EmptyState title={state.q ? t('search.noHits', { q: state.q }) : t('search.noHitsFiltered')}>
      <p>{t('search.tipsTitle')}</p>
      <ul className="tips">
        {state.q ? <li>{t('search.tipSpelling')}</li> : null}
        {state.q ? <li>{t('search.tipFewerWords')}</li> : null}
        {state.q ? <li>{t('search.tipIsbn')}</li> : null}
        {filtered ? <li>{t('search.tipFilters')}</li> : null}
      </ul>
      {filtered ? (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('search.clearFilters')}
        </button>
      ) : null}
    </EmptyState>
  );
}
