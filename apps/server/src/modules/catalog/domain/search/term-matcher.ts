import { grownTo } from './grow-array.ts';
import { fieldMaskCount, matchWeights, noTitlePosition, titleLengthOf, titlePositionOf } from './match-weights.ts';
import type { MatchKind } from './match-weights.ts';
import type { PostingStore } from './posting-store.ts';

/** One way a query word can match: a term's posting list and how it relates to the word. */
export type TermVariant = { term: number; kind: MatchKind };

/** A query word with every term that stands for it (exact, stems, near spellings). */
export type QueryWord = {
  /** Position in the query, for phrase detection. */
  index: number;
  variants: TermVariant[];
  /** Postings over all variants: the cost of visiting the word. */
  size: number;
};

/** Marks a candidate whose words are not consecutive in its title. */
export const brokenPhrase = -32768;
const unseen = -1;

/**
 * AND of the query words, each an OR of its variants, over posting lists sorted by
 * document. The word with the fewest postings seeds the candidates (its variant lists
 * merged); each further word keeps the candidates it also matches: by galloping through
 * its lists when the candidates are few against its postings, else by reading its lists
 * once against a bitset of the candidates.
 *
 * Everything is kept per candidate, in candidate order, never per document: the
 * memory is read and written front to back, which on a million documents is several
 * times faster than scattered per-document scratch arrays.
 */
export class TermMatcher {
  /** The matched documents, ascending, `count` of them. */
  candidates = new Uint32Array(1024);
  count = 0;
  /** Per candidate: the sum over words of the best variant's weight. */
  score = new Float32Array(1024);
  /** Per candidate: title position minus query position, equal for all words of a phrase; `brokenPhrase` otherwise. */
  phraseOffset = new Int16Array(1024);
  /** Per candidate: the number of words in its title. */
  titleLength = new Uint8Array(1024);
  // Double buffers for merging variant lists.
  private spareCandidates = new Uint32Array(1024);
  private spareScore = new Float32Array(1024);
  private sparePhraseOffset = new Int16Array(1024);
  private spareTitleLength = new Uint8Array(1024);
  /** A bit per document, set for the candidates while a word is intersected. */
  private bits = new Uint32Array(32);
  /** Postings of a list that are candidates (`filterList`); one longer than any candidate list. */
  private foundDocs = new Uint32Array(1025);
  private foundMeta = new Uint32Array(1025);
  /** Per candidate, for the word being intersected: its best weight (0 = not matched) and title position. */
  private wordScore = new Float32Array(1024);
  private wordPosition = new Int16Array(1024);
  private readonly postings: PostingStore;

  constructor(postings: PostingStore) {
    this.postings = postings;
  }

  ensureCapacity(documents: number): void {
    if (this.candidates.length >= documents) return;
    this.candidates = grownTo(this.candidates, documents);
    this.bits = grownTo(this.bits, (documents >>> 5) + 1);
    this.foundDocs = grownTo(this.foundDocs, documents + 1);
    this.foundMeta = grownTo(this.foundMeta, documents + 1);
    this.spareCandidates = grownTo(this.spareCandidates, documents);
    this.spareScore = grownTo(this.spareScore, documents);
    this.sparePhraseOffset = grownTo(this.sparePhraseOffset, documents);
    this.spareTitleLength = grownTo(this.spareTitleLength, documents);
    this.titleLength = grownTo(this.titleLength, documents);
    this.score = grownTo(this.score, documents);
    this.phraseOffset = grownTo(this.phraseOffset, documents);
    this.wordScore = grownTo(this.wordScore, documents);
    this.wordPosition = grownTo(this.wordPosition, documents);
  }

  /** Fills `candidates`, `count`, `score` and `phraseOffset`. */
  match(words: readonly QueryWord[]): void {
    this.count = 0;
    if (words.length === 0) return;
    const ordered = [...words].sort((a, b) => a.size - b.size);
    if (ordered[0]!.size === 0) return;
    this.seed(ordered[0]!);
    for (let pass = 1; pass < ordered.length && this.count > 0; pass++) this.intersect(ordered[pass]!);
  }

  /**
   * The first word's variant lists merged: each document once, with its best weight and
   * the title position of its first variant (exact before stems before typos). The
   * first list is copied, then each further one merged in by a two-way merge into the
   * spare arrays, which then swap places: a tight loop per list, whatever their number.
   */
  private seed(word: QueryWord): void {
    const { lists, lengths } = this.postings;
    const first = word.variants[0]!;
    let count = this.copyList(lists[first.term]!, lengths[first.term]!, first.kind * fieldMaskCount, word.index);
    for (let v = 1; v < word.variants.length; v++) {
      const variant = word.variants[v]!;
      count = this.mergeList(count, lists[variant.term]!, lengths[variant.term]!, variant.kind * fieldMaskCount, word.index);
    }
    this.count = count;
  }

  private copyList(list: Uint32Array, length: number, base: number, wordIndex: number): number {
    const { candidates, score, phraseOffset, titleLength } = this;
    for (let i = 0; i < length; i++) {
      const meta = list[i * 2 + 1]!;
      candidates[i] = list[i * 2]!;
      score[i] = matchWeights[base + (meta & 63)]!;
      phraseOffset[i] = phraseOffsetOf(titlePositionOf(meta), wordIndex);
      titleLength[i] = titleLengthOf(meta);
    }
    return length;
  }

  /** Merges a posting list into the `count` candidates; returns the new count. */
  private mergeList(count: number, list: Uint32Array, length: number, base: number, wordIndex: number): number {
    const { candidates, score, phraseOffset, titleLength } = this;
    const outDocs = this.spareCandidates;
    const outScore = this.spareScore;
    const outOffset = this.sparePhraseOffset;
    const outLength = this.spareTitleLength;
    let c = 0;
    let p = 0;
    let out = 0;
    while (c < count || p < length) {
      const candidate = c < count ? candidates[c]! : 0xffffffff;
      const posted = p < length ? list[p * 2]! : 0xffffffff;
      if (candidate < posted) {
        outDocs[out] = candidate;
        outScore[out] = score[c]!;
        outOffset[out] = phraseOffset[c]!;
        outLength[out] = titleLength[c]!;
        c++;
      } else {
        const meta = list[p * 2 + 1]!;
        const weight = matchWeights[base + (meta & 63)]!;
        outDocs[out] = posted;
        outLength[out] = titleLengthOf(meta);
        if (candidate === posted) {
          outScore[out] = Math.max(score[c]!, weight);
          outOffset[out] = phraseOffset[c]!;
          c++;
        } else {
          outScore[out] = weight;
          outOffset[out] = phraseOffsetOf(titlePositionOf(meta), wordIndex);
        }
        p++;
      }
      out++;
    }
    this.spareCandidates = candidates;
    this.spareScore = score;
    this.sparePhraseOffset = phraseOffset;
    this.spareTitleLength = titleLength;
    this.candidates = outDocs;
    this.score = outScore;
    this.phraseOffset = outOffset;
    this.titleLength = outLength;
    return out;
  }

  /** Keeps the candidates the word matches, adding its best variant weight. */
  private intersect(word: QueryWord): void {
    const { candidates, wordScore, wordPosition } = this;
    const count = this.count;
    wordScore.fill(0, 0, count);
    wordPosition.fill(unseen, 0, count);
    // Galloping costs about log(list/candidates) a candidate; walking costs the list.
    const gallop = count * 16 < word.size;
    if (!gallop) this.markCandidates(1);
    for (const variant of word.variants) {
      const list = this.postings.lists[variant.term]!;
      const length = this.postings.lengths[variant.term]!;
      const base = variant.kind * fieldMaskCount;
      if (gallop) this.gallopList(list, length, base);
      else this.filterList(list, length, base);
    }
    if (!gallop) this.markCandidates(0);
    const { score, phraseOffset, titleLength } = this;
    let kept = 0;
    for (let c = 0; c < count; c++) {
      const weight = wordScore[c]!;
      if (weight === 0) continue;
      candidates[kept] = candidates[c]!;
      titleLength[kept] = titleLength[c]!;
      score[kept] = score[c]! + weight;
      const offset = phraseOffset[c]!;
      const position = wordPosition[c]!;
      phraseOffset[kept] = offset !== brokenPhrase && position !== noTitlePosition && position - word.index === offset ? offset : brokenPhrase;
      kept++;
    }
    this.count = kept;
  }

  /** Sets (1) or clears (0) the candidates' bits in the document bitset. */
  private markCandidates(bit: number): void {
    const { candidates, bits } = this;
    for (let c = 0; c < this.count; c++) {
      const doc = candidates[c]!;
      if (bit === 1) bits[doc >>> 5]! |= 1 << (doc & 31);
      else bits[doc >>> 5] = 0;
    }
  }

  /**
   * Many candidates against a list: read the list once, keeping the postings whose bit
   * is set (collected without a branch, since about any share may match), then walk
   * the kept ones, a subset of the candidates, beside the candidates. A plain merge
   * join mispredicted a branch at almost every step.
   */
  private filterList(list: Uint32Array, length: number, base: number): void {
    const { bits, foundDocs, foundMeta, candidates } = this;
    let found = 0;
    for (let p = 0; p < length; p++) {
      const doc = list[p * 2]!;
      foundDocs[found] = doc;
      foundMeta[found] = list[p * 2 + 1]!;
      found += (bits[doc >>> 5]! >>> (doc & 31)) & 1;
      // The slot past the last kept posting is overwritten next round; the arrays have room for it.
      if (found === foundDocs.length) break;
    }
    let c = 0;
    for (let f = 0; f < found; f++) {
      const doc = foundDocs[f]!;
      while (candidates[c]! < doc) c++;
      this.note(c, foundMeta[f]!, base);
    }
  }

  /** Few candidates against a long list: jump through the list by exponential search. */
  private gallopList(list: Uint32Array, length: number, base: number): void {
    const { candidates } = this;
    let at = 0;
    for (let c = 0; c < this.count && at < length; c++) {
      const doc = candidates[c]!;
      at = seek(list, length, at, doc);
      if (at < length && list[at * 2] === doc) this.note(c, list[at * 2 + 1]!, base);
    }
  }

  /** The candidate matches a variant: keep the best weight, and the first variant's title position. */
  private note(candidate: number, meta: number, base: number): void {
    const weight = matchWeights[base + (meta & 63)]!;
    if (weight > this.wordScore[candidate]!) this.wordScore[candidate] = weight;
    if (this.wordPosition[candidate] === unseen) this.wordPosition[candidate] = titlePositionOf(meta);
  }
}

function phraseOffsetOf(position: number, wordIndex: number): number {
  return position === noTitlePosition ? brokenPhrase : position - wordIndex;
}

/** The first posting index ≥ `from` whose document is ≥ `doc`: exponential, then binary search. */
function seek(list: Uint32Array, length: number, from: number, doc: number): number {
  if (from >= length || list[from * 2]! >= doc) return from;
  let step = 1;
  let low = from;
  while (low + step < length && list[(low + step) * 2]! < doc) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, length);
  // list[low] < doc ≤ list[high] (or high = length).
  low++;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle * 2]! < doc) low = middle + 1;
    else high = middle;
  }
  return low;
}
