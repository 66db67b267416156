import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauDistanceWithin } from './damerau-distance.ts';

/** Textbook optimal-string-alignment distance, for comparison. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('damerauDistanceWithin', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(damerauDistanceWithin('hamsun', 'hmasun', 2)).toBe(1);
    expect(damerauDistanceWithin('hamsn', 'hamsun', 2)).toBe(1);
    expect(damerauDistanceWithin('poter', 'potter', 2)).toBe(1);
  });
  it('answers max + 1 beyond max', () => {
    expect(damerauDistanceWithin('kitten', 'sitting', 1)).toBe(2);
  });
  it('agrees with the textbook algorithm up to max', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(damerauDistanceWithin(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});
