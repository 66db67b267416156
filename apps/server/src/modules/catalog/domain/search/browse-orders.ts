import { grownTo } from './grow-array.ts';
import { dateKeyLimit } from './release-date.ts';
import { orderByKey } from './sort-by-key.ts';
import { compareSortText } from './sort-keys.ts';

/** What the orders read of the documents, by internal id. */
export type OrderColumns = {
  /** The first sort key of each title's sort text (`titleSortKeyOfWords`); a function, as columns are replaced when they grow. */
  titleKeys: () => Float64Array;
  /** Release date keys (`dateKeyOf`). */
  dateKeys: () => Uint32Array;
  live: (doc: number) => boolean;
  /** The title as given: equal titles sort alike without being folded. */
  title: (doc: number) => string;
  /** The title's sort text (folded words, apostrophes dropped, one space apart), which decides between equal keys. */
  titleText: (doc: number) => string;
};

/** Folded titles kept for tie-breaks on documents outside the orders, before the cache starts over. */
const maxCachedTexts = 10_000;

/**
 * The documents in the two orders a browse shows: by title (title key, then the whole
 * sort text, then the later upsert first) and newest first (release date, then the
 * later upsert first). A browse over a large share of the catalogue walks an order and
 * stops after the page, instead of ranking every matching document; and a document's
 * place in the title order (its ordinal) settles equal title keys with one subtraction
 * instead of folding two titles.
 *
 * The orders are built for the documents below `sortedCount`. Later documents are the
 * tail, which the caller offers to its top-k besides the walk; `absorbTail` sorts the
 * tail into the orders (after a bulk load, at compaction, or when the tail has grown).
 * A document removed since stays in the orders, failing every filter, until compaction.
 */
export class BrowseOrders {
  /** Documents by title, then the later upsert first. */
  byTitle: Uint32Array = new Uint32Array(0);
  /** Documents by release date, newest first, then the later upsert first. */
  byNewest: Uint32Array = new Uint32Array(0);
  /** Each ordered document's position in `byTitle`. */
  private titleOrdinal: Uint32Array = new Uint32Array(0);
  /** Documents below this id were live and sorted in when the orders were built; the rest are the tail. */
  sortedCount = 0;
  private readonly columns: OrderColumns;
  /** Sort texts of tail documents met in tie-breaks. */
  private readonly texts = new Map<number, string>();

  constructor(columns: OrderColumns) {
    this.columns = columns;
  }

  /** Documents not yet in the orders. */
  tailLength(docCount: number): number {
    return docCount - this.sortedCount;
  }

  /**
   * Title order: < 0 when document a comes before b. Documents in the orders compare by
   * ordinal; others by key, sort text and id, which the ordinals agree with.
   */
  compareTitles(a: number, b: number): number {
    const titleKey = this.columns.titleKeys();
    const byKey = titleKey[a]! - titleKey[b]!;
    if (byKey !== 0) return byKey;
    if (a < this.sortedCount && b < this.sortedCount) return this.titleOrdinal[a]! - this.titleOrdinal[b]!;
    return this.compareEqualKeys(a, b, this.cachedText);
  }

  /** Sorts the live tail documents into both orders; the tail is then empty. */
  absorbTail(docCount: number): void {
    const { live } = this.columns;
    const tail: number[] = [];
    for (let doc = this.sortedCount; doc < docCount; doc++) if (live(doc)) tail.push(doc);
    this.byTitle = this.merged(this.byTitle, this.titleTail(tail), (a, b) => this.compareUnordered(a, b));
    const dateKey = this.columns.dateKeys();
    this.byNewest = this.merged(this.byNewest, this.newestTail(tail), (a, b) => dateKey[b]! - dateKey[a]! || b - a);
    this.sortedCount = docCount;
    this.titleOrdinal = grownTo(this.titleOrdinal, docCount);
    const { byTitle, titleOrdinal } = this;
    for (let i = 0; i < byTitle.length; i++) titleOrdinal[byTitle[i]!] = i;
    this.texts.clear();
  }

  /**
   * After compaction renumbered the documents (`newIdOf`, -1 for dropped ones): the
   * orders keep their live documents under their new ids. Renumbering keeps the id
   * order, so the orders stay sorted.
   */
  renumber(newIdOf: Int32Array): void {
    const renumbered = (order: Uint32Array): Uint32Array => {
      let kept = 0;
      for (let i = 0; i < order.length; i++) {
        const doc = newIdOf[order[i]!]!;
        if (doc >= 0) order[kept++] = doc;
      }
      return order.slice(0, kept);
    };
    this.byTitle = renumbered(this.byTitle);
    this.byNewest = renumbered(this.byNewest);
    let sorted = 0;
    for (let doc = 0; doc < this.sortedCount; doc++) if (newIdOf[doc]! >= 0) sorted++;
    this.sortedCount = sorted;
    const { byTitle, titleOrdinal } = this;
    for (let i = 0; i < byTitle.length; i++) titleOrdinal[byTitle[i]!] = i;
    this.texts.clear();
  }

  /** The first position in `byNewest` whose release date is at most `dateKey`. */
  newestFrom(dateKey: number): number {
    const { byNewest } = this;
    const dates = this.columns.dateKeys();
    let low = 0;
    let high = byNewest.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (dates[byNewest[middle]!]! > dateKey) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The tail documents newest first: later ids first, then a stable radix sort by date. */
  private newestTail(tail: readonly number[]): Uint32Array {
    const dateKey = this.columns.dateKeys();
    const docs = new Uint32Array(tail.length);
    const keys = new Float64Array(tail.length);
    for (let i = 0; i < tail.length; i++) {
      docs[i] = tail[tail.length - 1 - i]!;
      keys[i] = dateKeyLimit - dateKey[docs[i]!]!;
    }
    const order = orderByKey(keys);
    for (let i = 0; i < order.length; i++) order[i] = docs[order[i]!]!;
    return order;
  }

  /**
   * The tail documents by title: a radix sort on the title key, then, within runs of
   * equal keys, the distinct titles of the run sorted by their texts. Editions of a work
   * share their title, and generated or real, many titles share their first nine
   * letters: a run of a key can hold thousands of documents but far fewer titles, each
   * folded and compared once.
   */
  private titleTail(tail: readonly number[]): Uint32Array {
    const titleKey = this.columns.titleKeys();
    const keys = new Float64Array(tail.length);
    for (let i = 0; i < tail.length; i++) keys[i] = titleKey[tail[i]!]!;
    const sorted = orderByKey(keys);
    for (let i = 0; i < sorted.length; i++) sorted[i] = tail[sorted[i]!]!;
    for (let start = 0; start < sorted.length; ) {
      let end = start + 1;
      while (end < sorted.length && titleKey[sorted[end]!] === titleKey[sorted[start]!]) end++;
      if (end - start > 1) this.sortRun(sorted.subarray(start, end));
      start = end;
    }
    return sorted;
  }

  /** Sorts documents of equal title keys (ascending ids) by sort text, then the later upsert first. */
  private sortRun(run: Uint32Array): void {
    const { title, titleText } = this.columns;
    const byTitle = new Map<string, number[]>();
    let last = '';
    let lastDocs: number[] = [];
    for (let i = 0; i < run.length; i++) {
      const doc = run[i]!;
      // Editions of a work usually arrive together: the previous title spares a lookup.
      const text = title(doc);
      if (text !== last || lastDocs.length === 0) {
        last = text;
        lastDocs = byTitle.get(text) ?? [];
        if (lastDocs.length === 0) byTitle.set(text, lastDocs);
      }
      lastDocs.push(doc);
    }
    const groups = [...byTitle.values()].map((docs) => ({ docs, text: byTitle.size > 1 ? titleText(docs[0]!) : '' }));
    groups.sort((a, b) => compareSortText(a.text, 0, b.text, 0));
    let at = 0;
    for (let g = 0; g < groups.length; ) {
      // Titles written differently may fold alike: their documents then interleave by id.
      let end = g + 1;
      while (end < groups.length && groups[end]!.text === groups[g]!.text) end++;
      const docs = end - g === 1 ? groups[g]!.docs : groups.slice(g, end).flatMap((group) => group.docs).sort((a, b) => a - b);
      for (let i = docs.length - 1; i >= 0; i--) run[at++] = docs[i]!;
      g = end;
    }
  }

  /** The title order without ordinals (for sorting them in). */
  private compareUnordered(a: number, b: number): number {
    const titleKey = this.columns.titleKeys();
    return titleKey[a]! - titleKey[b]! || this.compareEqualKeys(a, b, this.cachedText);
  }

  /** Documents with equal title keys: by sort text, then the later upsert first. */
  private compareEqualKeys(a: number, b: number, textOf: (doc: number) => string): number {
    const { title } = this.columns;
    if (title(a) === title(b)) return b - a;
    return compareSortText(textOf(a), 0, textOf(b), 0) || b - a;
  }

  private readonly cachedText = (doc: number): string => {
    let text = this.texts.get(doc);
    if (text === undefined) {
      if (this.texts.size >= maxCachedTexts) this.texts.clear();
      text = this.columns.titleText(doc);
      this.texts.set(doc, text);
    }
    return text;
  };

  /**
   * The live documents of `order` merged with the sorted `tail`: each tail document's
   * place found by binary search (the tail is short beside the order, but for the first
   * build, when the order is empty), the order copied in between.
   */
  private merged(order: Uint32Array, tail: Uint32Array, compare: (a: number, b: number) => number): Uint32Array {
    const { live } = this.columns;
    const out = new Uint32Array(order.length + tail.length);
    let count = 0;
    let copied = 0;
    for (let t = 0; t < tail.length; t++) {
      const doc = tail[t]!;
      // The first order document the tail document goes before.
      let low = copied;
      let high = order.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(doc, order[middle]!) < 0) high = middle;
        else low = middle + 1;
      }
      for (; copied < low; copied++) if (live(order[copied]!)) out[count++] = order[copied]!;
      out[count++] = doc;
    }
    for (; copied < order.length; copied++) if (live(order[copied]!)) out[count++] = order[copied]!;
    return count === out.length ? out : out.slice(0, count);
  }
}
