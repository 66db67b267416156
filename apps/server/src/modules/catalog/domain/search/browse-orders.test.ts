import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BrowseOrders } from './browse-orders.ts';
import { joinApostrophes, wordsOf } from './fold-text.ts';
import { compareSortText, titleSortKeyOfWords } from './sort-keys.ts';

/** Titles that share their first nine letters, fold alike or differ only by case. */
const title = fc.constantFrom('Historien om alt', 'Historien om Bo', 'historien om bo', 'HISTORIEN OM ÆRE', 'Historien', 'Å være', 'Aa', 'Zebra', "O'Brien");
type Operation = { add: { title: string; date: number } } | { remove: number } | { absorb: true } | { compact: true };
const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ title, date: fc.integer({ min: 0, max: 4 }) }).map((add) => ({ add })) },
  { weight: 2, arbitrary: fc.nat(40).map((remove) => ({ remove })) },
  { weight: 1, arbitrary: fc.constant({ absorb: true as const }) },
  { weight: 1, arbitrary: fc.constant({ compact: true as const }) },
);

const textOf = (text: string) => wordsOf(text).map(joinApostrophes).join(' ');

describe('BrowseOrders', () => {
  it('orders the live documents by title and by newest through additions, removals and renumbering', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        let titles: string[] = [];
        let dates: number[] = [];
        let alive: boolean[] = [];
        let titleKey = new Float64Array(0);
        let dateKey = new Uint32Array(0);
        const orders = new BrowseOrders({
          titleKeys: () => titleKey,
          dateKeys: () => dateKey,
          live: (doc) => alive[doc]!,
          title: (doc) => titles[doc]!,
          titleText: (doc) => textOf(titles[doc]!),
        });
        const columns = () => {
          titleKey = Float64Array.from(titles, (t) => titleSortKeyOfWords(wordsOf(t)));
          dateKey = Uint32Array.from(dates);
        };
        for (const op of operations) {
          if ('add' in op) {
            titles.push(op.add.title);
            dates.push(op.add.date);
            alive.push(true);
            columns();
          } else if ('remove' in op) {
            if (op.remove < alive.length) alive[op.remove] = false;
          } else if ('absorb' in op) {
            orders.absorbTail(titles.length);
          } else {
            const newIdOf = new Int32Array(titles.length).fill(-1);
            let next = 0;
            alive.forEach((live, doc) => {
              if (live) newIdOf[doc] = next++;
            });
            titles = titles.filter((_, doc) => alive[doc]);
            dates = dates.filter((_, doc) => alive[doc]);
            alive = titles.map(() => true);
            columns();
            orders.renumber(newIdOf);
            orders.absorbTail(titles.length);
          }
        }
        const byTitle = (a: number, b: number) => compareSortText(textOf(titles[a]!), 0, textOf(titles[b]!), 0) || b - a;
        const live = titles.map((_, doc) => doc).filter((doc) => alive[doc]);
        const sorted = live.filter((doc) => doc < orders.sortedCount);
        expect([...orders.byTitle].filter((doc) => alive[doc])).toEqual([...sorted].sort(byTitle));
        expect([...orders.byNewest].filter((doc) => alive[doc])).toEqual([...sorted].sort((a, b) => dates[b]! - dates[a]! || b - a));
        for (const a of live) for (const b of live) expect(Math.sign(orders.compareTitles(a, b))).toBe(Math.sign(byTitle(a, b)));
        const newest = [...orders.byNewest];
        for (const date of [0, 2, 5]) expect(orders.newestFrom(date)).toBe(newest.findIndex((doc) => dates[doc]! <= date) === -1 ? newest.length : newest.findIndex((doc) => dates[doc]! <= date));
      }),
      { numRuns: 300 },
    );
  });
});
