import type { SearchResult } from './search-types.ts';

/**
 * Recent results by query, valid for one index revision: the same page asked again
 * (a second visitor, back and forth between pages of facets) costs a map lookup.
 * Any change to the index empties it.
 */
export class ResultCache {
  private readonly capacity: number;
  private revision = -1;
  private readonly entries = new Map<string, SearchResult>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string, revision: number): SearchResult | undefined {
    if (revision !== this.revision) return undefined;
    const result = this.entries.get(key);
    if (result !== undefined) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, result);
    }
    return result;
  }

  set(key: string, revision: number, result: SearchResult): void {
    if (this.capacity === 0) return;
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
