/**
 * Memory for many growing Uint32 lists (posting lists, per-value document lists)
 * carved out of large shared buffers. Giving each list its own ArrayBuffer and
 * replacing it on every doubling made a bulk load spend a fifth of its time in the
 * garbage collector (ArrayBuffers are external memory, each one tracked); here a list
 * that grows takes a block of the next power-of-two size from the current slab, and its
 * old block goes to a free list for the next list that grows to that size.
 */
/** Slabs start small (an index of a few products should not take megabytes) and double up to 16 MB. */
const firstSlabWords = 1 << 10;
const maxSlabWords = 1 << 22;
const minBlock = 4;

export class ListArena {
  private slab = new Uint32Array(0);
  private slabUsed = 0;
  /** Free blocks by log2 of their size. */
  private readonly free: Uint32Array[][] = [];
  /** Words in slabs and large blocks, for memory reports. */
  allocatedWords = 0;

  /** A block of at least `words` words (a power of two, at least 4). */
  allocate(words: number): Uint32Array {
    let size = minBlock;
    let sizeClass = 2;
    while (size < words) {
      size *= 2;
      sizeClass++;
    }
    const reused = this.free[sizeClass]?.pop();
    if (reused !== undefined) return reused;
    if (size > maxSlabWords / 4) {
      this.allocatedWords += size;
      return new Uint32Array(size);
    }
    if (this.slabUsed + size > this.slab.length) {
      const words = Math.max(size, Math.min(maxSlabWords, Math.max(firstSlabWords, this.slab.length * 2)));
      this.slab = new Uint32Array(words);
      this.slabUsed = 0;
      this.allocatedWords += words;
    }
    const block = this.slab.subarray(this.slabUsed, this.slabUsed + size);
    this.slabUsed += size;
    return block;
  }

  /** Gives back a block from `allocate`; blocks of other sizes (packed lists) are simply dropped. */
  release(block: Uint32Array): void {
    const size = block.length;
    if (size < minBlock || (size & (size - 1)) !== 0) return;
    const sizeClass = Math.log2(size);
    (this.free[sizeClass] ??= []).push(block);
  }

  /** A block grown to hold at least `words` words, with the first `used` words copied. */
  grow(block: Uint32Array, used: number, words: number): Uint32Array {
    const grown = this.allocate(words);
    grown.set(block.subarray(0, used));
    this.release(block);
    return grown;
  }
}

/**
 * Copies lists into one buffer each exactly as long as its content: after a bulk load
 * or a compaction, when the spare capacity of doubling is no longer needed. Lists that
 * grow afterwards move to the arena.
 */
export function packLists(lists: Uint32Array[], used: (index: number) => number): number {
  let total = 0;
  for (let i = 0; i < lists.length; i++) total += used(i);
  const packed = new Uint32Array(total);
  let at = 0;
  for (let i = 0; i < lists.length; i++) {
    const length = used(i);
    packed.set(lists[i]!.subarray(0, length), at);
    lists[i] = packed.subarray(at, at + length);
    at += length;
  }
  return total;
}
