/**
 * How much a matching word counts, by the fields it occurs in and how it matched.
 * Integers, so that scores add exactly and pack into a sort key with the release date.
 */

/** Field bits in a posting's mask. */
export const field = {
  title: 1,
  subtitle: 2,
  contributor: 4,
  series: 8,
  publisher: 16,
  subject: 32,
} as const;

/** How a query word reached a document's word. */
export const matchKind = { exact: 0, stem: 1, typo1: 2, typo2: 3 } as const;
export type MatchKind = (typeof matchKind)[keyof typeof matchKind];

/** Title above contributor above series above subtitle, publisher and subjects (issue 3). */
const fieldWeights: readonly [bit: number, weight: number][] = [
  [field.title, 100],
  [field.contributor, 70],
  [field.series, 55],
  [field.subtitle, 40],
  [field.publisher, 25],
  [field.subject, 25],
];

/** A word found in several fields counts a little more than in its best one. */
const extraFieldWeight = 5;

/** Exact above stem above typo, by the same factor in every field. */
const kindFactors = [1, 0.8, 0.5, 0.35];

export const fieldMaskCount = 64;

/** weights[kind * 64 + fieldMask]. */
export const matchWeights: Float32Array = (() => {
  const weights = new Float32Array(kindFactors.length * fieldMaskCount);
  for (let kind = 0; kind < kindFactors.length; kind++) {
    for (let mask = 1; mask < fieldMaskCount; mask++) {
      let best = 0;
      let fields = 0;
      for (const [bit, weight] of fieldWeights) {
        if ((mask & bit) === 0) continue;
        fields++;
        best = Math.max(best, weight);
      }
      weights[kind * fieldMaskCount + mask] = Math.round((best + extraFieldWeight * (fields - 1)) * kindFactors[kind]!);
    }
  }
  return weights;
})();

/** The query words appear in the title next to each other, in order. */
export const phraseBoost = 30;
/** … and the title starts with them. */
export const titlePrefixBoost = 20;
/** … and the title is nothing else. */
export const exactTitleBoost = 30;

/** A posting's title position when the word is not in the title. */
export const noTitlePosition = 255;

/** A posting's meta word: field mask in bits 0–5, title position in bits 8–15, title length (in words) in bits 16–23. */
export function titlePositionOf(meta: number): number {
  return (meta >>> 8) & 255;
}

export function titleLengthOf(meta: number): number {
  return (meta >>> 16) & 255;
}
