/** The catalogue search index: what the rest of the catalog module uses of this folder. */
export { SearchIndex } from './search-index.ts';
export type { SearchIndexOptions } from './search-index.ts';
export type {
  FacetCount,
  SearchDoc,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchSort,
  Suggestion,
} from './search-types.ts';
