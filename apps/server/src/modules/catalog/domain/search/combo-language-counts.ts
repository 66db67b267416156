/**
 * Live documents per (combo, language), kept current on every change. A browse that
 * filters on combo facets and languages only (no series, no text) then gets its counts
 * for those six facets, and its total, from this table alone, without visiting a
 * document: the disjunctive rule applies to table cells as it would to documents.
 * Rows and columns grow as combos (year slots) and languages appear.
 */
export class ComboLanguageCounts {
  /** cells[combo * width + language]. */
  cells = new Uint32Array(96 * 8 * 8);
  /** Languages per row: a power of two that doubles as languages appear. */
  width = 8;

  change(combo: number, language: number, by: number): void {
    if (language >= this.width || (combo + 1) * this.width > this.cells.length) this.grow(combo + 1, language + 1);
    this.cells[combo * this.width + language]! += by;
  }

  private grow(combos: number, languages: number): void {
    let width = this.width;
    while (width < languages) width *= 2;
    let rows = this.cells.length / this.width;
    while (rows < combos) rows *= 2;
    const cells = new Uint32Array(rows * width);
    const oldRows = this.cells.length / this.width;
    for (let combo = 0; combo < oldRows; combo++) {
      cells.set(this.cells.subarray(combo * this.width, (combo + 1) * this.width), combo * width);
    }
    this.cells = cells;
    this.width = width;
  }
}
