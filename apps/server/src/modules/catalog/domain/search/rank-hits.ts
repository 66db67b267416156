import { exactTitleBoost, phraseBoost, titlePrefixBoost } from './match-weights.ts';
import { dateKeyLimit } from './release-date.ts';
import type { SearchSort } from './search-types.ts';
import { brokenPhrase } from './term-matcher.ts';
import type { TopK } from './top-k.ts';

/** What ranking reads: per candidate position (text queries only) and per document. */
export type RankColumns = {
  /** From the matcher, by candidate position: word scores, phrase offsets, title lengths. */
  score: Float32Array;
  phraseOffset: Int16Array;
  titleLength: Uint8Array;
  /** By document. */
  dateKey: Uint32Array;
  titleKey: Float64Array;
};

/** Ranks pack two numbers: score above date (relevance) or date above score (newest; scores stay below 2^24). */
const dateFactor = dateKeyLimit;
const scoreFactor = 2 ** 24;

/** A text match's score with the title boosts; `wordCount` 0 for a browse (score 0). */
export function scoreOf(columns: RankColumns, position: number, wordCount: number): number {
  if (wordCount === 0) return 0;
  let value = columns.score[position]!;
  const offset = columns.phraseOffset[position]!;
  if (offset !== brokenPhrase) {
    if (wordCount > 1) value += phraseBoost;
    if (offset === 0) {
      value += titlePrefixBoost;
      if (columns.titleLength[position] === wordCount) value += exactTitleBoost;
    }
  }
  return value;
}

/**
 * Offers documents `docs[positions[i]]` (i < count) to the top-k, under their
 * positions, by the sort: relevance = score, then newest; newest = date, then score;
 * title = the title's sort key. One loop with the sort's branches invariant (so
 * predicted), and a threshold that skips most documents with one comparison once the
 * heap is full.
 */
export function rankPositions(topK: TopK, docs: Uint32Array, positions: Uint32Array, count: number, columns: RankColumns, sort: SearchSort, wordCount: number): void {
  const { score, phraseOffset, dateKey, titleKey, titleLength } = columns;
  const byTitle = sort === 'title';
  const byNewest = sort === 'newest';
  const phrase = wordCount > 1 ? phraseBoost : 0;
  let threshold = -Infinity;
  // By relevance, the lowest score that can still enter: most documents lose on score
  // alone, and skipping them spares reading their date (a cache miss). Integer scores.
  let minScore = -Infinity;
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    let rank: number;
    if (byTitle) {
      rank = -titleKey[docs[position]!]!;
    } else {
      let value = 0;
      if (wordCount > 0) {
        value = score[position]! | 0;
        const offset = phraseOffset[position]!;
        if (offset !== brokenPhrase) {
          value += phrase;
          if (offset === 0) value += titleLength[position] === wordCount ? titlePrefixBoost + exactTitleBoost : titlePrefixBoost;
        }
      }
      if (byNewest) {
        rank = dateKey[docs[position]!]! * scoreFactor + value;
      } else {
        if (value < minScore) continue;
        rank = value * dateFactor + dateKey[docs[position]!]!;
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
