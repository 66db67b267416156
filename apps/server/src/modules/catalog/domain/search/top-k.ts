/**
 * The k best documents of a stream, by a numeric rank (higher is better) and a
 * tie-break, in a binary min-heap whose root is the worst kept: each further document
 * costs one comparison with the root unless it belongs in the top k. Sorting the whole
 * match set instead would cost n log n on broad queries.
 */
export class TopK {
  private ranks = new Float64Array(64);
  private docs = new Uint32Array(64);
  private size = 0;
  private limit = 0;
  /** > 0 when document a ranks before b at equal rank. */
  private tieBreak: (a: number, b: number) => number = (a, b) => a - b;

  reset(limit: number, tieBreak: (a: number, b: number) => number): void {
    this.limit = limit;
    this.size = 0;
    this.tieBreak = tieBreak;
    if (this.ranks.length < limit) {
      this.ranks = new Float64Array(limit);
      this.docs = new Uint32Array(limit);
    }
  }

  /** The rank a document must beat to enter, once full; -Infinity before. */
  get threshold(): number {
    return this.size < this.limit ? -Infinity : this.ranks[0]!;
  }

  offer(doc: number, rank: number): void {
    if (this.limit === 0) return;
    if (this.size < this.limit) {
      this.siftUp(this.size++, doc, rank);
      return;
    }
    const rootRank = this.ranks[0]!;
    if (rank < rootRank || (rank === rootRank && this.tieBreak(doc, this.docs[0]!) <= 0)) return;
    this.siftDown(doc, rank);
  }

  /** The kept documents, best first; empties the heap. */
  drain(): { docs: number[]; ranks: number[] } {
    const docs: number[] = new Array<number>(this.size);
    const ranks: number[] = new Array<number>(this.size);
    while (this.size > 0) {
      const last = --this.size;
      docs[last] = this.docs[0]!;
      ranks[last] = this.ranks[0]!;
      if (last > 0) this.siftDown(this.docs[last]!, this.ranks[last]!);
    }
    return { docs, ranks };
  }

  /** a is worse than b: lower rank, or equal rank and losing the tie-break. */
  private worse(rankA: number, docA: number, rankB: number, docB: number): boolean {
    return rankA < rankB || (rankA === rankB && this.tieBreak(docA, docB) < 0);
  }

  private siftUp(at: number, doc: number, rank: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(rank, doc, this.ranks[parent]!, this.docs[parent]!)) break;
      this.ranks[at] = this.ranks[parent]!;
      this.docs[at] = this.docs[parent]!;
      at = parent;
    }
    this.ranks[at] = rank;
    this.docs[at] = doc;
  }

  /** Puts (doc, rank) at the root and restores the heap over `size` entries. */
  private siftDown(doc: number, rank: number): void {
    const size = this.size;
    let at = 0;
    for (;;) {
      let child = at * 2 + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && this.worse(this.ranks[right]!, this.docs[right]!, this.ranks[child]!, this.docs[child]!)) child = right;
      if (!this.worse(this.ranks[child]!, this.docs[child]!, rank, doc)) break;
      this.ranks[at] = this.ranks[child]!;
      this.docs[at] = this.docs[child]!;
      at = child;
    }
    this.ranks[at] = rank;
    this.docs[at] = doc;
  }
}
