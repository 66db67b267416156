/**
 * A small seeded random source for generated catalogues. Math.random cannot be seeded, and
 * the same seed must give the same catalogue on every machine (tests, benchmarks, demo
 * data), so this is mulberry32: 32 bits of state, fast, and good enough for test data.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * An item where the first ones are the most common (Zipf, exponent 1): rank r comes up
   * about 1/r as often as the first. Word lists are ordered from common to rare, so
   * some words are in many titles and others in few, as in a real catalogue.
   */
  zipf<T>(items: readonly T[]): T;
  /** A Zipf-distributed index in [0, n): 0 is the most common. */
  zipfIndex(n: number): number;
  /** Index `i` with probability weights[i] / sum(weights). */
  weighted(weights: readonly number[]): number;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  // Inverse of the continuous 1/x distribution on [1, n + 1): no table, no search.
  const zipfIndex = (n: number): number => Math.min(Math.floor(Math.exp(next() * Math.log(n + 1))) - 1, n - 1);
  return {
    next,
    below,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[below(items.length)] as T,
    zipf: <T>(items: readonly T[]): T => items[zipfIndex(items.length)] as T,
    zipfIndex,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i] as number;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

/** Mixes two numbers into a seed, so parts of a generator can have streams of their own. */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
