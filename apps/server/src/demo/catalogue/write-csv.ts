import type { ProductRecord } from '../../modules/catalog/domain/product.ts';

/** The columns of the catalogue CSV format (docs/catalogue-csv.md), in the documented order. */
export const catalogueCsvColumns = [
  'isbn', 'title', 'subtitle', 'contributors', 'publisher', 'release_date', 'form', 'language', 'series',
  'series_number', 'audience', 'genre', 'thema', 'keywords', 'description', 'cover_url', 'price',
  'price_includes_vat', 'fixed_price', 'fixed_price_until', 'tax_rate_code', 'availability',
  'stock_quantity', 'available_from',
] as const;

/**
 * A catalogue as CSV text in chunks: the header, then one line per record, so a large
 * file is written with the memory of one line. Comma-separated with RFC 4180 quoting and
 * CRLF line ends, UTF-8 with a byte order mark (spreadsheet programs need it to read
 * "ø" and "é" right). Lists (contributors, thema, keywords) are separated by semicolons,
 * contributors written as sorted with their role: "Hamsun, Knut (author)". The price is a
 * decimal in the store's currency, which the file does not name; the publisher's ONIX
 * form code has no column and is not written.
 */
export function* catalogueCsvChunks(records: Iterable<ProductRecord>): Generator<string, void, undefined> {
  yield `\uFEFF${catalogueCsvColumns.join(',')}\r\n`;
  for (const p of records) yield csvLine(p);
}

function csvLine(p: ProductRecord): string {
  const price = p.price;
  const fields = [
    p.isbn,
    p.title,
    p.subtitle,
    listOf(p.contributors.map((c) => `${c.sortName} (${c.role})`)),
    p.publisher,
    p.releaseDate,
    p.form,
    p.language,
    p.series?.name ?? null,
    p.series?.number ?? null,
    p.audience,
    p.genre,
    listOf(p.themaCodes),
    listOf(p.keywords),
    p.description,
    p.coverUrl,
    price ? decimal(price.amountMinor) : null,
    price ? yesNo(price.includesVat) : null,
    price ? yesNo(price.fixed) : null,
    price?.fixedPriceUntil ?? null,
    price?.taxRateCode ?? null,
    p.availability.status,
    p.availability.stockQuantity === null ? null : String(p.availability.stockQuantity),
    p.availability.availableFrom,
  ];
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : ',') + quoted(fields[i] ?? null);
  return `${line}\r\n`;
}

/** Semicolons separate list entries, so one inside an entry becomes a comma rather than a split. */
function listOf(entries: readonly string[]): string {
  let text = '';
  for (const entry of entries) text += (text === '' ? '' : '; ') + entry.replaceAll(';', ',');
  return text;
}

/** As the format says: the delimiter, a double quote or a line break. */
const needsQuotes = /[",\r\n]/;

function quoted(value: string | null): string {
  if (value === null) return '';
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function decimal(minor: number): string {
  const cents = minor % 100;
  return `${Math.trunc(minor / 100)}.${cents < 10 ? '0' : ''}${cents}`;
}
