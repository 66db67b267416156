/**
 * Small integer ids for facet values (languages, series, contributors), so that
 * per-document columns are typed arrays and counting is array indexing. Id 0 means
 * "none"; ids are never reused, so a column written earlier stays valid.
 */
export class ValueDictionary {
  private readonly ids = new Map<string, number>();
  /** Index = id; entry 0 is the "none" placeholder. */
  readonly values: string[] = [''];

  /** The id of a value, creating it. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Number of ids including the "none" id 0: the length a per-id array needs. */
  get size(): number {
    return this.values.length;
  }
}
