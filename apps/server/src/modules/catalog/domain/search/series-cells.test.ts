import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeriesCells } from './series-cells.ts';

type Doc = { series: number; combo: number; language: number };
const doc = fc.record({ series: fc.nat(12), combo: fc.nat(40), language: fc.nat(3) });

describe('SeriesCells', () => {
  it('gives the largest filtered series counts, equal counts by id, through additions and removals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(doc.map((add) => ({ add })), fc.nat(200).map((remove) => ({ remove }))), { maxLength: 400 }),
        fc.array(fc.boolean(), { minLength: 41, maxLength: 41 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (operations, combos, languages, limit, resortAfter) => {
          // A small resort threshold: the visits then rely on a stale order and its bound.
          const cells = new SeriesCells(resortAfter);
          const live: Doc[] = [];
          const comboPass = Uint8Array.from(combos, Number);
          const languagePass = Uint8Array.from(languages, Number);
          const check = () => {
            const counts = new Map<number, number>();
            for (const d of live) if (d.series !== 0 && combos[d.combo] && languages[d.language]) counts.set(d.series, (counts.get(d.series) ?? 0) + 1);
            const expected = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
            expect(cells.top(comboPass, languagePass, limit)).toEqual(expected);
          };
          for (const op of operations) {
            if ('add' in op) {
              live.push(op.add);
              cells.change(op.add.series, op.add.combo, op.add.language, 1);
            } else if (live.length > 0) {
              const [gone] = live.splice(op.remove % live.length, 1);
              cells.change(gone!.series, gone!.combo, gone!.language, -1);
            }
            if (live.length % 7 === 0) check();
          }
          check();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds a series that grew past a larger one since the order was sorted', () => {
    // Sorted as soon as any series exists, then not again until a series grows by 5.
    const cells = new SeriesCells(4);
    const pass = new Uint8Array(8).fill(1);
    cells.change(9, 0, 0, 1);
    cells.change(9, 0, 0, -1);
    cells.top(pass, pass, 1);
    for (let i = 0; i < 5; i++) cells.change(1, 0, 0, 1);
    cells.change(2, 0, 0, 1);
    expect(cells.top(pass, pass, 1)).toEqual([[1, 5]]);
    cells.change(1, 0, 0, -1);
    for (let i = 0; i < 4; i++) cells.change(2, 0, 0, 1);
    expect(cells.top(pass, pass, 1)).toEqual([[2, 5]]);
  });
});
