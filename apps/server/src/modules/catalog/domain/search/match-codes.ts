import { exactTitleBoost, matchWeights, noTitlePosition, phraseBoost, titleLengthOf, titlePositionOf, titlePrefixBoost } from './match-weights.ts';

/**
 * What the matcher hands to ranking: [document, code] pairs, ascending by document.
 * A code is read one of two ways, the same for all pairs of a match:
 *
 * - One query word (`scored` false): a posting's meta word (field mask, title position,
 *   title length) with the match kind in bits 24–25. A single-variant word's matches are
 *   its posting list itself, kind 0 in the code and the kind in `base` instead: nothing
 *   is copied. Merged variants carry each document's best kind and mask, and the title
 *   position of its first variant.
 * - Several words (`scored` true): the finished score, boosts included.
 */
export type MatchCodes = {
  scored: boolean;
  /** kind × 64, added to the weight index (one word only). */
  base: number;
};

/** Marks a candidate whose words are not consecutive in its title. */
export const brokenPhrase = -32768;

/** Title position minus query position: equal for all words of a phrase. */
export function phraseOffsetOf(position: number, wordIndex: number): number {
  return position === noTitlePosition ? brokenPhrase : position - wordIndex;
}

/** Bit offset of the match kind in a one-word code. */
export const kindShift = 24;

/** Index into `matchWeights` of a one-word code: kind × 64 + field mask. */
export function weightIndexOf(code: number): number {
  return ((code >>> kindShift) << 6) | (code & 63);
}

/** A one-word code with the weight-deciding part (kind and mask) of `best`, the title part of `first`. */
export function combinedCode(first: number, best: number): number {
  return (first & 0x00ffff00) | (best & 0xff0000ff);
}

/** The score of a text match's code, boosts included. */
export function codeValue(codes: MatchCodes, code: number): number {
  if (codes.scored) return code;
  let value = matchWeights[codes.base + weightIndexOf(code)]!;
  // One word: its phrase is itself, a prefix when it opens the title.
  if (titlePositionOf(code) === 0) value += titleLengthOf(code) === 1 ? titlePrefixBoost + exactTitleBoost : titlePrefixBoost;
  return value;
}

/**
 * The finished score of a candidate of several words: the words' weights, and the
 * phrase boosts when its words are consecutive in the title (`phraseOffset` not
 * `brokenPhrase`), at its start (0), and are all of it.
 */
export function scoredValue(score: number, phraseOffset: number, titleLength: number, wordCount: number): number {
  let value = score | 0;
  if (phraseOffset !== brokenPhrase) {
    value += phraseBoost;
    if (phraseOffset === 0) value += titleLength === wordCount ? titlePrefixBoost + exactTitleBoost : titlePrefixBoost;
  }
  return value;
}
