import type { Audience, AvailabilityStatus, Genre, ProductForm, SearchResponse, SearchSort } from '@hylle/contracts';

// The contracts' enums as plain lists: importing the zod schemas would put zod in the bundle.
// `satisfies` keeps each list to the contract's values; the unit tests keep it complete.
export const PRODUCT_FORMS = ['book', 'ebook', 'audiobook', 'video', 'game', 'other'] as const satisfies readonly ProductForm[];
export const AUDIENCES = ['adult', 'youth'] as const satisfies readonly Audience[];
export const GENRES = ['fiction', 'nonfiction'] as const satisfies readonly Genre[];
export const AVAILABILITY_STATUSES = ['in_stock', 'orderable', 'forthcoming', 'out_of_print'] as const satisfies readonly AvailabilityStatus[];
export const SEARCH_SORTS = ['relevance', 'newest', 'title'] as const satisfies readonly SearchSort[];

const oneOf = (list: readonly string[]) => (value: string) => list.includes(value);

/**
 * The search page's state lives in its URL (q, filters, sort, page), so results can be
 * bookmarked and shared, and back/forward step through earlier searches. These functions
 * read and write that URL; anything the API would refuse is dropped on the way in, so a
 * hand-edited link gives a search rather than an error.
 */
export const FACET_KEYS = ['form', 'language', 'audience', 'genre', 'year', 'availability', 'series'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type SearchState = {
  q: string;
  filters: Record<FacetKey, string[]>;
  /** Absent: the server's default (relevance for a query, newest when browsing). */
  sort: SearchSort | undefined;
  page: number;
};

export const PAGE_SIZE = 20;
/** The API pages no further than this. */
export const MAX_PAGE = 500;

const accepts: Record<FacetKey, (value: string) => boolean> = {
  form: oneOf(PRODUCT_FORMS),
  language: (value) => /^[a-z]{3}$/.test(value),
  audience: oneOf(AUDIENCES),
  genre: oneOf(GENRES),
  year: (value) => /^\d{4}$/.test(value),
  availability: oneOf(AVAILABILITY_STATUSES),
  series: (value) => value.trim().length > 0 && value.length <= 200,
};

const maxValues: Record<FacetKey, number> = { form: 20, language: 20, audience: 20, genre: 20, year: 50, availability: 20, series: 20 };

export function emptyFilters(): Record<FacetKey, string[]> {
  return { form: [], language: [], audience: [], genre: [], year: [], availability: [], series: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    filters[key] = [...new Set(params.getAll(key).filter(accepts[key]))].slice(0, maxValues[key]);
  }
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : undefined,
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1,
  };
}

/** The page's URL query for a state; defaults are left out so links stay short. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function searchHref(state: SearchState): string {
  const query = searchParamsOf(state).toString();
  return query ? `/search?${query}` : '/search';
}

/** The API's query string for a state. */
export function apiQueryOf(state: SearchState, pageSize = PAGE_SIZE): string {
  const params = searchParamsOf(state);
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
}

/** A filter switched on or off; the list starts again at page 1. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next }, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters(), page: 1 };
}

/**
 * The query as the server understood it after its spelling corrections:
 * "Hamsn sult" with hamsn → hamsun reads "hamsun sult".
 */
export function correctedQuery(q: string, corrections: SearchResponse['corrections']): string {
  if (corrections.length === 0) return q;
  const byWord = new Map(corrections.map((c) => [c.from.toLocaleLowerCase(), c.to]));
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => byWord.get(word.toLocaleLowerCase()) ?? word)
    .join(' ');
}

/**
 * Page numbers to offer: the first, the last, and two either side of the current one,
 * with null for a gap ("1 … 4 5 6 7 8 … 40").
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of sorted) {
    const last = result.at(-1);
    if (typeof last === 'number' && page - last === 2) result.push(last + 1);
    else if (typeof last === 'number' && page - last > 2) result.push(null);
    result.push(page);
  }
  return result;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / pageSize)));
}
