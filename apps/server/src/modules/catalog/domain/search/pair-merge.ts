import { combinedCode, weightIndexOf } from './match-codes.ts';
import { matchWeights } from './match-weights.ts';

/** Runs shorter than this are copied pair by pair: a block copy's view costs an allocation. */
const blockRun = 16;

/**
 * Merges two lists of [document, one-word code] pairs (`match-codes.ts`), ascending by
 * document, into `out`; returns the number of pairs written. `a` holds the earlier
 * variants: a document in both keeps a's title position, and the kind and mask of the
 * side with the higher weight (a's on a tie). A tag is or-ed into each side's codes (the
 * kind of a raw posting list, else 0).
 *
 * A run of one list's documents before the other's next is found by galloping and
 * copied as a block: a short list merges into a long one at little more than a copy.
 */
export function mergePairs(a: Uint32Array, aCount: number, aTag: number, b: Uint32Array, bCount: number, bTag: number, out: Uint32Array): number {
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < aCount && j < bCount) {
    const docA = a[i * 2]!;
    const docB = b[j * 2]!;
    if (docA < docB) {
      const end = seek(a, aCount, i + 1, docB);
      o = copyRun(a, i, end, aTag, out, o);
      i = end;
    } else if (docB < docA) {
      const end = seek(b, bCount, j + 1, docA);
      o = copyRun(b, j, end, bTag, out, o);
      j = end;
    } else {
      const codeA = a[i * 2 + 1]! | aTag;
      const codeB = b[j * 2 + 1]! | bTag;
      out[o * 2] = docA;
      // Ties keep a's weight: the same number either way.
      out[o * 2 + 1] = matchWeights[weightIndexOf(codeB)]! > matchWeights[weightIndexOf(codeA)]! ? combinedCode(codeA, codeB) : codeA;
      o++;
      i++;
      j++;
    }
  }
  o = copyRun(a, i, aCount, aTag, out, o);
  return copyRun(b, j, bCount, bTag, out, o);
}

/** Copies pairs [from, end) of `source` to `out` at pair `at`, or-ing `tag` into the codes; returns the next free pair. */
function copyRun(source: Uint32Array, from: number, end: number, tag: number, out: Uint32Array, at: number): number {
  if (tag === 0 && end - from >= blockRun) {
    out.set(source.subarray(from * 2, end * 2), at * 2);
    return at + end - from;
  }
  for (let i = from; i < end; i++) {
    out[at * 2] = source[i * 2]!;
    out[at * 2 + 1] = source[i * 2 + 1]! | tag;
    at++;
  }
  return at;
}

/** The first pair index ≥ `from` whose document is ≥ `doc`: exponential, then binary search. */
export function seek(list: Uint32Array, length: number, from: number, doc: number): number {
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
