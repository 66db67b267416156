import { grownTo } from './grow-array.ts';
import { ListArena } from './list-arena.ts';

/** Below this many cells a series finds a cell by looking through them; above, by a map. */
const linearCells = 16;
/** How far series may have grown past their sorted totals before the order is sorted again. */
const maxGrowth = 64;

/**
 * Live documents per series and (combo, language) cell, kept current on every change,
 * for the series facet of a browse without text or series filter: a series' count is
 * the sum of its cells that pass the filters, so the browse need not visit its
 * documents. A series has far fewer cells than documents (editions share them).
 *
 * Only the 20 largest counts are shown, and a series' total bounds its count: series
 * are visited largest total first, stopping when the next total cannot reach the
 * smallest count kept. The largest-first order is sorted now and then; since then,
 * `growth` bounds how far any total has grown past the total it was sorted by.
 */
export class SeriesCells {
  /** Per series: [cell key, count] pairs, the key being combo × 2^16 + language. */
  private cells: Uint32Array[] = [];
  private cellCounts = new Uint32Array(16);
  /** Per series with many cells: cell key → pair index. */
  private cellIndex: (Map<number, number> | undefined)[] = [];
  private readonly arena = new ListArena();
  /** Live documents per series. */
  private totals = new Uint32Array(16);
  /** Series ids by total when last sorted, largest first, and those totals by series id. */
  private order = new Uint32Array(0);
  private sortedTotals = new Uint32Array(16);
  /** Series ids from here on came after the sort (they are always visited). */
  private orderedSeries = 0;
  /** The most any series' total has grown past its sorted total. */
  private growth = 0;
  private readonly resortAfter: number;

  /** `resortAfter`: the growth (and the number of series come since) at which the order is sorted again. */
  constructor(resortAfter = maxGrowth) {
    this.resortAfter = resortAfter;
  }

  /** A document of `series` (0 = none) with this combo and language came (+1) or went (-1). */
  change(series: number, combo: number, language: number, by: 1 | -1): void {
    if (series === 0) return;
    if (series >= this.cells.length) {
      while (this.cells.length <= series) this.cells.push(new Uint32Array(0));
      this.cellCounts = grownTo(this.cellCounts, series + 1);
      this.totals = grownTo(this.totals, series + 1);
    }
    const key = combo * 0x10000 + language;
    let at = this.find(series, key);
    if (at < 0) at = this.add(series, key);
    this.cells[series]![at * 2 + 1]! += by;
    this.totals[series]! += by;
    if (series < this.orderedSeries) this.growth = Math.max(this.growth, this.totals[series]! - this.sortedTotals[series]!);
  }

  /**
   * The `limit` series with the most documents passing the filters (given as pass flags
   * by combo and by language), largest first, equal counts by id: [series id, count].
   */
  top(comboPass: Uint8Array, languagePass: Uint8Array, limit: number): [number, number][] {
    if (this.growth > this.resortAfter || this.cells.length - this.orderedSeries > this.resortAfter) this.sortOrder();
    const best: [number, number][] = [];
    const consider = (series: number): void => {
      const count = this.passingCount(series, comboPass, languagePass);
      // Whether this series ranks above `entry`: more documents, or as many and a lower id.
      const beats = (entry: [number, number]): boolean => entry[1] < count || (entry[1] === count && entry[0] > series);
      if (count === 0 || limit === 0 || (best.length === limit && !beats(best[limit - 1]!))) return;
      let at = best.length;
      while (at > 0 && beats(best[at - 1]!)) at--;
      best.splice(at, 0, [series, count]);
      if (best.length > limit) best.pop();
    };
    for (let series = Math.max(1, this.orderedSeries); series < this.cells.length; series++) consider(series);
    const { order, sortedTotals, growth } = this;
    for (let i = 0; i < order.length; i++) {
      const series = order[i]!;
      // Equal counts go to the lower id, which this series may have: stop only below.
      if (best.length === limit && sortedTotals[series]! + growth < best[limit - 1]![1]) break;
      consider(series);
    }
    return best;
  }

  private passingCount(series: number, comboPass: Uint8Array, languagePass: Uint8Array): number {
    const cells = this.cells[series]!;
    const end = this.cellCounts[series]! * 2;
    let count = 0;
    for (let i = 0; i < end; i += 2) {
      const key = cells[i]!;
      count += cells[i + 1]! * (comboPass[key >>> 16]! & languagePass[key & 0xffff]!);
    }
    return count;
  }

  private find(series: number, key: number): number {
    const index = this.cellIndex[series];
    if (index !== undefined) return index.get(key) ?? -1;
    const cells = this.cells[series]!;
    const end = this.cellCounts[series]! * 2;
    for (let i = 0; i < end; i += 2) if (cells[i] === key) return i / 2;
    return -1;
  }

  private add(series: number, key: number): number {
    const at = this.cellCounts[series]!;
    let cells = this.cells[series]!;
    if (cells.length < (at + 1) * 2) this.cells[series] = cells = this.arena.grow(cells, at * 2, Math.max(4, at * 4));
    cells[at * 2] = key;
    cells[at * 2 + 1] = 0;
    this.cellCounts[series] = at + 1;
    let index = this.cellIndex[series];
    if (index === undefined && at + 1 > linearCells) {
      index = new Map();
      for (let i = 0; i < at; i++) index.set(cells[i * 2]!, i);
      this.cellIndex[series] = index;
    }
    index?.set(key, at);
    return at;
  }

  private sortOrder(): void {
    const series = this.cells.length;
    const ids = Array.from({ length: Math.max(0, series - 1) }, (_, i) => i + 1);
    ids.sort((a, b) => this.totals[b]! - this.totals[a]! || a - b);
    this.order = Uint32Array.from(ids);
    this.sortedTotals = this.totals.slice();
    this.orderedSeries = series;
    this.growth = 0;
  }
}
