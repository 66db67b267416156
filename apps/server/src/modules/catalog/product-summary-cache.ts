import type { ProductSummaryRow } from './products.repo.ts';

/**
 * The products of recent search pages by id, so that a page asked again needs no database
 * read (ADR 11). It is exactly as fresh as this process's search index: the index's
 * follower forgets a product when it applies the product's change, and rows read while
 * any change was being applied are shown but not kept, since they may predate it.
 */
export class ProductSummaryCache {
  private readonly capacity: number;
  private readonly entries = new Map<string, ProductSummaryRow>();
  /** Counts the changes applied, so that a read can tell whether one happened meanwhile. */
  private changes = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The product changed (or the index saw it for the first time): its kept row, if any, is stale. */
  forget(id: string): void {
    this.entries.delete(id);
    this.changes += 1;
  }

  /** The rows of these ids, from memory where kept, the rest through `load` in one call; in no particular order. */
  async read(ids: readonly string[], load: (missing: string[]) => Promise<ProductSummaryRow[]>): Promise<ProductSummaryRow[]> {
    const rows: ProductSummaryRow[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.entries.get(id);
      if (row === undefined) {
        missing.push(id);
        continue;
      }
      // Map keeps insertion order: re-inserting marks the row most recently used.
      this.entries.delete(id);
      this.entries.set(id, row);
      rows.push(row);
    }
    if (missing.length === 0) return rows;
    const changesBefore = this.changes;
    const loaded = await load(missing);
    if (this.changes === changesBefore) for (const row of loaded) this.keep(row);
    return rows.concat(loaded);
  }

  private keep(row: ProductSummaryRow): void {
    if (this.capacity === 0) return;
    this.entries.set(row.id, row);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
