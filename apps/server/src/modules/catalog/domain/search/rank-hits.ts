import { exactTitleBoost, phraseBoost, titlePrefixBoost } from './match-weights.ts';
import type { SearchSort } from './search-types.ts';
import { brokenPhrase } from './term-matcher.ts';
import type { TopK } from './top-k.ts';

/** What ranking reads: per candidate position (score, phrase) and per document. */
export type RankColumns = {
  /** Word scores from the matcher (text queries only), by candidate position. */
  score: Float32Array;
  phraseOffset: Int16Array;
  dateKey: Uint32Array;
  titleKey: Float64Array;
  titleLength: Uint8Array;
};

/** Release date keys are below 2^18, scores below 2^24. */
const dateFactor = 2 ** 18;
const scoreFactor = 2 ** 24;

/** A text match's score with the title boosts; `wordCount` 0 for a browse (score 0). */
export function scoreOf(columns: RankColumns, position: number, doc: number, wordCount: number): number {
  if (wordCount === 0) return 0;
  let value = columns.score[position]!;
  const offset = columns.phraseOffset[position]!;
  if (offset !== brokenPhrase) {
    if (wordCount > 1) value += phraseBoost;
    if (offset === 0) {
      value += titlePrefixBoost;
      if (columns.titleLength[doc] === wordCount) value += exactTitleBoost;
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
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    const doc = docs[position]!;
    let rank: number;
    if (byTitle) {
      rank = -titleKey[doc]!;
    } else {
      let value = 0;
      if (wordCount > 0) {
        value = score[position]!;
        const offset = phraseOffset[position]!;
        if (offset !== brokenPhrase) {
          value += phrase;
          if (offset === 0) value += titleLength[doc] === wordCount ? titlePrefixBoost + exactTitleBoost : titlePrefixBoost;
        }
      }
      if (byNewest) {
        rank = dateKey[doc]! * scoreFactor + value;
      } else {
        // Most documents lose on score alone: skip reading their date (a cache miss).
        if ((value + 1) * dateFactor <= threshold) continue;
        rank = value * dateFactor + dateKey[doc]!;
      }
    }
    if (rank < threshold) continue;
    topK.offer(position, rank);
    threshold = topK.threshold;
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
