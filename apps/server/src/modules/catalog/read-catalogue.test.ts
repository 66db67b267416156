import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueStore } from './product-from-onix.ts';
import { CatalogueFileBroken, readCsvCatalogue, readOnixCatalogue, type ImportItem } from './read-catalogue.ts';

const norway: CatalogueStore = { country: 'NO', currency: 'NOK' };
const belgium: CatalogueStore = { country: 'BE', currency: 'EUR' };
const now = new Date('2025-06-15T10:00:00Z');
const corpus = resolve(import.meta.dirname, '../../../../../../shared/corpus/onix30');

async function* chunked(data: Uint8Array | string, size = 64): AsyncGenerator<Uint8Array | string> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size);
}

async function collect(items: AsyncIterable<ImportItem>): Promise<{ items: ImportItem[]; error: unknown }> {
  const all: ImportItem[] = [];
  try {
    for await (const item of items) all.push(item);
  } catch (error) {
    return { items: all, error };
  }
  return { items: all, error: null };
}

const summary = (item: ImportItem) => (item.kind === 'record' ? [item.line, item.reference, item.record.isbn] : [item.line, item.reference, item.reason]);

describe('readOnixCatalogue', () => {
  it('reads every corpus file to the end, or stops with a clear reason', async () => {
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.xml'))) {
      const { items, error } = await collect(readOnixCatalogue(createReadStream(resolve(corpus, name)), norway, now));
      if (name === 'invalid_onix_root.xml' || name === 'test_collection.xml') {
        expect(error, name).toBeInstanceOf(CatalogueFileBroken);
        expect(items, name).toEqual([]);
      } else {
        expect(error, name).toBeNull();
        expect(items.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('gives each item its line and reference, and each skip its reason', async () => {
    const xml =
      '<ONIXMessage release="3.0">\n' +
      '<Product><RecordReference>ok-1</RecordReference><ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>9788205412347</IDValue></ProductIdentifier>' +
      '<DescriptiveDetail><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>Sult</TitleText></TitleElement></TitleDetail></DescriptiveDetail></Product>\n' +
      '<Product><ProductIdentifier><ProductIDType>03</ProductIDType><IDValue>9781234567890</IDValue></ProductIdentifier></Product>\n' +
      '<Product><RecordReference>gone</RecordReference><NotificationType>05</NotificationType></Product>\n' +
      '<Product><NotificationType>03</NotificationType></Product>\n' +
      '<Product><RecordReference>old</RecordReference><ProductForm>BB</ProductForm></Product>\n' +
      '</ONIXMessage>';
    const { items, error } = await collect(readOnixCatalogue(chunked(xml, 50), norway, now));
    expect(error).toBeNull();
    expect(items.map(summary)).toEqual([
      [2, 'ok-1', '9788205412347'],
      [3, '9781234567890', 'ISBN 9781234567890 has a wrong check digit'],
      [4, 'gone', 'delete notifications are not supported yet'],
      [5, 'product 4', 'no ISBN or EAN-13 (ProductIdentifier of type 15, 03 or 02)'],
      [6, 'old', 'This is an ONIX 2.1 product (ProductForm directly in Product); only ONIX 3.0 can be read'],
    ]);
  });

  it('imports the corpus sample for Belgium', async () => {
    const { items } = await collect(readOnixCatalogue(createReadStream(resolve(corpus, 'full_sample.xml')), belgium, now));
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'record',
        line: 16,
        reference: 'com.globalbookinfo.onix.01734529',
        record: expect.objectContaining({ isbn: '9780007232833', price: expect.objectContaining({ amountMinor: 899, currency: 'EUR' }) }),
        notes: ['The front cover (http://www.harpercollins.co.uk/covers/9780007232833.jpg) is not an https address; no cover is shown'],
      }),
    ]);
  });

  it('keeps what came before broken XML and says where it broke', async () => {
    const text = readFileSync(resolve(corpus, '9782752906700.xml'), 'utf8');
    const cut = text.slice(0, text.indexOf('immateriel.fr-O192530') + 10);
    const { items, error } = await collect(readOnixCatalogue(chunked(cut, 1000), norway, now));
    expect(items.map((item) => item.reference)).toEqual(['immateriel.fr-RP64120', 'immateriel.fr-RP64127', 'immateriel.fr-RP64128']);
    expect(error).toBeInstanceOf(CatalogueFileBroken);
    const broken = error as CatalogueFileBroken;
    expect(broken.line).toBe(cut.split('\n').length);
    expect(broken.column).toBeGreaterThan(0);
    expect(broken.message).toMatch(/^The XML is broken at line \d+, column \d+: unclosed tag <RecordReference> \(is the file cut short\?\)$/);
  });

  it('refuses a file with no products, and one that is not ONIX', async () => {
    const empty = await collect(readOnixCatalogue(chunked('<ONIXMessage release="3.0">\n<Header/>\n</ONIXMessage>'), norway, now));
    expect(empty.error).toMatchObject({ name: 'CatalogueFileBroken', line: 3, column: null, message: 'The file holds no <Product> records: there is nothing to import' });
    const other = await collect(readOnixCatalogue(createReadStream(resolve(corpus, 'invalid_onix_root.xml')), norway, now));
    expect(other.error).toMatchObject({ line: 2, message: expect.stringContaining('not an ONIX for Books file') });
  });

  it('lets errors of the source itself through untouched', async () => {
    class Stopped extends Error {}
    async function* failing() {
      yield '<ONIXMessage release="3.0">';
      throw new Stopped();
    }
    const { error } = await collect(readOnixCatalogue(failing(), norway, now));
    expect(error).toBeInstanceOf(Stopped);
  });
});

describe('readCsvCatalogue', () => {
  const goodCsv =
    '\uFEFFisbn;title;contributors;price;description\r\n' +
    '978-82-05-41234-7;Sult;Hamsun, Knut (author);249,50;"Line one\r\nline two; with ""quotes"""\r\n' +
    '\r\n' +
    '9780804429573;Pan;;199;\r\n';

  it('reads a semicolon file with a BOM and quoted line breaks', async () => {
    const { items, error } = await collect(readCsvCatalogue(chunked(Buffer.from(goodCsv), 7), norway));
    expect(error).toBeNull();
    expect(items.map(summary)).toEqual([
      [2, '978-82-05-41234-7', '9788205412347'],
      [5, '9780804429573', '9780804429573'],
    ]);
    expect(items[0]).toMatchObject({
      kind: 'record',
      notes: [],
      record: { description: 'Line one\r\nline two; with "quotes"', price: { amountMinor: 24950, currency: 'NOK' } },
    });
  });

  it('skips bad rows with the column and value, and goes on', async () => {
    const csv = 'isbn,title,price\n9788205412347,Sult,abc\n,No ISBN,1\n9780804429573,Pan,"199,00"\n';
    const { items } = await collect(readCsvCatalogue(chunked(csv), belgium));
    expect(items.map(summary)).toEqual([
      [2, '9788205412347', 'price: "abc" is not an amount'],
      [3, 'product 2', 'isbn: missing'],
      [4, '9780804429573', '9780804429573'],
    ]);
    expect(items[2]).toMatchObject({ record: { price: { amountMinor: 19900, currency: 'EUR' } } });
  });

  it('refuses the whole file for a header with unknown columns', async () => {
    const { items, error } = await collect(readCsvCatalogue(chunked('isbn,tittel,pris\n9788205412347,Sult,1\n'), norway));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(CatalogueFileBroken);
    expect(error).toMatchObject({ line: 1, column: null });
    expect((error as Error).message).toMatch(/^The header row of the CSV file is wrong: unknown columns "tittel", "pris" \(the columns are isbn, title, /);
  });

  it('refuses a header without rows, and broken quoting after the rows before it', async () => {
    expect((await collect(readCsvCatalogue(chunked('isbn,title\n'), norway))).error).toMatchObject({
      line: 1,
      message: 'The CSV file has a header but no products: there is nothing to import',
    });
    const { items, error } = await collect(readCsvCatalogue(chunked('isbn,title\n9788205412347,Sult\n9780804429573,"Pan\n'), norway));
    expect(items).toHaveLength(1);
    expect(error).toMatchObject({ name: 'CatalogueFileBroken', line: 3, message: 'The CSV file is broken at line 3: a quoted field is never closed (a " is missing)' });
  });
});
