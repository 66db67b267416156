import type { AvailabilityStatus, Audience, Genre, ProductForm } from '../product.ts';

/** What the search index knows of a product: the searchable text and the facet values. */
export type SearchDoc = {
  /** Product id (uuid). */
  key: string;
  /** 13 digits (ISBN-13 or EAN-13). */
  isbn: string;
  title: string;
  subtitle: string | null;
  /** Display names, "Knut Hamsun". */
  contributors: string[];
  series: string | null;
  seriesNumber: string | null;
  publisher: string | null;
  keywords: string[];
  themaCodes: string[];
  /** ISO 639-2/B: nob, nno, nor, dan, swe, dut, eng, fre, ger … */
  language: string | null;
  form: ProductForm;
  audience: Audience;
  genre: Genre;
  /** YYYY-MM-DD. */
  releaseDate: string | null;
  availability: AvailabilityStatus;
};

/** Several values within a facet are OR; facets AND together. An empty or absent list does not filter. */
export type SearchFilters = {
  form?: readonly ProductForm[];
  language?: readonly string[];
  audience?: readonly Audience[];
  genre?: readonly Genre[];
  year?: readonly number[];
  availability?: readonly AvailabilityStatus[];
  /** Series names; matched after folding, so case and accents do not matter. */
  series?: readonly string[];
};

export type SearchSort = 'relevance' | 'newest' | 'title';

export type SearchQuery = {
  text: string;
  filters: SearchFilters;
  /** Without text every score is equal, so 'relevance' orders a browse by newest too. */
  sort: SearchSort;
  offset: number;
  limit: number;
};

export type FacetCount<V> = { value: V; count: number };

export type SearchFacets = {
  form: FacetCount<ProductForm>[];
  language: FacetCount<string>[];
  audience: FacetCount<Audience>[];
  genre: FacetCount<Genre>[];
  year: FacetCount<number>[];
  availability: FacetCount<AvailabilityStatus>[];
  /** The 20 largest, plus any selected series. */
  series: FacetCount<string>[];
};

export type SearchHit = { key: string; score: number };

export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** Query words we replaced by a near spelling, for "showing results for …". */
  corrections: { from: string; to: string }[];
  /** The text was a valid ISBN of a product in the index. */
  isbnMatch: boolean;
};

export type Suggestion = {
  kind: 'title' | 'contributor' | 'series';
  text: string;
  /** The product, for a title. */
  key?: string;
};
