import { damerauDistanceWithin } from './damerau-distance.ts';

/**
 * Near spellings of a word among the vocabulary, by symmetric deletion (SymSpell): a
 * word within k edits of another shares with it a string reachable by at most k
 * deletions from each. Each vocabulary word stores its deletions, so a lookup costs
 * a few dozen hash probes and a distance check per candidate instead of a scan.
 *
 * Only the first `prefixLength` letters are used, which bounds the deletions per word
 * (29 at most) and so the memory; candidates are then checked on the whole word.
 * Deletions are stored as 32-bit hashes, never as strings: a collision only adds a
 * candidate that the distance check drops.
 */
const prefixLength = 7;
/** Words shorter than this are never corrected, nor offered as corrections of longer ones. */
export const minTypoLength = 3;

/** The edits allowed for a query word of this length (issue 3: 1 from 4 letters, 2 from 8). */
export function maxEditsFor(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** A vocabulary word of this length can be within reach of a query word with this many edits. */
function storedEditsFor(length: number): number {
  // A 2-edit query word has ≥ 8 letters, so it reaches words of 6 and more.
  return length >= 6 ? 2 : 1;
}

export class TypoIndex {
  /** Term ids of every word given to `add`, in order. */
  private readonly words: number[] = [];
  /** How many of `words` the bucket table holds; the rest are in `recent`. */
  private built = 0;
  private bucketBits = 0;
  private bucketStart = new Uint32Array(1);
  private entryHash = new Uint32Array(0);
  private entryTerm = new Uint32Array(0);
  /** Deletion hash → term ids of words added since the last rebuild. */
  private recent = new Map<number, number[]>();
  private recentWords = 0;
  private readonly wordOf: (term: number) => string;

  constructor(wordOf: (term: number) => string) {
    this.wordOf = wordOf;
  }

  /** A new vocabulary word. Cheap: the tables are built on the next lookup. */
  add(term: number): void {
    this.words.push(term);
  }

  /**
   * Calls `found` for each vocabulary word other than `word` itself within
   * `maxEdits` (Damerau) of it, with the distance.
   */
  lookup(word: string, maxEdits: number, found: (term: number, distance: number) => void): void {
    if (maxEdits === 0) return;
    this.catchUp();
    const seen = new Set<number>();
    const check = (term: number): void => {
      if (seen.has(term)) return;
      seen.add(term);
      const candidate = this.wordOf(term);
      if (candidate === word) return;
      const distance = damerauDistanceWithin(word, candidate, maxEdits);
      if (distance <= maxEdits) found(term, distance);
    };
    forEachDeletionHash(word, maxEdits, (hash) => {
      const bucket = this.bucketBits === 0 ? 0 : hash >>> (32 - this.bucketBits);
      const end = this.bucketStart[bucket + 1]!;
      for (let i = this.bucketStart[bucket]!; i < end; i++) {
        if (this.entryHash[i] === hash) check(this.entryTerm[i]!);
      }
      const recent = this.recent.get(hash);
      if (recent !== undefined) for (const term of recent) check(term);
    });
  }

  /** Builds now what the next lookup would (after a bulk load, before serving). */
  prepare(): void {
    this.catchUp();
  }

  get entryCount(): number {
    return this.entryHash.length;
  }

  /**
   * Words added since the last lookup go to the small `recent` map; when that grows
   * past an eighth of the table the table is rebuilt, so updates stay cheap and the
   * rebuild cost is spread over many of them.
   */
  private catchUp(): void {
    const pending = this.words.length - this.built - this.recentWords;
    if (pending === 0) return;
    if (this.recentWords + pending > Math.max(4096, this.built / 8)) {
      this.rebuild();
      return;
    }
    for (let i = this.built + this.recentWords; i < this.words.length; i++) {
      const term = this.words[i]!;
      const word = this.wordOf(term);
      forEachDeletionHash(word, storedEditsFor(word.length), (hash) => {
        const terms = this.recent.get(hash);
        if (terms === undefined) this.recent.set(hash, [term]);
        else if (terms[terms.length - 1] !== term) terms.push(term);
      });
    }
    this.recentWords += pending;
  }

  /** Hash table in compressed rows: a counting pass, then a filling pass. */
  private rebuild(): void {
    let hashes = new Uint32Array(this.words.length * 8 + 16);
    let terms = new Uint32Array(hashes.length);
    let count = 0;
    for (const term of this.words) {
      const word = this.wordOf(term);
      forEachDeletionHash(word, storedEditsFor(word.length), (hash) => {
        if (count === hashes.length) {
          const moreHashes = new Uint32Array(hashes.length * 2);
          moreHashes.set(hashes);
          hashes = moreHashes;
          const moreTerms = new Uint32Array(terms.length * 2);
          moreTerms.set(terms);
          terms = moreTerms;
        }
        hashes[count] = hash;
        terms[count] = term;
        count++;
      });
    }
    // About four entries a bucket.
    const bits = Math.max(4, Math.min(24, Math.ceil(Math.log2(count / 4 + 1))));
    const start = new Uint32Array((1 << bits) + 1);
    for (let i = 0; i < count; i++) start[(hashes[i]! >>> (32 - bits)) + 1]!++;
    for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
    const fill = start.slice(0, 1 << bits);
    const entryHash = new Uint32Array(count);
    const entryTerm = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const slot = fill[hashes[i]! >>> (32 - bits)]!++;
      entryHash[slot] = hashes[i]!;
      entryTerm[slot] = terms[i]!;
    }
    this.bucketBits = bits;
    this.bucketStart = start;
    this.entryHash = entryHash;
    this.entryTerm = entryTerm;
    this.built = this.words.length;
    this.recent = new Map();
    this.recentWords = 0;
  }
}

/** FNV-1a of the word's prefix without the letters at `skipA` and `skipB`. */
function hashWithout(word: string, length: number, skipA: number, skipB: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    if (i === skipA || i === skipB) continue;
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function forEachDeletionHash(word: string, edits: number, visit: (hash: number) => void): void {
  const length = Math.min(word.length, prefixLength);
  visit(hashWithout(word, length, -1, -1));
  for (let a = 0; a < length; a++) {
    // Deleting either of two equal neighbours gives the same string: hash it once.
    if (a > 0 && word.charCodeAt(a) === word.charCodeAt(a - 1)) continue;
    visit(hashWithout(word, length, a, -1));
    if (edits < 2) continue;
    for (let b = a + 1; b < length; b++) {
      if (b > a + 1 && word.charCodeAt(b) === word.charCodeAt(b - 1)) continue;
      visit(hashWithout(word, length, a, b));
    }
  }
}
