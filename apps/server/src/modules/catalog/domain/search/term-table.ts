/**
 * String → id for the vocabulary, as open addressing over an Int32Array with the
 * strings' FNV-1a hashes kept beside. Looking up freshly split words (strings V8 has
 * not hashed yet) in a Map of a few hundred thousand entries was the largest single
 * cost of indexing; this is about twice as fast and holds no per-entry objects.
 */
export class TermTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Uint32Array(1024);
  private mask = (1 << 12) - 1;
  private readonly texts: string[];

  /** `texts`: the strings by id, owned by the caller, who appends each new one. */
  constructor(texts: string[]) {
    this.texts = texts;
  }

  /** The id of `text`, or -1. */
  get(text: string): number {
    return this.slots[this.find(text, hashOf(text))]!;
  }

  /** Records `id` (the caller's next id) for `text`, which must not be present. */
  add(text: string, id: number): void {
    const hash = hashOf(text);
    if (id >= this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.slots[this.find(text, hash)] = id;
  }

  private find(text: string, hash: number): number {
    const { slots, hashes, texts, mask } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slots[slot]!;
      if (id === -1 || (hashes[id] === hash && texts[id] === text)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (const id of this.slots) {
      if (id === -1) continue;
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Spread the low bits, which pick the slot.
  hash ^= hash >>> 15;
  return hash >>> 0;
}
