import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinApostrophes, suggestionText, wordsOf } from './fold-text.ts';
import { compareSortText, sortKeyRangeOf, sortKeysOf, suggestionKeysOfWords, titleSortKeyOfWords } from './sort-keys.ts';

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'z', 'æ', 'ø', 'å', ' ', '1', 'é', "'", 'ж'), maxLength: 24 });
const compareKeys = (a: [number, number], b: [number, number]) => Math.sign(a[0] - b[0] || a[1] - b[1]);

describe('sortKeysOf', () => {
  it('orders like the texts compare (æ ø å after z); equal keys leave the order to the texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const byKey = compareKeys(sortKeysOf(a), sortKeysOf(b));
        if (byKey !== 0) expect(byKey).toBe(Math.sign(compareSortText(a, 0, b, 0)));
      }),
      { numRuns: 500 },
    );
    expect(['å', 'z', 'æ', 'a', '1', 'ø'].sort((a, b) => sortKeysOf(a)[0] - sortKeysOf(b)[0])).toEqual(['1', 'a', 'z', 'æ', 'ø', 'å']);
  });

  it('puts every text starting with a prefix inside the prefix range, and only those when exact', () => {
    fc.assert(
      fc.property(text, text, text, (prefix, rest, other) => {
        const { low, high, exact } = sortKeyRangeOf(prefix);
        const inRange = (t: string) => compareKeys(sortKeysOf(t), low) >= 0 && compareKeys(sortKeysOf(t), high) <= 0;
        expect(inRange(prefix + rest)).toBe(true);
        if (exact) expect(inRange(other)).toBe(other.startsWith(prefix));
      }),
      { numRuns: 500 },
    );
  });
});

describe('suggestionKeysOfWords and titleSortKeyOfWords', () => {
  it('are the keys of the texts, computed from the words without building them', () => {
    for (const title of ['Bjørnstjerne Bjørnson', "O'Brien's blåbær", 'Ære være Åse', 'a', '', 'Harry Potter og de vises stein', 'Война и мир']) {
      expect(suggestionKeysOfWords(wordsOf(title)), title).toEqual(sortKeysOf(suggestionText(title)));
      expect(titleSortKeyOfWords(wordsOf(title)), title).toBe(sortKeysOf(wordsOf(title).map(joinApostrophes).join(' '))[0]);
    }
  });
});
