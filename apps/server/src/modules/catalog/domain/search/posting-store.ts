import { grownTo } from './grow-array.ts';
import { ListArena, packLists } from './list-arena.ts';
import { hashString, KeyTable } from './key-table.ts';

const emptyList = new Uint32Array(0);
/** Pending postings per chunk (three words each): chunks, not one doubling array, so a bulk load never copies them. */
const chunkPostings = 1 << 18;

/**
 * The term dictionary and its posting lists. A posting is two 32-bit words,
 * [document, fieldMask | titlePosition << 8], and a list is sorted by document
 * because documents only ever get new, higher ids (an update is a removal plus an
 * insertion), so appending keeps the order that intersection relies on.
 *
 * New postings wait in a flat buffer until `flush` (before any read). A bulk load thus
 * writes each posting once, sequentially, and the lists are then built in one counting
 * pass, exactly sized; appending to a hundred thousand growing lists one posting at a
 * time cost a cache miss or three per posting. Few pending postings (updates between
 * searches) are appended to their lists directly.
 */
export class PostingStore {
  /** Index = term id. */
  readonly texts: string[] = [];
  private readonly ids = new KeyTable((term) => this.texts[term], hashString);
  /** Index = term id; interleaved [doc, meta] pairs, capacity beyond `lengths`. Valid after `flush`. */
  lists: Uint32Array[] = [];
  /** Number of postings per term (dead documents included until compaction). Valid after `flush`. */
  lengths = new Uint32Array(1024);
  /** Postings in the lists (not counting pending ones). */
  postingCount = 0;
  private arena = new ListArena();
  private packedWords = 0;
  private pending: Uint32Array[] = [];
  private pendingCount = 0;

  idOf(text: string): number | undefined {
    const id = this.ids.get(text);
    return id === -1 ? undefined : id;
  }

  /** The term's id, creating the term (ids are handed out in order: a new term's id is the old `termCount`). */
  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === -1) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
      this.lists.push(emptyList);
      this.lengths = grownTo(this.lengths, id + 1);
    }
    return id;
  }

  get termCount(): number {
    return this.texts.length;
  }

  /** Adds a posting; documents must come in increasing order. */
  add(term: number, doc: number, meta: number): void {
    const chunk = Math.floor(this.pendingCount / chunkPostings);
    if (chunk === this.pending.length) this.pending.push(new Uint32Array(chunkPostings * 3));
    const at = (this.pendingCount % chunkPostings) * 3;
    const words = this.pending[chunk]!;
    words[at] = term;
    words[at + 1] = doc;
    words[at + 2] = meta;
    this.pendingCount++;
  }

  /** Moves pending postings into the lists. */
  flush(): void {
    if (this.pendingCount === 0) return;
    // Rebuilding every list costs all postings: worth it once the pending ones are a good share.
    if (this.pendingCount * 4 >= this.postingCount) this.rebuild();
    else this.appendPending();
    this.pendingCount = 0;
    this.pending.length = Math.min(this.pending.length, 1);
  }

  /**
   * Drops postings of documents mapped to -1 and renumbers the rest. The mapping
   * keeps order, so lists stay sorted. The lists are then packed without spare room.
   */
  compact(newIdOf: Int32Array): void {
    this.flush();
    for (let term = 0; term < this.lists.length; term++) {
      const list = this.lists[term]!;
      const length = this.lengths[term]!;
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const doc = newIdOf[list[i * 2]!]!;
        if (doc < 0) continue;
        list[kept * 2] = doc;
        list[kept * 2 + 1] = list[i * 2 + 1]!;
        kept++;
      }
      this.lengths[term] = kept;
    }
    this.trim();
  }

  /** Packs every list into one buffer without spare capacity. */
  trim(): void {
    this.flush();
    this.packedWords = packLists(this.lists, (term) => this.lengths[term]! * 2);
    this.postingCount = this.packedWords / 2;
    this.arena = new ListArena();
  }

  /** Whether the term's list holds the document: binary search, for checks on a few hits. */
  contains(term: number, doc: number): boolean {
    const list = this.lists[term]!;
    let low = 0;
    let high = this.lengths[term]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = list[middle * 2]!;
      if (value === doc) return true;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Bytes held by posting lists (packed, in the arena and pending), for memory reports. */
  get capacityBytes(): number {
    return (this.packedWords + this.arena.allocatedWords + this.pending.length * chunkPostings * 3) * 4;
  }

  private append(term: number, doc: number, meta: number): void {
    const length = this.lengths[term]!;
    let list = this.lists[term]!;
    if (list.length < (length + 1) * 2) {
      // Start small (most terms of a catalogue occur in one or two documents), then double.
      this.lists[term] = list = this.arena.grow(list, length * 2, Math.max(4, list.length * 2));
    }
    list[length * 2] = doc;
    list[length * 2 + 1] = meta;
    this.lengths[term] = length + 1;
    this.postingCount++;
  }

  /** Every list, old postings then pending ones, laid out anew in one buffer by a counting pass. */
  private rebuild(): void {
    const terms = this.texts.length;
    const lengths = this.lengths;
    const total = this.postingCount + this.pendingCount;
    const packed = new Uint32Array(total * 2);
    const next = new Uint32Array(terms);
    const added = new Uint32Array(terms);
    for (let chunk = 0; chunk * chunkPostings < this.pendingCount; chunk++) {
      const words = this.pending[chunk]!;
      const end = Math.min(chunkPostings, this.pendingCount - chunk * chunkPostings) * 3;
      for (let i = 0; i < end; i += 3) added[words[i]!]!++;
    }
    let at = 0;
    for (let term = 0; term < terms; term++) {
      const used = lengths[term]! * 2;
      packed.set(this.lists[term]!.subarray(0, used), at);
      next[term] = at + used;
      const size = used + added[term]! * 2;
      this.lists[term] = size === 0 ? emptyList : packed.subarray(at, at + size);
      lengths[term] = size / 2;
      at += size;
    }
    for (let chunk = 0; chunk * chunkPostings < this.pendingCount; chunk++) {
      const words = this.pending[chunk]!;
      const end = Math.min(chunkPostings, this.pendingCount - chunk * chunkPostings) * 3;
      for (let i = 0; i < end; i += 3) {
        const term = words[i]!;
        const position = next[term]!;
        packed[position] = words[i + 1]!;
        packed[position + 1] = words[i + 2]!;
        next[term] = position + 2;
      }
    }
    this.packedWords = total * 2;
    this.postingCount = total;
    this.arena = new ListArena();
  }

  private appendPending(): void {
    for (let chunk = 0; chunk * chunkPostings < this.pendingCount; chunk++) {
      const words = this.pending[chunk]!;
      const end = Math.min(chunkPostings, this.pendingCount - chunk * chunkPostings) * 3;
      for (let i = 0; i < end; i += 3) this.append(words[i]!, words[i + 1]!, words[i + 2]!);
    }
  }
}
