import { grownTo } from './grow-array.ts';
import { ListArena, packLists } from './list-arena.ts';

const emptyList = new Uint32Array(0);

/**
 * The documents holding each value of a facet (form "ebook", language "nob" …), in
 * id order. A browse with filters scans the smallest selected list instead of
 * every document.
 */
export class DocLists {
  private lists: Uint32Array[] = [];
  private lengths = new Uint32Array(16);
  private arena = new ListArena();

  add(value: number, doc: number): void {
    if (value >= this.lists.length) {
      while (this.lists.length <= value) this.lists.push(emptyList);
      this.lengths = grownTo(this.lengths, value + 1);
    }
    const length = this.lengths[value]!;
    let list = this.lists[value]!;
    if (list.length === length) this.lists[value] = list = this.arena.grow(list, length, Math.max(4, length * 2));
    list[length] = doc;
    this.lengths[value] = length + 1;
  }

  /** The documents with the value (dead ones included until compaction) and how many. */
  list(value: number): Uint32Array {
    return this.lists[value] ?? emptyList;
  }

  length(value: number): number {
    return value < this.lists.length ? this.lengths[value]! : 0;
  }

  compact(newIdOf: Int32Array): void {
    for (let value = 0; value < this.lists.length; value++) {
      const list = this.lists[value]!;
      const length = this.lengths[value]!;
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const doc = newIdOf[list[i]!]!;
        if (doc >= 0) list[kept++] = doc;
      }
      this.lengths[value] = kept;
    }
    packLists(this.lists, (value) => this.lengths[value]!);
    this.arena = new ListArena();
  }

  get capacityBytes(): number {
    let words = this.arena.allocatedWords;
    for (let value = 0; value < this.lists.length; value++) words += this.lengths[value]!;
    return words * 4;
  }
}
