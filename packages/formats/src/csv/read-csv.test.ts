import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv, type CsvRow } from './read-csv.ts';

async function* chunked(data: Uint8Array | string, size: number): AsyncGenerator<Uint8Array | string> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size);
}

async function rows(data: Uint8Array | string, size = 1024): Promise<CsvRow[]> {
  const all: CsvRow[] = [];
  for await (const row of readCsv(chunked(data, size))) all.push(row);
  return all;
}

async function failure(data: Uint8Array | string): Promise<{ before: CsvRow[]; error: unknown }> {
  const before: CsvRow[] = [];
  try {
    for await (const row of readCsv(chunked(data, 8))) before.push(row);
  } catch (error) {
    return { before, error };
  }
  throw new Error('no error');
}

describe('readCsv', () => {
  it('reads comma-separated rows with their lines', async () => {
    expect(await rows('isbn,title\n9788205412345,Sult\n\n9788205412346,"Pan, roman"\n')).toEqual([
      { line: 1, fields: ['isbn', 'title'] },
      { line: 2, fields: ['9788205412345', 'Sult'] },
      { line: 4, fields: ['9788205412346', 'Pan, roman'] },
    ]);
  });

  it('takes the semicolon when the header has more of them', async () => {
    expect(await rows('isbn;title;price\r\n9788205412345;Sult, roman;249,50\r\n', 3)).toEqual([
      { line: 1, fields: ['isbn', 'title', 'price'] },
      { line: 2, fields: ['9788205412345', 'Sult, roman', '249,50'] },
    ]);
  });

  it('gives a record with quoted line breaks the line it starts on', async () => {
    const csv = 'isbn,description\n1,"first\nsecond\r\nthird"\n2,"say ""hi"""\n';
    expect(await rows(csv, 1)).toEqual([
      { line: 1, fields: ['isbn', 'description'] },
      { line: 2, fields: ['1', 'first\nsecond\r\nthird'] },
      { line: 5, fields: ['2', 'say "hi"'] },
    ]);
    // A CRLF inside quotes is one line, though csv-parse counts two.
    const windows = 'a,b\r\n1,2\r\n5,"x\r\ny"\r\n7,8\r\n9,"unclosed\r\n';
    const { before, error } = await failure(windows);
    expect(before.map((row) => row.line)).toEqual([1, 2, 3, 5]);
    expect(error).toMatchObject({ line: 6 });
  });

  it('drops a byte order mark, in bytes or in text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('isbn;title\n1;Å\n')]);
    expect((await rows(bytes, 2))[0]).toEqual({ line: 1, fields: ['isbn', 'title'] });
    expect((await rows('\uFEFFisbn,title\n1,a'))[0]).toEqual({ line: 1, fields: ['isbn', 'title'] });
  });

  it('reads a file without a final line break, and a header alone', async () => {
    expect(await rows('isbn,title\n1,a')).toHaveLength(2);
    expect(await rows('isbn,title')).toEqual([{ line: 1, fields: ['isbn', 'title'] }]);
  });

  it('hands out the rows before a broken quote, then says where it broke', async () => {
    const { before, error } = await failure('isbn,title\n1,a\n2,"b\n3,c\n');
    expect(before.map((r) => r.line)).toEqual([1, 2]);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as Error).message).toBe('The CSV file is broken at line 3: a quoted field is never closed (a " is missing)');
  });

  it('refuses text after a closing quote', async () => {
    const { error } = await failure('isbn,title\n1,"a"b\n');
    expect(error).toMatchObject({ line: 2, message: expect.stringContaining('inside a quoted field, write a quote as ""') });
  });

  it('refuses a file that is not UTF-8, and an empty one', async () => {
    expect((await failure(Buffer.from('isbn,title\n1,Bjørnson\n', 'latin1'))).error).toMatchObject({
      message: 'The CSV file is broken at line 1: it is not UTF-8 text; save it as "CSV UTF-8"',
    });
    expect((await failure(' \n,,\n')).error).toMatchObject({ line: 1, message: expect.stringContaining('the file is empty') });
    expect((await failure('')).error).toBeInstanceOf(CsvSyntaxError);
  });
});
