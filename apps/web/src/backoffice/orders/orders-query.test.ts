import { describe, expect, it } from 'vitest';
import { filtersFromParams, isFiltered, NO_FILTERS, ordersApiPath, pageOfOffset, paramsFromFilters } from './orders-query.ts';

describe('order filters in the URL', () => {
  it('reads search, status, channel and page', () => {
    expect(filtersFromParams(new URLSearchParams('q=Storvik&status=partially_delivered&channel=phone&page=3'))).toEqual({
      q: 'Storvik',
      status: 'partially_delivered',
      channel: 'phone',
      page: 3,
    });
  });

  it('falls back to the defaults for what the server would refuse', () => {
    expect(filtersFromParams(new URLSearchParams('status=lost&channel=fax&page=0'))).toEqual(NO_FILTERS);
    expect(filtersFromParams(new URLSearchParams('page=2.5')).page).toBe(1);
    expect(filtersFromParams(new URLSearchParams('page=abc')).page).toBe(1);
    expect(filtersFromParams(new URLSearchParams(`q=${'x'.repeat(150)}`)).q).toHaveLength(100);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(paramsFromFilters(NO_FILTERS).toString()).toBe('');
    const filters = { q: ' 10042 ', status: 'shipped', channel: 'edi', page: 2 } as const;
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe('q=10042&status=shipped&channel=edi&page=2');
    expect(filtersFromParams(params)).toEqual({ ...filters, q: '10042' });
  });

  it('asks the API for a page of 25 with the same filters', () => {
    expect(ordersApiPath(NO_FILTERS)).toBe('/api/backoffice/orders?page=1&pageSize=25');
    expect(ordersApiPath({ q: 'Fjordlys Bokkafé', status: 'processing', channel: null, page: 4 })).toBe(
      '/api/backoffice/orders?q=Fjordlys+Bokkaf%C3%A9&status=processing&page=4&pageSize=25',
    );
  });

  it('knows a filtered list from the whole list', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, page: 5 })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, channel: 'web' })).toBe(true);
  });

  it('turns the pagination offset into a page', () => {
    expect(pageOfOffset(0)).toBe(1);
    expect(pageOfOffset(25)).toBe(2);
    expect(pageOfOffset(50, 25)).toBe(3);
    expect(pageOfOffset(-25)).toBe(1);
  });
});
