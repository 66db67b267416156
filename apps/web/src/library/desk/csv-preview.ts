/**
 * A look at a borrower or item file before it is sent: its first rows split into the
 * columns the import expects, and the lines that have too few or too many. The server does
 * the real reading and answers for every line; this only lets the admin see at once that
 * they chose the right file, the right separator and the right order of columns. It reads
 * the file as the import does: semicolons, cells trimmed and unquoted, a header only on
 * the first line.
 */
export interface CsvPreview {
  /** True when the first line names the columns (the import skips it). */
  hasHeader: boolean;
  /** The first rows after the header, each with its line number in the file. */
  rows: { line: number; cells: string[] }[];
  /** Data lines in the file, without the header and blank lines. */
  total: number;
  /** Lines (1-based) whose number of cells is not the number of columns. */
  wrongWidth: number[];
}

const PREVIEW_ROWS = 5;

/** `header` recognises the first cell of a header line (the import's own words, in any of its languages). */
export function csvPreview(text: string, columns: number, header: RegExp, previewRows = PREVIEW_ROWS): CsvPreview {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: CsvPreview['rows'] = [];
  const wrongWidth: number[] = [];
  let hasHeader = false;
  let total = 0;
  lines.forEach((line, index) => {
    const cells = splitLine(line);
    if (cells.every((cell) => cell === '')) return;
    if (index === 0 && header.test(cells[0] ?? '')) {
      hasHeader = true;
      return;
    }
    total += 1;
    if (cells.length !== columns) wrongWidth.push(index + 1);
    if (rows.length < previewRows) rows.push({ line: index + 1, cells });
  });
  return { hasHeader, rows, total, wrongWidth };
}

/** Cells separated by semicolons, each trimmed, quotes around a whole cell removed. */
export function splitLine(line: string): string[] {
  return line.split(';').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
