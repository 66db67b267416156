import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audiences, availabilityStatuses, genres, productForms } from '../product.ts';
import { wordsOf } from './fold-text.ts';
import { isbnFor } from './search-doc-fixture.ts';
import { SearchIndex } from './search-index.ts';
import type { FacetCount, SearchDoc, SearchFacets, SearchFilters } from './search-types.ts';

/**
 * The index against a brute-force matcher on small random catalogues. Words have two
 * letters, so neither stemming (from 3 letters) nor typo correction (from 4) applies:
 * a document matches when every query word is one of its words.
 */
const word = fc.constantFrom('ab', 'bo', 'ka', 'ti', 'lu', 'me', 'no', 'sy');
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const languages = ['nob', 'nno', 'dut', 'eng'];
const seriesNames = ['Alfa', 'Beta', 'Gamma'];
const years = [1999, 2000, 2024];

const doc = fc.record({
  key: fc.integer({ min: 0, max: 30 }).map((n) => `k${n}`),
  title: text,
  subtitle: fc.option(text),
  contributors: fc.array(text, { maxLength: 2 }),
  series: fc.option(fc.constantFrom(...seriesNames)),
  publisher: fc.option(text),
  keywords: fc.array(text, { maxLength: 2 }),
  language: fc.option(fc.constantFrom(...languages)),
  form: fc.constantFrom(...productForms),
  audience: fc.constantFrom(...audiences),
  genre: fc.constantFrom(...genres),
  releaseDate: fc.option(fc.tuple(fc.constantFrom(...years), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`)),
  availability: fc.constantFrom(...availabilityStatuses),
});

type Operation = { upsert: Omit<SearchDoc, 'isbn' | 'seriesNumber' | 'themaCodes'> } | { remove: string } | { compact: true };
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 8, arbitrary: doc.map((upsert) => ({ upsert })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }).map((n) => ({ remove: `k${n}` })) },
  { weight: 1, arbitrary: fc.constant({ compact: true as const }) },
);

const subset = <T>(values: readonly T[]) => fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });
const filters: fc.Arbitrary<SearchFilters> = fc.record(
  {
    form: subset(productForms),
    language: subset(languages),
    audience: subset(audiences),
    genre: subset(genres),
    year: subset(years),
    availability: subset(availabilityStatuses),
    series: subset(seriesNames),
  },
  { requiredKeys: [] },
);

const facetNames = ['form', 'language', 'audience', 'genre', 'year', 'availability', 'series'] as const;
type FacetName = (typeof facetNames)[number];

function valueOf(d: SearchDoc, facet: FacetName): string | number | null {
  if (facet === 'year') return d.releaseDate === null ? null : Number(d.releaseDate.slice(0, 4));
  return d[facet];
}

function passes(d: SearchDoc, f: SearchFilters, except: FacetName | null): boolean {
  return facetNames.every((facet) => {
    const selected = f[facet] as readonly (string | number)[] | undefined;
    if (facet === except || selected === undefined || selected.length === 0) return true;
    const value = valueOf(d, facet);
    return value !== null && selected.includes(value);
  });
}

function textMatches(d: SearchDoc, query: string): boolean {
  const words = new Set([d.title, d.subtitle ?? '', ...d.contributors, d.series ?? '', d.publisher ?? '', ...d.keywords].flatMap(wordsOf));
  return wordsOf(query).every((w) => words.has(w));
}

/** Counts as a map value → count, for the values present; series by folded name. */
function expectedFacets(docs: SearchDoc[], query: string, f: SearchFilters): Record<FacetName, Map<string | number, number>> {
  const result = {} as Record<FacetName, Map<string | number, number>>;
  for (const facet of facetNames) {
    const counts = new Map<string | number, number>();
    for (const d of docs) {
      if (!textMatches(d, query) || !passes(d, f, facet)) continue;
      const value = valueOf(d, facet);
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    result[facet] = counts;
  }
  return result;
}

function actualFacets(facets: SearchFacets): Record<FacetName, Map<string | number, number>> {
  const result = {} as Record<FacetName, Map<string | number, number>>;
  for (const facet of facetNames) {
    const counts = new Map<string | number, number>();
    for (const { value, count } of facets[facet] as FacetCount<string | number>[]) if (count > 0) counts.set(value, count);
    result[facet] = counts;
  }
  return result;
}

describe('SearchIndex against brute force', () => {
  it('finds and counts exactly what a scan of the documents finds and counts', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.array(fc.tuple(fc.option(text, { nil: '' }), filters), { minLength: 1, maxLength: 4 }), (operations, queries) => {
        const index = new SearchIndex({ resultCacheSize: 0 });
        const live = new Map<string, SearchDoc>();
        let n = 0;
        for (const op of operations) {
          if ('upsert' in op) {
            const full: SearchDoc = { ...op.upsert, isbn: isbnFor(++n), seriesNumber: null, themaCodes: [] };
            index.upsert(full);
            live.set(full.key, full);
          } else if ('remove' in op) {
            index.remove(op.remove);
            live.delete(op.remove);
          } else {
            index.compact();
          }
        }
        const docs = [...live.values()];
        expect(index.size).toBe(docs.length);
        for (const [query, f] of queries) {
          const expected = docs.filter((d) => textMatches(d, query) && passes(d, f, null)).map((d) => d.key);
          for (const sort of ['relevance', 'newest', 'title'] as const) {
            const result = index.search({ text: query, filters: f, sort, offset: 0, limit: 100 });
            expect(result.total).toBe(expected.length);
            expect(result.hits.map((h) => h.key).sort()).toEqual([...expected].sort());
            if (sort === 'newest') {
              const dates = result.hits.map((h) => live.get(h.key)!.releaseDate ?? '');
              expect(dates).toEqual([...dates].sort().reverse());
            }
          }
          const result = index.search({ text: query, filters: f, sort: 'relevance', offset: 0, limit: 5 });
          const want = expectedFacets(docs, query, f);
          // Series names come back as first written; here they are written one way only.
          expect(actualFacets(result.facets)).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});
