/**
 * Numeric prefixes of folded texts that sort like the texts, so that top-k selection,
 * radix sorts and binary searches compare numbers and fall back to the strings only
 * on ties.
 *
 * Letters rank in Norwegian order (digits, a–z, then æ ø å); any other character ranks
 * after them, among themselves by code point. A key packs the ranks of 9 characters
 * into the 53 bits a double holds exactly, "end of text" ranking first so that "harry"
 * sorts before "harry potter"; a second key holds the next 9. A key stops at the first
 * "other" character (the rest counts as ended): those share one rank, so what follows
 * must not decide the order, the strings do. Keys therefore never contradict the
 * texts' order; equal keys leave it to the texts.
 */

const otherRank = 41;
const base = 42;
/** Characters per key: 42^9 < 2^53. */
const keyLength = 9;

function rankOf(code: number): number {
  if (code === 0x20) return 1;
  if (code >= 0x30 && code <= 0x39) return 2 + code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return 12 + code - 0x61;
  if (code === 0xe6) return 38; // æ
  if (code === 0xf8) return 39; // ø
  if (code === 0xe5) return 40; // å
  return otherRank;
}

/** Packs character ranks into the two keys. */
class KeyWriter {
  first = 0;
  second = 0;
  private written = 0;
  private stopped = false;

  /** Starts over (one writer is reused rather than one made per key). */
  reset(): this {
    this.first = 0;
    this.second = 0;
    this.written = 0;
    this.stopped = false;
    return this;
  }

  push(code: number): void {
    if (this.stopped || this.written === 2 * keyLength) return;
    const rank = rankOf(code);
    if (this.written < keyLength) this.first = this.first * base + rank;
    else this.second = this.second * base + rank;
    this.written++;
    if (rank === otherRank) this.stopped = true;
  }

  get full(): boolean {
    return this.stopped || this.written === 2 * keyLength;
  }

  /** The keys, padded with `rank` ("end of text" unless told). */
  finish(rank = 0): [number, number] {
    for (let i = this.written; i < 2 * keyLength; i++) {
      if (i < keyLength) this.first = this.first * base + rank;
      else this.second = this.second * base + rank;
    }
    return [this.first, this.second];
  }
}

const sharedWriter = new KeyWriter();

/** The two keys of `text` from `offset` on. */
export function sortKeysOf(text: string, offset = 0): [number, number] {
  const writer = sharedWriter.reset();
  for (let at = offset; at < text.length && !writer.full; at++) writer.push(text.charCodeAt(at));
  return writer.finish();
}

/**
 * The keys of a title's suggestion text (see `suggestionText`) straight from its folded
 * words, without building the string: apostrophes dropped, æ ø å spelt ae o aa.
 */
export function suggestionKeysOfWords(words: readonly string[]): [number, number] {
  writeWords(words, true);
  return sharedWriter.finish();
}

/** The first key of a title's sort text (its folded words, apostrophes dropped, one space apart). */
export function titleSortKeyOfWords(words: readonly string[]): number {
  writeWords(words, false);
  return sharedWriter.finish()[0];
}

function writeWords(words: readonly string[], asciiFallbacks: boolean): void {
  const writer = sharedWriter.reset();
  for (let w = 0; w < words.length && !writer.full; w++) {
    if (w > 0) writer.push(0x20);
    const word = words[w]!;
    for (let i = 0; i < word.length && !writer.full; i++) {
      const code = word.charCodeAt(i);
      if (code === 0x27) continue; // '
      if (!asciiFallbacks) {
        writer.push(code);
      } else if (code === 0xe6) {
        writer.push(0x61);
        writer.push(0x65);
      } else if (code === 0xf8) {
        writer.push(0x6f);
      } else if (code === 0xe5) {
        writer.push(0x61);
        writer.push(0x61);
      } else {
        writer.push(code);
      }
    }
  }
}

/**
 * The keys between which every text starting with `prefix` lies, inclusive:
 * (low, low2) ≤ (key, key2) ≤ (high, high2). Exact when the prefix has at most 18
 * characters and none "other"; otherwise a superset to narrow by the texts.
 */
export function sortKeyRangeOf(prefix: string): { low: [number, number]; high: [number, number]; exact: boolean } {
  const low = new KeyWriter();
  const high = new KeyWriter();
  let lumped = false;
  for (let at = 0; at < prefix.length && !low.full; at++) {
    const code = prefix.charCodeAt(at);
    low.push(code);
    high.push(code);
    lumped ||= rankOf(code) === otherRank;
  }
  // A text continuing the prefix may have any ranks after it (unless its key stopped within it).
  return { low: low.finish(), high: high.finish(lumped ? 0 : otherRank), exact: !lumped && prefix.length <= 2 * keyLength };
}

/** Compares `a` from `offsetA` with `b` from `offsetB` in the keys' order. */
export function compareSortText(a: string, offsetA: number, b: string, offsetB: number): number {
  const lengthA = a.length - offsetA;
  const lengthB = b.length - offsetB;
  const length = Math.min(lengthA, lengthB);
  for (let i = 0; i < length; i++) {
    const codeA = a.charCodeAt(offsetA + i);
    const codeB = b.charCodeAt(offsetB + i);
    if (codeA === codeB) continue;
    const difference = rankOf(codeA) - rankOf(codeB);
    return difference !== 0 ? difference : codeA - codeB;
  }
  return lengthA - lengthB;
}
