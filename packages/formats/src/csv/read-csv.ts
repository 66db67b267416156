import { TextDecoder } from 'node:util';
import { Parser, type CsvError } from 'csv-parse';

/** One record of the file: its fields, and the line it starts on (1 is the header). */
export type CsvRow = { line: number; fields: string[] };

/** The file cannot be read as CSV at all (not UTF-8, a quote never closed …). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  readonly line: number;

  constructor(line: number, problem: string) {
    super(`The CSV file is broken at line ${line}: ${problem}`);
    this.line = line;
  }
}

/**
 * Reads a UTF-8 CSV file (RFC 4180 quoting; a BOM is dropped) as it streams in, yielding
 * the header row first and then each non-empty record with the line it starts on. The
 * delimiter is the header's: a semicolon when it has more semicolons than commas (what
 * spreadsheet programs write where the decimal separator is a comma), else a comma.
 * Rows may have more or fewer fields than the header: that is for the caller to judge.
 * Throws CsvSyntaxError after yielding every row before the fault.
 */
export async function* readCsv(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parser: RowParser | null = null;
  const decode = (chunk?: Uint8Array | string): string => {
    try {
      return typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw new CsvSyntaxError(parser?.line ?? 1, 'it is not UTF-8 text; save it as "CSV UTF-8"');
    }
  };
  // Text held back until the header line is complete: the delimiter is judged on all of it.
  let head = '';
  for await (const chunk of source) {
    let text = decode(chunk);
    if (parser === null) {
      head += text;
      if (!/[\r\n]/.test(head)) continue;
      parser = new RowParser(delimiterOf(head));
      text = head;
    }
    yield* parser.write(text);
    parser.throwIfFailed();
  }
  const tail = decode();
  if (parser === null) {
    parser = new RowParser(delimiterOf(head));
    yield* parser.write(head + tail);
  } else {
    yield* parser.write(tail);
  }
  parser.throwIfFailed();
  yield* await parser.end();
  parser.throwIfFailed();
  if (parser.rowCount === 0) throw new CsvSyntaxError(1, 'the file is empty; a header row is needed');
}

function delimiterOf(head: string): ',' | ';' {
  const firstLine = head.replace(/^\uFEFF/, '').split(/[\r\n]/, 1)[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** csv-parse driven by hand, so rows are handed out as each chunk is parsed and memory stays flat. */
class RowParser {
  private readonly parser: Parser;
  private failure: CsvError | null = null;
  private crlfDrift = 0;
  private lastEnd = 0;
  rowCount = 0;

  constructor(delimiter: string) {
    this.parser = new Parser({
      bom: true,
      delimiter,
      // Files edited on several systems mix line endings.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    });
    this.parser.on('error', (error: CsvError) => {
      this.failure ??= error;
    });
  }

  get line(): number {
    return this.parser.info.lines - this.crlfDrift;
  }

  write(text: string): CsvRow[] {
    if (text !== '') this.parser.write(text);
    return this.take();
  }

  async end(): Promise<CsvRow[]> {
    if (this.failure === null) {
      const done = new Promise<void>((resolve) => {
        this.parser.once('finish', resolve);
        this.parser.once('error', () => resolve());
        this.parser.once('close', resolve);
      });
      this.parser.end();
      await done;
    }
    return this.take();
  }

  /** After the rows of the last write have been handed out. */
  throwIfFailed(): void {
    if (this.failure === null) return;
    // csv-parse tells the line in its context fields; an unclosed quote is reported at the
    // end of the file, but the record at fault starts after the last complete one.
    const reported = typeof this.failure['lines'] === 'number' ? this.failure['lines'] - this.crlfDrift : this.line;
    const line = this.failure.code === 'CSV_QUOTE_NOT_CLOSED' ? this.lastEnd + 1 : reported;
    throw new CsvSyntaxError(line, problemOf(this.failure));
  }

  private take(): CsvRow[] {
    const rows: CsvRow[] = [];
    let read: { record: string[]; info: { lines: number } } | null;
    while ((read = this.parser.read() as typeof read) !== null) {
      // info.lines is the line a record ends on, except that csv-parse counts a CRLF inside
      // quotes as two lines; the line breaks inside the record tell where it began.
      let breaks = 0;
      for (const field of read.record) {
        breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
        this.crlfDrift += field.match(/\r\n/g)?.length ?? 0;
      }
      this.lastEnd = read.info.lines - this.crlfDrift;
      // A row of nothing but delimiters (";;;;", as spreadsheets write) is an empty line.
      if (read.record.every((field) => field.trim() === '')) continue;
      rows.push({ line: this.lastEnd - breaks, fields: read.record });
    }
    this.rowCount += rows.length;
    return rows;
  }
}

function problemOf(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is never closed (a " is missing)';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return 'text follows a closing quote; inside a quoted field, write a quote as ""';
  return error.message;
}
