import { suggestionText } from './fold-text.ts';
import { grownTo } from './grow-array.ts';
import { dateKeyLimit } from './release-date.ts';
import { orderByKeys } from './sort-by-key.ts';
import { compareSortText, sortKeyRangeOf, sortKeysOf } from './sort-keys.ts';
import type { Suggestion } from './search-types.ts';

/** What the suggestion index reads of the documents it does not keep itself. */
export type SuggestSource = {
  titleOf(doc: number): string;
  /** Release date key (0 = none), or -1 for a removed document. */
  dateKeyOf(doc: number): number;
  /** Internal ids handed out so far. */
  documentCount(): number;
};

export type SuggestionHit = { kind: Suggestion['kind']; text: string; doc?: number };

const kindTitle = 0;
const kindContributor = 1;
const kindSeries = 2;
const kinds = ['title', 'contributor', 'series'] as const;
const refShift = 29;
const refIdMask = (1 << refShift) - 1;
/** The ref of a key whose document is gone (after compaction, until the next merge drops it). */
const goneRef = refIdMask;
/** Keys for the words of a name or series after the first: "hamsun" finds Knut Hamsun. */
const maxWordStarts = 6;
/**
 * New keys wait in a sorted list; past this many they are merged into the main arrays.
 * A merge costs a pass over all keys (a fraction of a second at a million), so it is
 * rare; the list stays small enough for binary search and short scans.
 */
const defaultPendingLimit = 65_536;
/** Keys whose texts a long prefix reads at most (see `filteredRange`). */
const maxFilteredKeys = 20_000;
/** Dividing a release date key by this gives a fraction that orders equal counts by recency. */
const dateScale = dateKeyLimit;
/** Contributors kept inline per document; more go to an overflow map. */
const inlineContributors = 2;

/**
 * A key: a text from `offset` on, ordered by two numeric keys (its first 9 and next 9
 * characters, see sort-keys.ts); pending keys also by the text when both tie.
 */
type PendingKey = { num: number; num2: number; text: string; ref: number; offset: number };

/**
 * Named things that can be suggested besides titles: contributors (ids given here, by
 * folded name) and series (ids given by the caller, who keeps series for the facet).
 */
class Entities {
  /** As first written, for display; and folded (`suggestionText`), for matching. */
  readonly names: string[] = [''];
  readonly texts: string[] = [''];
  counts = new Uint32Array(16);
  newest = new Uint32Array(16);
  /** Whether the entity's keys are in the index (they are dropped when its count reaches 0). */
  keyed = new Uint8Array(16);
  private readonly byText = new Map<string, number>();
  /** Ids by the name as written, sparing the folding of names seen before; 0 for a name without letters. */
  private readonly byName = new Map<string, number>();

  idOf(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      const text = suggestionText(name);
      id = text === '' ? 0 : (this.byText.get(text) ?? this.names.length);
      if (id === this.names.length && id !== 0) {
        this.byText.set(text, id);
        this.adopt(id, name, text);
      }
      if (this.byName.size >= 500_000) this.byName.clear();
      this.byName.set(name, id);
    }
    return id;
  }

  /** Takes an entity whose id the caller chose. */
  adopt(id: number, name: string, text: string): void {
    if (id < this.names.length && this.texts[id] !== undefined && this.texts[id] !== '') return;
    while (this.names.length <= id) {
      this.names.push('');
      this.texts.push('');
    }
    this.names[id] = name;
    this.texts[id] = text;
    if (this.counts.length <= id) {
      this.counts = grownTo(this.counts, id + 1);
      this.newest = grownTo(this.newest, id + 1);
      this.keyed = grownTo(this.keyed, id + 1);
    }
  }
}

/**
 * Suggestions while typing: titles, contributors and series whose text, or a word of
 * a name or series, starts with what was typed ("harry pot" → "Harry Potter og …").
 *
 * Every key (a title, or a name from one of its words on) is kept sorted by its folded
 * text, so a prefix is a contiguous range, found by binary search on numeric sort keys.
 * A max segment tree over the keys' weights (number of documents, then recency; -1 when
 * gone) gives the best keys of any range in O(k log n), however many keys the range
 * holds: "h" costs about what "harry potter" costs. Weights change in place when
 * documents come and go; new keys wait in a sorted pending list until merged.
 */
export class SuggestIndex {
  private readonly source: SuggestSource;
  private readonly entities = [new Entities(), new Entities(), new Entities()] as const;
  private built = false;
  // The main keys, sorted.
  private keyNum = new Float64Array(0);
  private keyNum2 = new Float64Array(0);
  private keyRef = new Uint32Array(0);
  private keyOffset = new Uint8Array(0);
  private treeSize = 1;
  private tree = new Float32Array(2);
  /** Position of each document's title key in the main keys, -1 when not there. */
  private titlePosition = new Int32Array(16).fill(-1);
  /** Per entity kind, compressed rows of main-key positions. */
  private entityPositionStart: Uint32Array[] = [new Uint32Array(1), new Uint32Array(1), new Uint32Array(1)];
  private entityPositions: Uint32Array[] = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
  private pending: PendingKey[] = [];
  // Per document: the two sort keys of its title, its contributor and series ids.
  private titleKeys = new Float64Array(32);
  private docContributors = new Uint32Array(32);
  private readonly moreContributors = new Map<number, readonly number[]>();
  private docSeries = new Uint32Array(16);

  private readonly pendingLimit: number;

  constructor(source: SuggestSource, pendingLimit = defaultPendingLimit) {
    this.source = source;
    this.pendingLimit = pendingLimit;
  }

  /**
   * `titleKeys`: the sort keys of the title's suggestion text (`suggestionKeysOfWords`);
   * `series`: the series' id (0 for none), display name and folded text (`suggestionText`).
   */
  add(doc: number, titleKeys: readonly [number, number], contributors: readonly string[], series: { id: number; name: string; text: string }, dateKey: number): void {
    if (this.titleKeys.length < (doc + 1) * 2) this.titleKeys = grownTo(this.titleKeys, (doc + 1) * 2);
    this.titleKeys[doc * 2] = titleKeys[0];
    this.titleKeys[doc * 2 + 1] = titleKeys[1];
    const ids: number[] = [];
    for (const name of contributors) {
      const id = this.entities[kindContributor].idOf(name);
      if (id !== 0 && !ids.includes(id)) ids.push(id);
    }
    this.setContributors(doc, ids);
    for (const id of ids) this.countEntity(kindContributor, id, 1, dateKey);
    const seriesId = series.id;
    if (seriesId !== 0) this.entities[kindSeries].adopt(seriesId, series.name, series.text);
    if (this.docSeries.length <= doc) this.docSeries = grownTo(this.docSeries, doc + 1);
    this.docSeries[doc] = seriesId;
    if (seriesId !== 0) this.countEntity(kindSeries, seriesId, 1, dateKey);
    if (this.built) this.addKeys(kindTitle, doc);
  }

  remove(doc: number): void {
    for (const id of this.contributorsOf(doc)) this.countEntity(kindContributor, id, -1, 0);
    this.setContributors(doc, []);
    const seriesId = this.docSeries[doc] ?? 0;
    if (seriesId !== 0) this.countEntity(kindSeries, seriesId, -1, 0);
    this.docSeries[doc] = 0;
    if (!this.built) return;
    const position = this.titlePosition[doc] ?? -1;
    if (position >= 0) this.setWeight(position, -1);
  }

  /** Up to `limit` suggestions for what has been typed so far. */
  suggest(typed: string, limit: number): SuggestionHit[] {
    let prefix = suggestionText(typed);
    if (prefix === '' || limit <= 0) return [];
    // "harry " has finished a word: only keys with a word boundary there.
    if (/[^\p{L}\p{N}]$/u.test(typed)) prefix += ' ';
    this.prepare();
    const range = this.mainRange(prefix);
    const fromMain = range.exact ? this.bestInRange(range.low, range.high) : this.filteredRange(range.low, range.high, prefix);
    const fromPending = this.pendingMatches(prefix, limit * 4);
    let pendingAt = 0;
    const results: SuggestionHit[] = [];
    const seenTitles = new Set<string>();
    const seenRefs = new Set<number>();
    let main = fromMain.next();
    while (results.length < limit) {
      const pendingBest = pendingAt < fromPending.length ? fromPending[pendingAt]! : null;
      const mainBest = main.done === true ? null : main.value;
      if (pendingBest === null && mainBest === null) break;
      let ref: number;
      if (mainBest !== null && (pendingBest === null || mainBest.weight >= pendingBest.weight)) {
        ref = this.keyRef[mainBest.position]!;
        main = fromMain.next();
      } else {
        ref = pendingBest!.ref;
        pendingAt++;
      }
      if (seenRefs.has(ref)) continue;
      seenRefs.add(ref);
      const kind = ref >>> refShift;
      const id = ref & refIdMask;
      if (kind === kindTitle) {
        // The same title in several formats is suggested once, as its newest product.
        const title = this.source.titleOf(id);
        const folded = suggestionText(title);
        if (seenTitles.has(folded)) continue;
        seenTitles.add(folded);
        results.push({ kind: 'title', text: title, doc: id });
      } else {
        results.push({ kind: kinds[kind]!, text: this.entities[kind]!.names[id]! });
      }
    }
    return results;
  }

  /** Builds the key arrays if they are not yet (they are built on first use, after a bulk load). */
  prepare(): void {
    if (!this.built) this.build();
    else if (this.pending.length > this.pendingLimit) this.merge();
  }

  /** Documents were renumbered by compaction; -1 marks removed ones. */
  renumber(newIdOf: Int32Array, documentCount: number): void {
    const contributors = new Uint32Array(Math.max(32, documentCount * inlineContributors));
    const more = new Map<number, readonly number[]>();
    const series = new Uint32Array(Math.max(16, documentCount));
    const titleKeys = new Float64Array(Math.max(32, documentCount * 2));
    for (let doc = 0; doc < newIdOf.length; doc++) {
      const to = newIdOf[doc]!;
      if (to < 0) continue;
      contributors.set(this.docContributors.subarray(doc * inlineContributors, (doc + 1) * inlineContributors), to * inlineContributors);
      const overflow = this.moreContributors.get(doc);
      if (overflow !== undefined) more.set(to, overflow);
      series[to] = this.docSeries[doc] ?? 0;
      titleKeys.set(this.titleKeys.subarray(doc * 2, doc * 2 + 2), to * 2);
    }
    this.docContributors = contributors;
    this.moreContributors.clear();
    for (const [doc, ids] of more) this.moreContributors.set(doc, ids);
    this.docSeries = series;
    this.titleKeys = titleKeys;
    if (!this.built) return;
    const renumbered = (ref: number): number => {
      if (ref >>> refShift !== kindTitle) return ref;
      const to = newIdOf[ref & refIdMask] ?? -1;
      return to < 0 ? goneRef : to;
    };
    // Keys of removed documents become gone; the merge below drops them.
    for (let i = 0; i < this.keyRef.length; i++) this.keyRef[i] = renumbered(this.keyRef[i]!);
    this.pending = this.pending.flatMap((key) => {
      const ref = renumbered(key.ref);
      return ref === goneRef ? [] : [{ ...key, ref }];
    });
    this.titlePosition = new Int32Array(Math.max(16, documentCount)).fill(-1);
    this.merge();
  }

  get keyCount(): number {
    return this.keyNum.length + this.pending.length;
  }

  private contributorsOf(doc: number): readonly number[] {
    const more = this.moreContributors.get(doc);
    if (more !== undefined) return more;
    const ids: number[] = [];
    for (let i = 0; i < inlineContributors; i++) {
      const id = this.docContributors[doc * inlineContributors + i] ?? 0;
      if (id !== 0) ids.push(id);
    }
    return ids;
  }

  /** Most products have one or two contributors: those fit a typed array without an object each. */
  private setContributors(doc: number, ids: readonly number[]): void {
    if (this.docContributors.length < (doc + 1) * inlineContributors) this.docContributors = grownTo(this.docContributors, (doc + 1) * inlineContributors);
    this.moreContributors.delete(doc);
    if (ids.length > inlineContributors) this.moreContributors.set(doc, ids);
    for (let i = 0; i < inlineContributors; i++) this.docContributors[doc * inlineContributors + i] = ids.length > inlineContributors ? 0 : (ids[i] ?? 0);
  }

  private countEntity(kind: number, id: number, change: number, dateKey: number): void {
    const entities = this.entities[kind]!;
    const count = entities.counts[id]! + change;
    entities.counts[id] = count;
    // The newest date only grows: after removals it may name a date no longer held,
    // which only nudges an order among equal counts.
    if (change > 0 && dateKey > entities.newest[id]!) entities.newest[id] = dateKey;
    if (count === 0) entities.newest[id] = 0;
    if (!this.built) return;
    if (count > 0 && entities.keyed[id] === 0) {
      entities.keyed[id] = 1;
      this.addKeys(kind, id);
    }
    const weight = this.weightOf((kind << refShift) | id);
    const start = this.entityPositionStart[kind]!;
    if (id + 1 < start.length) {
      const positions = this.entityPositions[kind]!;
      for (let i = start[id]!; i < start[id + 1]!; i++) this.setWeight(positions[i]!, weight);
    }
  }

  private weightOf(ref: number): number {
    const kind = ref >>> refShift;
    const id = ref & refIdMask;
    if (kind === kindTitle) {
      const dateKey = ref === goneRef ? -1 : this.source.dateKeyOf(id);
      return dateKey < 0 ? -1 : 1 + dateKey / dateScale;
    }
    const entities = this.entities[kind]!;
    const count = entities.counts[id] ?? 0;
    return count === 0 ? -1 : count + entities.newest[id]! / dateScale;
  }

  /** The whole text a key belongs to (a title's suggestion text, a name, a series). */
  private textOf(ref: number): string {
    const kind = ref >>> refShift;
    if (kind === kindTitle) return ref === goneRef ? '' : suggestionText(this.source.titleOf(ref & refIdMask));
    return this.entities[kind]!.texts[ref & refIdMask]!;
  }

  private mainText(position: number): string {
    return this.textOf(this.keyRef[position]!).slice(this.keyOffset[position]!);
  }

  private keysOf(kind: number, id: number): PendingKey[] {
    const ref = (kind << refShift) | id;
    const text = this.textOf(ref);
    if (text === '') return [];
    const keyAt = (offset: number): PendingKey => {
      const [num, num2] = sortKeysOf(text, offset);
      return { num, num2, text: text.slice(offset), ref, offset };
    };
    const keys = [keyAt(0)];
    if (kind === kindTitle) return keys;
    for (let at = text.indexOf(' '); at >= 0 && keys.length < maxWordStarts && at < 255; at = text.indexOf(' ', at + 1)) keys.push(keyAt(at + 1));
    return keys;
  }

  private addKeys(kind: number, id: number): void {
    for (const key of this.keysOf(kind, id)) {
      let low = 0;
      let high = this.pending.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (comparePending(this.pending[middle]!, key) < 0) low = middle + 1;
        else high = middle;
      }
      this.pending.splice(low, 0, key);
    }
    if (this.pending.length > this.pendingLimit) this.merge();
  }

  /**
   * Main keys [low, high) whose numeric keys fit the prefix: exactly the keys starting
   * with it when `exact`, else a superset (a prefix beyond 18 characters, or with
   * characters the keys lump together) that `suggest` filters by text.
   */
  private mainRange(prefix: string): { low: number; high: number; exact: boolean } {
    const range = sortKeyRangeOf(prefix);
    // The first key with (num, num2) ≥ low, then the first beyond high.
    const below = (position: number, [num, num2]: [number, number]) =>
      this.keyNum[position]! < num || (this.keyNum[position] === num && this.keyNum2[position]! < num2);
    const atMost = (position: number, [num, num2]: [number, number]) =>
      this.keyNum[position]! < num || (this.keyNum[position] === num && this.keyNum2[position]! <= num2);
    const low = search(this.keyNum.length, (position) => below(position, range.low));
    const high = search(this.keyNum.length, (position) => atMost(position, range.high));
    return { low, high, exact: range.exact };
  }

  /**
   * The keys in [low, high) that start with the prefix, best first: for prefixes the
   * numeric keys cannot tell apart. Reads at most `maxFilteredKeys` keys' texts.
   */
  private *filteredRange(low: number, high: number, prefix: string): Generator<{ position: number; weight: number }> {
    const matches: { position: number; weight: number }[] = [];
    for (let position = low; position < Math.min(high, low + maxFilteredKeys); position++) {
      const weight = this.tree[this.treeSize + position]!;
      if (weight >= 0 && this.mainText(position).startsWith(prefix)) matches.push({ position, weight });
    }
    yield* matches.sort((a, b) => b.weight - a.weight);
  }

  /** Positions of [low, high) by falling weight, skipping removed keys; lazily. */
  private *bestInRange(low: number, high: number): Generator<{ position: number; weight: number }> {
    const { tree, treeSize } = this;
    const nodes: number[] = [];
    const push = (node: number): void => {
      if (tree[node]! < 0) return;
      nodes.push(node);
      let at = nodes.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (tree[nodes[parent]!]! >= tree[node]!) break;
        nodes[at] = nodes[parent]!;
        at = parent;
      }
      nodes[at] = node;
    };
    const pop = (): number => {
      const top = nodes[0]!;
      const last = nodes.pop()!;
      if (nodes.length > 0) {
        let at = 0;
        for (;;) {
          let child = at * 2 + 1;
          if (child >= nodes.length) break;
          if (child + 1 < nodes.length && tree[nodes[child + 1]!]! > tree[nodes[child]!]!) child++;
          if (tree[nodes[child]!]! <= tree[last]!) break;
          nodes[at] = nodes[child]!;
          at = child;
        }
        nodes[at] = last;
      }
      return top;
    };
    for (let l = low + treeSize, r = high + treeSize; l < r; l >>= 1, r >>= 1) {
      if (l & 1) push(l++);
      if (r & 1) push(--r);
    }
    while (nodes.length > 0) {
      const node = pop();
      if (node >= treeSize) {
        yield { position: node - treeSize, weight: tree[node]! };
      } else {
        push(node * 2);
        push(node * 2 + 1);
      }
    }
  }

  /** Pending keys starting with the prefix, by falling weight. */
  private pendingMatches(prefix: string, want: number): { ref: number; weight: number }[] {
    // The best `want` only (enough for `limit` after removing duplicates), kept sorted.
    const best: { ref: number; weight: number }[] = [];
    const [num, num2] = sortKeyRangeOf(prefix).low;
    const probe: PendingKey = { num, num2, text: prefix, ref: 0, offset: 0 };
    const start = search(this.pending.length, (i) => comparePending(this.pending[i]!, probe) < 0);
    for (let i = start; i < this.pending.length && this.pending[i]!.text.startsWith(prefix); i++) {
      const ref = this.pending[i]!.ref;
      const weight = this.weightOf(ref);
      if (weight < 0 || (best.length === want && weight <= best[want - 1]!.weight)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.weight < weight) at--;
      best.splice(at, 0, { ref, weight });
      if (best.length > want) best.pop();
    }
    return best;
  }

  /**
   * Every key at once: title keys from the keys noted at `add`, names' and series' from
   * their texts; radix-sorted by the numeric keys. Keys sharing both (the same first 18
   * characters) stay in any order: ordering them by text cost a third of the build, and
   * prefixes that long are filtered by text instead.
   */
  private build(): void {
    this.built = true;
    const documents = this.source.documentCount();
    const entityKeys: PendingKey[] = [];
    for (const kind of [kindContributor, kindSeries]) {
      const entities = this.entities[kind]!;
      for (let id = 1; id < entities.names.length; id++) {
        if (entities.counts[id]! === 0) continue;
        entities.keyed[id] = 1;
        entityKeys.push(...this.keysOf(kind, id));
      }
    }
    const liveDocs: number[] = [];
    for (let doc = 0; doc < documents; doc++) if (this.source.dateKeyOf(doc) >= 0) liveDocs.push(doc);
    const titles = liveDocs.length;
    const count = titles + entityKeys.length;
    const nums = new Float64Array(count);
    const nums2 = new Float64Array(count);
    const refs = new Uint32Array(count);
    const offsets = new Uint8Array(count);
    let at = 0;
    for (const doc of liveDocs) {
      nums[at] = this.titleKeys[doc * 2]!;
      nums2[at] = this.titleKeys[doc * 2 + 1]!;
      refs[at++] = (kindTitle << refShift) | doc;
    }
    for (const key of entityKeys) {
      nums[at] = key.num;
      nums2[at] = key.num2;
      refs[at] = key.ref;
      offsets[at++] = key.offset;
    }
    const order = orderByKeys(nums, nums2);
    this.keyNum = new Float64Array(count);
    this.keyNum2 = new Float64Array(count);
    this.keyRef = new Uint32Array(count);
    this.keyOffset = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const index = order[i]!;
      this.keyNum[i] = nums[index]!;
      this.keyNum2[i] = nums2[index]!;
      this.keyRef[i] = refs[index]!;
      this.keyOffset[i] = offsets[index]!;
    }
    this.pending = [];
    this.rebuildWeightsAndPositions();
  }

  /**
   * Merges the (sorted) pending keys into the main arrays, dropping keys of removed
   * documents and unused entities, and rebuilds weights and positions: linear in the keys.
   */
  private merge(): void {
    const pending = this.pending;
    const total = this.keyNum.length + pending.length;
    const keyNum = new Float64Array(total);
    const keyNum2 = new Float64Array(total);
    const keyRef = new Uint32Array(total);
    const keyOffset = new Uint8Array(total);
    let count = 0;
    const keep = (num: number, num2: number, ref: number, offset: number): void => {
      if (this.weightOf(ref) < 0) {
        const kind = ref >>> refShift;
        if (kind !== kindTitle) this.entities[kind]!.keyed[ref & refIdMask] = 0;
        return;
      }
      keyNum[count] = num;
      keyNum2[count] = num2;
      keyRef[count] = ref;
      keyOffset[count] = offset;
      count++;
    };
    let m = 0;
    for (const key of pending) {
      while (m < this.keyNum.length && (this.keyNum[m]! < key.num || (this.keyNum[m] === key.num && this.keyNum2[m]! <= key.num2))) {
        keep(this.keyNum[m]!, this.keyNum2[m]!, this.keyRef[m]!, this.keyOffset[m]!);
        m++;
      }
      keep(key.num, key.num2, key.ref, key.offset);
    }
    for (; m < this.keyNum.length; m++) keep(this.keyNum[m]!, this.keyNum2[m]!, this.keyRef[m]!, this.keyOffset[m]!);
    this.keyNum = keyNum.slice(0, count);
    this.keyNum2 = keyNum2.slice(0, count);
    this.keyRef = keyRef.slice(0, count);
    this.keyOffset = keyOffset.slice(0, count);
    this.pending = [];
    this.rebuildWeightsAndPositions();
  }

  private rebuildWeightsAndPositions(): void {
    const count = this.keyNum.length;
    let size = 1;
    while (size < count) size *= 2;
    const tree = new Float32Array(size * 2).fill(-1);
    for (let i = 0; i < count; i++) tree[size + i] = this.weightOf(this.keyRef[i]!);
    for (let node = size - 1; node >= 1; node--) tree[node] = Math.max(tree[node * 2]!, tree[node * 2 + 1]!);
    this.tree = tree;
    this.treeSize = size;
    this.titlePosition.fill(-1);
    const starts = [0, 1, 2].map((kind) => new Uint32Array(kind === kindTitle ? 1 : this.entities[kind]!.names.length + 1));
    for (let i = 0; i < count; i++) {
      const ref = this.keyRef[i]!;
      const kind = ref >>> refShift;
      const id = ref & refIdMask;
      if (kind === kindTitle) {
        this.titlePosition = grownTo(this.titlePosition, id + 1, -1);
        this.titlePosition[id] = i;
      } else {
        starts[kind]![id + 1]!++;
      }
    }
    for (const kind of [kindContributor, kindSeries]) {
      const start = starts[kind]!;
      for (let id = 1; id < start.length; id++) start[id]! += start[id - 1]!;
      const positions = new Uint32Array(start[start.length - 1]!);
      const fill = start.slice(0, start.length - 1);
      for (let i = 0; i < count; i++) {
        const ref = this.keyRef[i]!;
        if (ref >>> refShift === kind) positions[fill[ref & refIdMask]!++] = i;
      }
      this.entityPositionStart[kind] = start;
      this.entityPositions[kind] = positions;
    }
  }

  private setWeight(position: number, weight: number): void {
    let node = position + this.treeSize;
    this.tree[node] = weight;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.tree[node] = Math.max(this.tree[node * 2]!, this.tree[node * 2 + 1]!);
    }
  }
}

function comparePending(a: PendingKey, b: PendingKey): number {
  return a.num - b.num || a.num2 - b.num2 || compareSortText(a.text, 0, b.text, 0);
}

/** The first index in [0, length) for which `before` is false (`before` holds for a prefix of the indexes). */
function search(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
