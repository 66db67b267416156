import { describe, expect, it } from 'vitest';
import { ProductSummaryCache } from './product-summary-cache.ts';
import type { ProductSummaryRow } from './products.repo.ts';

const row = (id: string, title = `Title ${id}`) => ({ id, title }) as ProductSummaryRow;
const titlesOf = (rows: ProductSummaryRow[]) => rows.map((r) => r.title).sort();

describe('ProductSummaryCache', () => {
  it('reads only the missing rows, in one call, and keeps them for the next page', async () => {
    const cache = new ProductSummaryCache(10);
    const calls: string[][] = [];
    const load = async (ids: string[]) => {
      calls.push(ids);
      return ids.map((id) => row(id));
    };
    expect(titlesOf(await cache.read(['a', 'b'], load))).toEqual(['Title a', 'Title b']);
    expect(titlesOf(await cache.read(['b', 'c'], load))).toEqual(['Title b', 'Title c']);
    expect(calls).toEqual([['a', 'b'], ['c']]);
    expect(await cache.read(['a', 'b', 'c'], load)).toHaveLength(3);
    expect(calls).toHaveLength(2);
  });

  it('reads a forgotten product again', async () => {
    const cache = new ProductSummaryCache(10);
    await cache.read(['a'], async (ids) => ids.map((id) => row(id, 'Old')));
    cache.forget('a');
    expect(titlesOf(await cache.read(['a'], async (ids) => ids.map((id) => row(id, 'New'))))).toEqual(['New']);
  });

  it('does not keep rows read while a change was applied: they may predate it', async () => {
    const cache = new ProductSummaryCache(10);
    // The read starts, the index applies a change to "a" meanwhile, then the (old) row arrives.
    const first = await cache.read(['a'], async (ids) => {
      cache.forget('a');
      return ids.map((id) => row(id, 'Old'));
    });
    expect(titlesOf(first)).toEqual(['Old']);
    const calls: string[][] = [];
    const second = await cache.read(['a'], async (ids) => {
      calls.push(ids);
      return ids.map((id) => row(id, 'New'));
    });
    expect(titlesOf(second)).toEqual(['New']);
    expect(calls).toEqual([['a']]);
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const cache = new ProductSummaryCache(2);
    const loaded: string[] = [];
    const load = async (ids: string[]) => {
      loaded.push(...ids);
      return ids.map((id) => row(id));
    };
    await cache.read(['a', 'b'], load);
    await cache.read(['a'], load); // a is now the most recently used
    await cache.read(['c'], load); // b goes
    expect(cache.size).toBe(2);
    loaded.length = 0;
    await cache.read(['a', 'b', 'c'], load);
    expect(loaded).toEqual(['b']);
  });

  it('keeps nothing with capacity 0', async () => {
    const cache = new ProductSummaryCache(0);
    await cache.read(['a'], async (ids) => ids.map((id) => row(id)));
    expect(cache.size).toBe(0);
  });
});
