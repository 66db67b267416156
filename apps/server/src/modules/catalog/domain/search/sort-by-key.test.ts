import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey, orderByKeys } from './sort-by-key.ts';

describe('orderByKey', () => {
  it('orders like a stable numeric sort, over the whole 53-bit range', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.maxSafeNat());
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const expected = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect([...orderByKey(Float64Array.from(keys))]).toEqual(expected);
      }),
    );
  });

  it('orders by two keys', () => {
    const key = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.maxSafeNat()), { maxLength: 100 }), (pairs) => {
        const expected = pairs.map((_, i) => i).sort((a, b) => pairs[a]![0] - pairs[b]![0] || pairs[a]![1] - pairs[b]![1] || a - b);
        expect([...orderByKeys(Float64Array.from(pairs, (p) => p[0]), Float64Array.from(pairs, (p) => p[1]))]).toEqual(expected);
      }),
    );
  });
});
