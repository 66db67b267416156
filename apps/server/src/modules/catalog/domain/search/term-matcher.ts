import { grownTo } from './grow-array.ts';
import { brokenPhrase, kindShift, phraseOffsetOf, scoredValue, weightIndexOf } from './match-codes.ts';
import type { MatchCodes } from './match-codes.ts';
import { fieldMaskCount, matchWeights, noTitlePosition, titleLengthOf, titlePositionOf } from './match-weights.ts';
import type { MatchKind } from './match-weights.ts';
import { mergePairs, seek } from './pair-merge.ts';
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

const unseen = -1;

/**
 * AND of the query words, each an OR of its variants, over posting lists sorted by
 * document. The word with the fewest postings seeds the candidates (its variant lists
 * merged); each further word keeps the candidates it also matches: by galloping through
 * its lists when the candidates are few against its postings, else by reading its lists
 * once against a bitset of the candidates.
 *
 * The result is [document, code] pairs (`match-codes.ts`). A one-word query, the most
 * common, never leaves the posting format: a single variant's list is the result as it
 * is, and variant lists merge pair by pair, runs of one list copied as blocks. With
 * several words, the candidates are kept in per-candidate arrays, in candidate order,
 * never per document: the memory is read and written front to back, which on a million
 * documents is several times faster than scattered per-document scratch arrays.
 */
export class TermMatcher {
  /** After `match`: [document, code] pairs, ascending by document, `count` of them. May be a posting list: read only. */
  pairs: Uint32Array = new Uint32Array(0);
  count = 0;
  /** How to read the codes of `pairs`. */
  readonly codes: MatchCodes = { scored: false, base: 0 };
  // Double buffers of pairs for merging variant lists, and for the result of several words.
  private mergedPairs = new Uint32Array(2048);
  private sparePairs = new Uint32Array(2048);
  /** Several words: the candidates (`count` of them) and, per candidate, what the words gave so far. */
  private candidates = new Uint32Array(1024);
  /** Per candidate: the sum over words of the best variant's weight. */
  private score = new Float32Array(1024);
  /** Per candidate: title position minus query position, equal for all words of a phrase; `brokenPhrase` otherwise. */
  private phraseOffset = new Int16Array(1024);
  /** Per candidate: the number of words in its title. */
  private titleLength = new Uint8Array(1024);
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
    this.mergedPairs = grownTo(this.mergedPairs, documents * 2);
    this.sparePairs = grownTo(this.sparePairs, documents * 2);
    this.titleLength = grownTo(this.titleLength, documents);
    this.score = grownTo(this.score, documents);
    this.phraseOffset = grownTo(this.phraseOffset, documents);
    this.wordScore = grownTo(this.wordScore, documents);
    this.wordPosition = grownTo(this.wordPosition, documents);
  }

  /** Fills `pairs`, `count` and `codes`. */
  match(words: readonly QueryWord[]): void {
    this.count = 0;
    this.codes.scored = false;
    this.codes.base = 0;
    if (words.length === 0) return;
    const ordered = [...words].sort((a, b) => a.size - b.size);
    if (ordered[0]!.size === 0) return;
    this.seed(ordered[0]!);
    if (ordered.length === 1) return;
    this.unpack(ordered[0]!.index);
    for (let pass = 1; pass < ordered.length && this.count > 0; pass++) this.intersect(ordered[pass]!);
    this.pack(words.length);
  }

  /**
   * The first word's variant lists merged into `pairs`: each document once, with its
   * best kind and mask and the title position of its first variant (exact before stems
   * before typos). One list is used as it is; further ones merge in two by two.
   */
  private seed(word: QueryWord): void {
    const { lists, lengths } = this.postings;
    const first = word.variants[0]!;
    this.pairs = lists[first.term]!;
    this.count = lengths[first.term]!;
    this.codes.base = first.kind * fieldMaskCount;
    for (let v = 1; v < word.variants.length; v++) {
      const variant = word.variants[v]!;
      // The first merge reads the first list raw: its kind goes into the codes.
      const tag = v === 1 ? first.kind << kindShift : 0;
      this.mergeList(tag, lists[variant.term]!, lengths[variant.term]!, variant.kind << kindShift);
      this.codes.base = 0;
    }
  }

  /**
   * Merges a posting list (its codes get `listTag`) into `pairs` (theirs get `pairsTag`),
   * into the spare buffer, which then becomes `pairs`.
   */
  private mergeList(pairsTag: number, list: Uint32Array, length: number, listTag: number): void {
    const from = this.pairs;
    const count = this.count;
    const out = this.pairs === this.mergedPairs ? this.sparePairs : this.mergedPairs;
    const merged = mergePairs(from, count, pairsTag, list, length, listTag, out);
    if (this.pairs === this.mergedPairs) this.sparePairs = this.mergedPairs;
    this.mergedPairs = out;
    this.pairs = out;
    this.count = merged;
  }

  /** Several words: the seed's pairs into the per-candidate arrays. */
  private unpack(wordIndex: number): void {
    const { pairs, candidates, score, phraseOffset, titleLength } = this;
    const base = this.codes.base;
    for (let i = 0; i < this.count; i++) {
      const code = pairs[i * 2 + 1]!;
      candidates[i] = pairs[i * 2]!;
      score[i] = matchWeights[base + weightIndexOf(code)]!;
      phraseOffset[i] = phraseOffsetOf(titlePositionOf(code), wordIndex);
      titleLength[i] = titleLengthOf(code);
    }
  }

  /** Several words: the surviving candidates into `pairs`, with their finished scores. */
  private pack(wordCount: number): void {
    const { candidates, score, phraseOffset, titleLength } = this;
    // `unpack` read the pairs already.
    const out = this.mergedPairs;
    for (let i = 0; i < this.count; i++) {
      out[i * 2] = candidates[i]!;
      out[i * 2 + 1] = scoredValue(score[i]!, phraseOffset[i]!, titleLength[i]!, wordCount);
    }
    this.pairs = out;
    this.codes.scored = true;
    this.codes.base = 0;
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
