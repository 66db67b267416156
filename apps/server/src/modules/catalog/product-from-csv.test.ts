import { describe, expect, it } from 'vitest';
import { csvColumns, csvHeader, productFromCsv, type CsvHeader } from './product-from-csv.ts';
import type { CatalogueStore } from './product-from-onix.ts';

const norway: CatalogueStore = { country: 'NO', currency: 'NOK' };

function header(names: string[]): CsvHeader {
  const read = csvHeader(names);
  if (!read.ok) throw new Error(read.reason);
  return read.value;
}

/** A row given as column → value, against a header of exactly those columns. */
function row(values: Record<string, string>) {
  return productFromCsv(header(Object.keys(values)), Object.values(values), norway);
}

function skipReason(values: Record<string, string>) {
  const result = row(values);
  if (result.ok) throw new Error('expected the row to be skipped');
  return result.reason;
}

const minimal = { isbn: '978-82-05-41234-7', title: 'Sult' };

describe('csvHeader', () => {
  it('accepts every documented column, in any order and case', () => {
    expect(csvHeader([...csvColumns].reverse()).ok).toBe(true);
    expect(csvHeader(['Title', ' ISBN ', 'Release date', 'series-number', '']).ok).toBe(true);
  });

  it('names unknown, repeated and missing columns', () => {
    expect(csvHeader(['isbn', 'title', 'pris', 'forfatter'])).toEqual({
      ok: false,
      reason: `unknown columns "pris", "forfatter" (the columns are ${csvColumns.join(', ')})`,
    });
    expect(csvHeader(['isbn', 'title', 'isbn'])).toEqual({ ok: false, reason: 'column isbn appears twice' });
    expect(csvHeader(['isbn', 'price'])).toEqual({ ok: false, reason: 'the required column title is missing' });
    expect(csvHeader(['price'])).toEqual({ ok: false, reason: 'the required columns isbn and title are missing' });
  });
});

describe('productFromCsv', () => {
  it('makes a full record', () => {
    const result = row({
      ...minimal,
      subtitle: 'Roman',
      contributors: 'Hamsun, Knut (author); Nilsen, Kari (Translator); NRK (other); Grossmann, Kari',
      publisher: 'Gyldendal',
      release_date: '2024-01-15',
      form: 'Audiobook',
      language: 'NOB',
      series: 'Hamsuns verker',
      series_number: '1',
      audience: '',
      genre: '',
      thema: 'fba; 1DNN',
      keywords: 'sult; Kristiania',
      description: 'En ung mann.\nSulten.',
      cover_url: 'https://covers.example.no/9788205412347.jpg',
      price: '249,50',
      price_includes_vat: 'ja',
      fixed_price: 'yes',
      fixed_price_until: '2024-12-31',
      tax_rate_code: 'z',
      availability: 'in_stock',
      stock_quantity: '12',
      available_from: '',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        isbn: '9788205412347',
        title: 'Sult',
        subtitle: 'Roman',
        contributors: [
          { name: 'Knut Hamsun', sortName: 'Hamsun, Knut', role: 'author' },
          { name: 'Kari Nilsen', sortName: 'Nilsen, Kari', role: 'translator' },
          { name: 'NRK', sortName: 'NRK', role: 'other' },
          { name: 'Kari Grossmann', sortName: 'Grossmann, Kari', role: 'author' },
        ],
        publisher: 'Gyldendal',
        releaseDate: '2024-01-15',
        form: 'audiobook',
        formCode: null,
        language: 'nob',
        series: { name: 'Hamsuns verker', number: '1' },
        audience: 'adult',
        genre: 'fiction',
        themaCodes: ['FBA', '1DNN'],
        keywords: ['sult', 'Kristiania'],
        description: 'En ung mann.\nSulten.',
        coverUrl: 'https://covers.example.no/9788205412347.jpg',
        price: { amountMinor: 24950, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: '2024-12-31' },
        availability: { status: 'in_stock', stockQuantity: 12, availableFrom: null },
      },
    });
  });

  it('fills in defaults for a minimal row', () => {
    expect(row({ isbn: '0-8044-2957-X', title: ' Pan ' })).toEqual({
      ok: true,
      value: expect.objectContaining({
        isbn: '9780804429573',
        title: 'Pan',
        form: 'book',
        audience: 'adult',
        genre: 'nonfiction',
        price: null,
        availability: { status: 'orderable', stockQuantity: null, availableFrom: null },
      }),
    });
  });

  it('derives audience and genre from Thema, and forthcoming dates from the release date', () => {
    const result = row({ ...minimal, thema: 'YFB', availability: 'forthcoming', release_date: '2026-03-01', price: '199', price_includes_vat: 'no' });
    expect(result.ok && result.value).toMatchObject({
      audience: 'youth',
      genre: 'fiction',
      availability: { status: 'forthcoming', availableFrom: '2026-03-01' },
      price: { amountMinor: 19900, includesVat: false, fixed: false },
    });
    const stocked = row({ ...minimal, stock_quantity: '3' });
    expect(stocked.ok && stocked.value.availability).toEqual({ status: 'in_stock', stockQuantity: 3, availableFrom: null });
  });

  it('skips a row with a bad value, naming the column and the value', () => {
    expect(skipReason({ isbn: '9788205412345', title: 'Sult' })).toBe('isbn: ISBN 9788205412345 has a wrong check digit');
    expect(skipReason({ isbn: '', title: 'Sult' })).toBe('isbn: missing');
    expect(skipReason({ ...minimal, title: ' ' })).toBe('title: missing');
    expect(skipReason({ ...minimal, price: '249.505' })).toBe('price: "249.505" has more than 2 decimals');
    expect(skipReason({ ...minimal, price: '1.249,50' })).toBe('price: "1.249,50" has both a comma and a point; write 1249.50 or 1249,50');
    expect(skipReason({ ...minimal, price: 'gratis' })).toBe('price: "gratis" is not an amount');
    expect(skipReason({ ...minimal, release_date: '2024-02-30' })).toBe('release_date: "2024-02-30" is not a date written YYYY-MM-DD');
    expect(skipReason({ ...minimal, release_date: '15.01.2024' })).toBe('release_date: "15.01.2024" is not a date written YYYY-MM-DD');
    expect(skipReason({ ...minimal, form: 'bok' })).toBe('form: "bok" is not one of book, ebook, audiobook, video, game, other');
    expect(skipReason({ ...minimal, language: 'no' })).toBe('language: "no" is not an ISO 639-2 code (three letters: nob, nno, eng, dut …)');
    expect(skipReason({ ...minimal, contributors: 'Hamsun, Knut (forfatter)' })).toBe(
      'contributors: unknown role "forfatter" for Hamsun, Knut (use author, editor, illustrator, translator, narrator, other)',
    );
    expect(skipReason({ ...minimal, cover_url: 'http://x.no/c.jpg' })).toBe('cover_url: "http://x.no/c.jpg" is not an https address');
    expect(skipReason({ ...minimal, fixed_price: 'kanskje' })).toBe('fixed_price: "kanskje" is not yes or no');
    expect(skipReason({ ...minimal, price: '100', fixed_price_until: '2025-01-01' })).toBe('fixed_price_until: "2025-01-01" is given but fixed_price is not yes');
    expect(skipReason({ ...minimal, price: '100', tax_rate_code: 'H' })).toBe('tax_rate_code: "H" is not Z, R or S');
    expect(skipReason({ ...minimal, stock_quantity: '-2' })).toBe('stock_quantity: "-2" is not a whole number of copies');
    expect(skipReason({ ...minimal, series_number: '4' })).toBe('series_number: "4" is given without a series');
    expect(skipReason({ ...minimal, thema: 'FBA; F B' })).toBe('thema: "F B" is not a Thema code');
    expect(skipReason({ ...minimal, availability: 'sold out' })).toBe('availability: "sold out" is not one of in_stock, orderable, forthcoming, out_of_print');
  });

  it('skips a row with more values than columns, but not for empty trailing ones', () => {
    const twoColumns = header(['isbn', 'title']);
    expect(productFromCsv(twoColumns, ['9788205412347', 'Sult', 'roman'], norway)).toEqual({
      ok: false,
      reason: 'the row has 3 fields but the header has 2 columns (is a value with a delimiter not quoted?)',
    });
    expect(productFromCsv(twoColumns, ['9788205412347', 'Sult', '', ' '], norway).ok).toBe(true);
    expect(productFromCsv(header(['isbn', 'title', 'publisher']), ['9788205412347', 'Sult'], norway).ok).toBe(true);
  });
});
