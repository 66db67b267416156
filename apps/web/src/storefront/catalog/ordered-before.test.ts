import { describe, expect, it } from 'vitest';
import { orderedBeforeByProduct, orderedBeforeQuery } from './ordered-before.ts';

describe('"already ordered" for a page of titles', () => {
  it('asks once per title, in a stable order, for at most 100 titles', () => {
    expect(orderedBeforeQuery(['c', 'a', 'b', 'a'])).toBe('a,b,c');
    expect(orderedBeforeQuery([])).toBe('');
    const many = Array.from({ length: 130 }, (_, i) => `id-${String(i).padStart(3, '0')}`);
    expect(orderedBeforeQuery(many).split(',')).toHaveLength(100);
  });

  it('finds a title’s figures by its id, leaving out titles with no copies', () => {
    const map = orderedBeforeByProduct([
      { productId: 'a', copies: 5, orders: 2, lastOrderedOn: '2026-11-23' },
      { productId: 'b', copies: 0, orders: 0, lastOrderedOn: '2026-01-01' },
    ]);
    expect(map.get('a')?.orders).toBe(2);
    expect(map.has('b')).toBe(false);
    expect(orderedBeforeByProduct(undefined).size).toBe(0);
  });
});
