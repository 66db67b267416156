import { codeValue, weightIndexOf } from './match-codes.ts';
import type { MatchCodes } from './match-codes.ts';
import { exactTitleBoost, matchWeights, titleLengthOf, titlePositionOf, titlePrefixBoost } from './match-weights.ts';
import { dateKeyLimit } from './release-date.ts';
import type { SearchSort } from './search-types.ts';
import type { TopK } from './top-k.ts';

/** What ranking reads: the hits' documents (and codes), by position, and per-document columns. */
export type RankColumns = {
  /** The document at position × `stride`; with stride 2, its match code follows it (`match-codes.ts`). */
  docs: Uint32Array;
  stride: 1 | 2;
  /** How to read the codes; null without text (score 0). */
  codes: MatchCodes | null;
  /** By document. */
  dateKey: Uint32Array;
  titleKey: Float64Array;
};

/** Ranks pack two numbers: score above date (relevance) or date above score (newest; scores stay below 2^24). */
const dateFactor = dateKeyLimit;
const scoreFactor = 2 ** 24;

/** The document at a position. */
export function docAt(columns: RankColumns, position: number): number {
  return columns.docs[position * columns.stride]!;
}

/** A text match's score with the title boosts; 0 for a browse. */
export function scoreOf(columns: RankColumns, position: number): number {
  return columns.codes === null ? 0 : codeValue(columns.codes, columns.docs[position * columns.stride + 1]!);
}

/**
 * Offers documents at `positions[i]` (i < count) to the top-k, under their positions,
 * by the sort: relevance = score, then newest; newest = date, then score; title = the
 * title's sort key. One loop with the sort's and the codes' branches invariant (so
 * predicted), and a threshold that skips most documents with one comparison once the
 * heap is full.
 */
export function rankPositions(topK: TopK, positions: Uint32Array, count: number, columns: RankColumns, sort: SearchSort): void {
  const { docs, stride, codes, dateKey, titleKey } = columns;
  const byTitle = sort === 'title';
  const byNewest = sort === 'newest';
  const scored = codes !== null && codes.scored;
  const coded = codes !== null && !codes.scored;
  const base = codes?.base ?? 0;
  let threshold = -Infinity;
  // By relevance, the lowest score that can still enter: most documents lose on score
  // alone, and skipping them spares reading their date (a cache miss). Integer scores.
  let minScore = -Infinity;
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    const at = position * stride;
    let rank: number;
    if (byTitle) {
      rank = -titleKey[docs[at]!]!;
    } else {
      let value = 0;
      if (scored) {
        value = docs[at + 1]!;
      } else if (coded) {
        // `codeValue`, inlined: this loop visits every hit.
        const code = docs[at + 1]!;
        value = matchWeights[base + weightIndexOf(code)]!;
        if (titlePositionOf(code) === 0) value += titleLengthOf(code) === 1 ? titlePrefixBoost + exactTitleBoost : titlePrefixBoost;
      }
      if (byNewest) {
        rank = dateKey[docs[at]!]! * scoreFactor + value;
      } else {
        if (value < minScore) continue;
        rank = value * dateFactor + dateKey[docs[at]!]!;
      }
    }
    if (rank < threshold) continue;
    topK.offer(position, rank);
    threshold = topK.threshold;
    // rank = score × dateFactor + date, date < dateFactor: below this score, no rank reaches the threshold.
    minScore = Math.floor(threshold / dateFactor);
  }
}

/**
 * The newest documents of the whole catalogue without visiting all of it: year lists
 * from the latest year down, stopping once the heap is full and no document of the
 * next year could enter. A browse sorted by newest or relevance (equal scores).
 */
export function rankNewestByYear(topK: TopK, years: readonly { year: number; docs: Uint32Array; count: number }[], live: (doc: number) => boolean, dateKey: Uint32Array, latestDateKeyOf: (year: number) => number): void {
  let threshold = -Infinity;
  for (const { year, docs, count } of years) {
    if (latestDateKeyOf(year) * scoreFactor < threshold) break;
    for (let i = 0; i < count; i++) {
      const doc = docs[i]!;
      if (!live(doc)) continue;
      const rank = dateKey[doc]! * scoreFactor;
      if (rank < threshold) continue;
      topK.offer(doc, rank);
      threshold = topK.threshold;
    }
  }
}
