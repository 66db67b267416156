import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauDistanceWithin } from './damerau-distance.ts';
import { maxEditsFor, TypoIndex } from './typo-index.ts';

function indexOf(words: readonly string[]): TypoIndex {
  const typos = new TypoIndex((term) => words[term]!);
  words.forEach((_, term) => typos.add(term));
  return typos;
}

function lookup(typos: TypoIndex, words: readonly string[], word: string): string[] {
  const found: string[] = [];
  typos.lookup(word, maxEditsFor(word.length), (term) => found.push(words[term]!));
  return found.sort();
}

describe('TypoIndex', () => {
  it('finds words one edit away from 4 letters and two from 8', () => {
    const words = ['hamsun', 'potter', 'peter', 'bibliotek', 'bibliotekar', 'sult'];
    const typos = indexOf(words);
    expect(lookup(typos, words, 'hamsn')).toEqual(['hamsun']);
    expect(lookup(typos, words, 'poter')).toEqual(['peter', 'potter']);
    expect(lookup(typos, words, 'bilbiotk')).toEqual(['bibliotek']);
    expect(lookup(typos, words, 'slt')).toEqual([]);
  });

  it('finds words added after the tables were built', () => {
    const words = ['hamsun'];
    const typos = indexOf(words);
    expect(lookup(typos, words, 'hamsn')).toEqual(['hamsun']);
    words.push('undset');
    typos.add(1);
    expect(lookup(typos, words, 'undst')).toEqual(['undset']);
  });

  it('finds exactly the words within reach, long words included', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'r', 's'), minLength: 3, maxLength: 11 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (words, query) => {
        const expected = words.filter((w) => w !== query && damerauDistanceWithin(query, w, maxEditsFor(query.length)) <= maxEditsFor(query.length)).sort();
        expect(lookup(indexOf(words), words, query)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
