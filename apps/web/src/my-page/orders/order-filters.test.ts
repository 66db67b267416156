import { describe, expect, it } from 'vitest';
import { emptyOrderFilters, hasOrderFilters, isIsoDate, orderFilterParams, orderPageCount, ordersApiQuery, ordersHref, parseOrderFilters } from './order-filters.ts';

const buyer = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('the order overview’s filters in the URL', () => {
  it('reads every filter from the query string', () => {
    const filters = parseOrderFilters(
      new URLSearchParams(`buyer=${buyer}&status=shipped&from=2026-01-01&to=2026-03-31&requisition=Voksen&title=Markens%20gr%C3%B8de&page=3`),
    );
    expect(filters).toEqual({ buyer, mine: false, status: 'shipped', from: '2026-01-01', to: '2026-03-31', requisition: 'Voksen', title: 'Markens grøde', page: 3 });
  });

  it('drops what the API would refuse', () => {
    const filters = parseOrderFilters(new URLSearchParams('buyer=kari&status=lost&from=2026-02-30&to=31.03.2026&page=-4'));
    expect(filters).toEqual(emptyOrderFilters());
    expect(parseOrderFilters(new URLSearchParams('page=tre')).page).toBe(1);
    expect(parseOrderFilters(new URLSearchParams(`title=${'x'.repeat(150)}`)).title).toHaveLength(100);
  });

  it('lets "only mine" win over a chosen buyer', () => {
    const filters = parseOrderFilters(new URLSearchParams(`mine=true&buyer=${buyer}`));
    expect(filters).toMatchObject({ mine: true, buyer: '' });
    expect(orderFilterParams({ ...filters, buyer }).toString()).toBe('mine=true');
  });

  it('writes short links: nothing for what is not chosen, no page 1', () => {
    expect(ordersHref(emptyOrderFilters())).toBe('/min-side/bestillinger');
    expect(ordersHref({ ...emptyOrderFilters(), status: 'processing', title: '  Sult ', page: 2 })).toBe('/min-side/bestillinger?status=processing&title=Sult&page=2');
  });

  it('round-trips through the URL', () => {
    const filters = { ...emptyOrderFilters(), buyer, status: 'invoiced' as const, from: '2026-05-01', requisition: 'Barn', page: 4 };
    expect(parseOrderFilters(orderFilterParams(filters))).toEqual(filters);
  });

  it('asks the API for the page and its size', () => {
    expect(ordersApiQuery({ ...emptyOrderFilters(), mine: true })).toBe('mine=true&page=1&pageSize=25');
  });

  it('tells a filtered list from the whole list', () => {
    expect(hasOrderFilters(emptyOrderFilters())).toBe(false);
    expect(hasOrderFilters({ ...emptyOrderFilters(), page: 5 })).toBe(false);
    expect(hasOrderFilters({ ...emptyOrderFilters(), mine: true })).toBe(true);
    expect(hasOrderFilters({ ...emptyOrderFilters(), title: '   ' })).toBe(false);
  });

  it('checks calendar dates and counts pages', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(orderPageCount(0, 25)).toBe(1);
    expect(orderPageCount(51, 25)).toBe(3);
  });
});
