import { describe, expect, it } from 'vitest';
import { AvailabilityStatus, Audience, Genre, ProductForm, SearchSort } from '@hylle/contracts';
import {
  AUDIENCES,
  AVAILABILITY_STATUSES,
  GENRES,
  PRODUCT_FORMS,
  SEARCH_SORTS,
  activeFilterCount,
  apiQueryOf,
  clearFilters,
  correctedQuery,
  pageCount,
  pageWindow,
  parseSearchState,
  searchHref,
  searchParamsOf,
  toggleFilter,
} from './search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('the contract lists', () => {
  it('are the contracts\' enums, complete', () => {
    expect([...PRODUCT_FORMS]).toEqual(ProductForm.options);
    expect([...AUDIENCES]).toEqual(Audience.options);
    expect([...GENRES]).toEqual(Genre.options);
    expect([...AVAILABILITY_STATUSES]).toEqual(AvailabilityStatus.options);
    expect([...SEARCH_SORTS]).toEqual(SearchSort.options);
  });
});

describe('search state in the URL', () => {
  it('reads query, filters, sort and page', () => {
    const state = parse('q=hamsun&form=book&form=ebook&language=nob&year=1920&sort=newest&page=3');
    expect(state.q).toBe('hamsun');
    expect(state.filters.form).toEqual(['book', 'ebook']);
    expect(state.filters.language).toEqual(['nob']);
    expect(state.filters.year).toEqual(['1920']);
    expect(state.sort).toBe('newest');
    expect(state.page).toBe(3);
  });

  it('drops what the API would refuse instead of failing the search', () => {
    const state = parse('form=scroll&form=book&language=norsk&year=20x0&sort=price&page=-4&availability=in_stock&availability=in_stock');
    expect(state.filters.form).toEqual(['book']);
    expect(state.filters.language).toEqual([]);
    expect(state.filters.year).toEqual([]);
    expect(state.filters.availability).toEqual(['in_stock']);
    expect(state.sort).toBeUndefined();
    expect(state.page).toBe(1);
    expect(parse('page=9999').page).toBe(500);
  });

  it('writes a short URL and reads it back the same', () => {
    const state = parse('q=harry+potter&series=Harry+Potter&genre=fiction&page=2');
    expect(searchHref(state)).toBe('/search?q=harry+potter&genre=fiction&series=Harry+Potter&page=2');
    expect(parseSearchState(searchParamsOf(state))).toEqual(state);
    expect(searchHref(parse(''))).toBe('/search');
    expect(apiQueryOf(parse('q=sult'))).toBe('q=sult&pageSize=20');
  });

  it('toggles a filter and starts again at page 1', () => {
    const state = parse('q=hamsun&page=4');
    const on = toggleFilter(state, 'form', 'book');
    expect(on.filters.form).toEqual(['book']);
    expect(on.page).toBe(1);
    expect(activeFilterCount(on)).toBe(1);
    expect(toggleFilter(on, 'form', 'book').filters.form).toEqual([]);
    expect(activeFilterCount(clearFilters(toggleFilter(on, 'year', '2020')))).toBe(0);
  });
});

describe('corrections and paging', () => {
  it('shows the query as the server corrected it', () => {
    expect(correctedQuery('Hamsn  sult', [{ from: 'hamsn', to: 'hamsun' }])).toBe('hamsun sult');
    expect(correctedQuery('sult', [])).toBe('sult');
  });

  it('offers the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(6, 40)).toEqual([1, null, 4, 5, 6, 7, 8, null, 40]);
    expect(pageWindow(4, 40)).toEqual([1, 2, 3, 4, 5, 6, null, 40]);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageCount(1_000_000, 20)).toBe(500);
  });
});
