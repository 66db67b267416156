import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionText, wordsOf } from './fold-text.ts';
import { suggestionKeysOfWords } from './sort-keys.ts';
import { SuggestIndex } from './suggest-index.ts';

/**
 * The suggestion index against brute force: after random additions, removals and
 * renumberings (with a tiny pending list, so that merges happen), a prefix finds
 * exactly the titles starting with it and the names and series with a word starting
 * with it, each once.
 */
const word = fc.constantFrom('harry', 'har', 'potter', 'pot', 'bjørn', 'bjorn', 'ås', 'aas', 'a', 'og', 'sult', 'жук', 'жо');
const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
type Doc = { title: string; contributors: string[]; series: string | null; date: number };
const doc: fc.Arbitrary<Doc> = fc.record({
  title: text,
  contributors: fc.array(text, { maxLength: 3 }),
  series: fc.option(text),
  date: fc.integer({ min: 0, max: 1000 }),
});
type Operation = { add: Doc } | { remove: number } | { renumber: true } | { suggest: string };
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: doc.map((add) => ({ add })) },
  { weight: 2, arbitrary: fc.nat(30).map((remove) => ({ remove })) },
  { weight: 1, arbitrary: fc.constant({ renumber: true as const }) },
  { weight: 2, arbitrary: fc.oneof(word, text).map((suggest) => ({ suggest })) },
);

/** Series ids as the search index hands them out: by folded name, 0 for none. */
const seriesIds = new Map<string, number>();
function seriesOf(name: string | null): { id: number; name: string; text: string } {
  const text = name === null ? '' : suggestionText(name);
  if (text === '') return { id: 0, name: '', text: '' };
  let id = seriesIds.get(text);
  if (id === undefined) seriesIds.set(text, (id = seriesIds.size + 1));
  return { id, name: name!, text };
}

function expected(live: Map<number, Doc>, typed: string): string[] {
  const prefix = suggestionText(typed);
  const found = new Set<string>();
  const wordStarts = (value: string) => {
    const folded = suggestionText(value);
    return folded.startsWith(prefix) || folded.split(' ').some((_, i, all) => all.slice(i).join(' ').startsWith(prefix));
  };
  for (const d of live.values()) {
    if (suggestionText(d.title).startsWith(prefix)) found.add(`title:${suggestionText(d.title)}`);
    for (const name of d.contributors) if (wordStarts(name)) found.add(`contributor:${suggestionText(name)}`);
    if (d.series !== null && wordStarts(d.series)) found.add(`series:${suggestionText(d.series)}`);
  }
  return [...found].sort();
}

describe('SuggestIndex against brute force', () => {
  it('suggests exactly what starts with the prefix, once each', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        let docs: (Doc | null)[] = [];
        // As in the search index: a removed title stays readable until the ids are renumbered.
        let titles: string[] = [];
        const source = {
          titleOf: (id: number) => titles[id]!,
          dateKeyOf: (id: number) => (docs[id] ? docs[id].date : -1),
          documentCount: () => docs.length,
        };
        const index = new SuggestIndex(source, 3);
        for (const op of operations) {
          if ('add' in op) {
            const id = docs.length;
            docs.push(op.add);
            titles.push(op.add.title);
            index.add(id, suggestionKeysOfWords(wordsOf(op.add.title)), op.add.contributors, seriesOf(op.add.series), op.add.date);
          } else if ('remove' in op) {
            if (docs[op.remove]) {
              index.remove(op.remove);
              docs[op.remove] = null;
            }
          } else if ('renumber' in op) {
            const newIdOf = new Int32Array(docs.length).fill(-1);
            const kept: Doc[] = [];
            docs.forEach((d, id) => {
              if (d) newIdOf[id] = kept.push(d) - 1;
            });
            docs = kept;
            titles = kept.map((d) => d.title);
            index.renumber(newIdOf, kept.length);
          } else {
            const live = new Map(docs.flatMap((d, id) => (d ? [[id, d] as const] : [])));
            const got = index.suggest(op.suggest, 1000).map((s) => `${s.kind}:${suggestionText(s.text)}`);
            expect(got.length).toBe(new Set(got).size);
            expect([...got].sort()).toEqual(expected(live, op.suggest));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
