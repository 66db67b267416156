/**
 * Key → id as open addressing over one Int32Array of [hash, id + 1] pairs, the keys
 * themselves kept by the caller by id. A probe reads hash and id from one cache line
 * and looks at the key only when the hashes agree; no object per entry, which matters
 * twice over at a million entries: lookups of fresh strings cost about half of a Map's,
 * and the garbage collector has nothing to trace.
 *
 * Used for the vocabulary (term → term id), product keys (key → document) and ISBNs
 * (the ISBN as a number → document).
 */
const empty = 0;
const deleted = -1;

export class KeyTable<K extends string | number> {
  /** slots[2i] = hash, slots[2i + 1] = id + 1, 0 = empty, -1 = deleted. */
  private slots = new Int32Array(2 << 10);
  private mask = (1 << 10) - 1;
  /** Occupied slots, deleted ones included (they lengthen probes until a rebuild). */
  private used = 0;
  private readonly strings: (id: number) => K | undefined;
  private readonly hashOf: (key: K) => number;

  /** `keyOf`: the key of an id, owned by the caller. */
  constructor(keyOf: (id: number) => K | undefined, hashOf: (key: K) => number) {
    this.strings = keyOf;
    this.hashOf = hashOf;
  }

  /** The id of `text`, or -1. */
  get(text: K): number {
    const id = this.slots[this.find(text, this.hashOf(text)) * 2 + 1]!;
    return id > 0 ? id - 1 : -1;
  }

  /** Records `id` for `text`, adding it or replacing its id. */
  set(text: K, id: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.rehash();
    const hash = this.hashOf(text);
    const slot = this.find(text, hash);
    if (this.slots[slot * 2 + 1] === empty) this.used++;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = id + 1;
  }

  delete(text: K): void {
    const slot = this.find(text, this.hashOf(text));
    if (this.slots[slot * 2 + 1]! > 0) this.slots[slot * 2 + 1] = deleted;
  }

  /** Starts over with the given ids (after their strings were renumbered). */
  reset(ids: Iterable<number>): void {
    this.slots = new Int32Array(2 << 10);
    this.mask = (1 << 10) - 1;
    this.used = 0;
    for (const id of ids) this.set(this.strings(id)!, id);
  }

  /** The slot holding `text`, or the empty slot where it would go. */
  private find(text: K, hash: number): number {
    const { slots, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slots[slot * 2 + 1]!;
      if (id === empty || (id > 0 && slots[slot * 2] === hash && this.strings(id - 1) === text)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the table (or keeps its size when deleted slots make most of the load), dropping deleted slots. */
  private rehash(): void {
    const old = this.slots;
    let live = 0;
    for (let i = 1; i < old.length; i += 2) if (old[i]! > 0) live++;
    let size = this.mask + 1;
    while ((live + 1) * 2 > size) size *= 2;
    if ((live + 1) * 4 > size) size *= 2;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1]! <= 0) continue;
      let slot = old[i]! & mask;
      while (slots[slot * 2 + 1] !== empty) slot = (slot + 1) & mask;
      slots[slot * 2] = old[i]!;
      slots[slot * 2 + 1] = old[i + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
    this.used = live;
  }
}

/** FNV-1a over the characters. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Spread the high bits into the low ones, which pick the slot.
  return hash ^ (hash >>> 15);
}

/** A mix of the two 32-bit halves of an integer below 2^53. */
export function hashNumber(value: number): number {
  const high = Math.floor(value / 2 ** 32);
  let hash = Math.imul((value >>> 0) ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
