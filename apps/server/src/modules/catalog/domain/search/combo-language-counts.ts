/**
 * Live documents per (combo, language), kept current on every change. A browse that
 * filters on combo facets and languages only (no series, no text) then gets its counts
 * for those six facets, and its total, from this table alone, without visiting a
 * document: the disjunctive rule applies to table cells as it would to documents.
 */
export class ComboLanguageCounts {
  /** cells[combo * width + language]. */
  cells: Uint32Array;
  /** Languages per row: a power of two that doubles as languages appear. */
  width = 8;

  constructor(combos: number) {
    this.cells = new Uint32Array(combos * this.width);
  }

  change(combo: number, language: number, by: number): void {
    if (language >= this.width) this.widen(language + 1);
    this.cells[combo * this.width + language]! += by;
  }

  private widen(languages: number): void {
    let width = this.width;
    while (width < languages) width *= 2;
    const combos = this.cells.length / this.width;
    const cells = new Uint32Array(combos * width);
    for (let combo = 0; combo < combos; combo++) {
      cells.set(this.cells.subarray(combo * this.width, (combo + 1) * this.width), combo * width);
    }
    this.cells = cells;
    this.width = width;
  }
}
