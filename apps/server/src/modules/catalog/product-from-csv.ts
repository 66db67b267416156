import { decimalToMinorUnits } from '@hylle/formats';
import { parseIsbn, type Checked } from './domain/isbn.ts';
import {
  audiences,
  availabilityStatuses,
  contributorRoles,
  genres,
  productForms,
  type Availability,
  type Contributor,
  type ListPrice,
  type ProductRecord,
  type TaxRateCode,
} from './domain/product.ts';
import { audienceFromSubjects, genreFromSubjects, type CatalogueStore } from './product-from-onix.ts';

/** The columns of a catalogue CSV file, as docs/catalogue-csv.md describes them. */
export const csvColumns = [
  'isbn',
  'title',
  'subtitle',
  'contributors',
  'publisher',
  'release_date',
  'form',
  'language',
  'series',
  'series_number',
  'audience',
  'genre',
  'thema',
  'keywords',
  'description',
  'cover_url',
  'price',
  'price_includes_vat',
  'fixed_price',
  'fixed_price_until',
  'tax_rate_code',
  'availability',
  'stock_quantity',
  'available_from',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** Where each column is in the file; columns with an empty heading are ignored. */
export type CsvHeader = { positions: Map<CsvColumn, number>; width: number };

const requiredColumns: CsvColumn[] = ['isbn', 'title'];

/** Reads the header row: every column must be known, isbn and title must be there. */
export function csvHeader(fields: string[]): Checked<CsvHeader> {
  const positions = new Map<CsvColumn, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  fields.forEach((field, index) => {
    // "Release date" and "release-date" mean release_date: headings are typed by people.
    const name = field.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (name === '') return;
    if (!(csvColumns as readonly string[]).includes(name)) unknown.push(field.trim());
    else if (positions.has(name as CsvColumn)) repeated.push(name);
    else positions.set(name as CsvColumn, index);
  });
  const problems: string[] = [];
  if (unknown.length > 0) {
    problems.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (the columns are ${csvColumns.join(', ')})`);
  }
  if (repeated.length > 0) problems.push(`column ${repeated.join(', ')} appears twice`);
  const missing = requiredColumns.filter((column) => !positions.has(column));
  if (missing.length > 0) problems.push(`the required column${missing.length > 1 ? 's' : ''} ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  return { ok: true, value: { positions, width: fields.length } };
}

/** Thrown inside the row mapping and caught once: the first bad value skips the row. */
class BadValue extends Error {}

/**
 * One data row as a catalogue record, or the reason it is skipped, naming the column and
 * the value. The price is in the store's currency.
 */
export function productFromCsv(header: CsvHeader, fields: string[], store: CatalogueStore): Checked<ProductRecord> {
  if (fields.length > header.width && fields.slice(header.width).some((field) => field.trim() !== '')) {
    return { ok: false, reason: `the row has ${fields.length} fields but the header has ${header.width} columns (is a value with a delimiter not quoted?)` };
  }
  const cell = (column: CsvColumn): string | null => {
    const position = header.positions.get(column);
    const value = position === undefined ? '' : (fields[position] ?? '').trim();
    return value === '' ? null : value;
  };
  try {
    return { ok: true, value: recordOf(cell, store) };
  } catch (error) {
    if (error instanceof BadValue) return { ok: false, reason: error.message };
    throw error;
  }
}

function recordOf(cell: (column: CsvColumn) => string | null, store: CatalogueStore): ProductRecord {
  const isbnText = cell('isbn');
  if (isbnText === null) throw new BadValue('isbn: missing');
  const isbn = parseIsbn(isbnText);
  if (!isbn.ok) throw new BadValue(`isbn: ${isbn.reason}`);
  const title = cell('title');
  if (title === null) throw new BadValue('title: missing');

  const themaCodes = list(cell('thema')).map((code) => {
    const upper = code.toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9-]{0,15}$/.test(upper)) throw new BadValue(`thema: "${code}" is not a Thema code`);
    return upper;
  });
  const subjects = { thema: themaCodes, bisac: [], bic: [] };
  const series = cell('series');
  const seriesNumber = cell('series_number');
  if (seriesNumber !== null && series === null) throw new BadValue(`series_number: "${seriesNumber}" is given without a series`);
  const releaseDate = date(cell, 'release_date');
  const language = cell('language')?.toLowerCase() ?? null;
  if (language !== null && !/^[a-z]{3}$/.test(language)) {
    throw new BadValue(`language: "${language}" is not an ISO 639-2 code (three letters: nob, nno, eng, dut …)`);
  }
  const coverUrl = cell('cover_url');
  if (coverUrl !== null && !(coverUrl.startsWith('https://') && URL.canParse(coverUrl))) {
    throw new BadValue(`cover_url: "${coverUrl}" is not an https address`);
  }
  return {
    isbn: isbn.value,
    title,
    subtitle: cell('subtitle'),
    contributors: list(cell('contributors')).map(contributorOf),
    publisher: cell('publisher'),
    releaseDate,
    form: oneOf(cell, 'form', productForms) ?? 'book',
    formCode: null,
    language,
    series: series === null ? null : { name: series, number: seriesNumber },
    audience: oneOf(cell, 'audience', audiences) ?? audienceFromSubjects(subjects),
    genre: oneOf(cell, 'genre', genres) ?? genreFromSubjects(subjects),
    themaCodes,
    keywords: list(cell('keywords')),
    description: cell('description'),
    coverUrl,
    price: priceOf(cell, store),
    availability: availabilityOf(cell, releaseDate),
  };
}

/** "Hamsun, Knut (author)": the name as sorted, then the role; without a role, author. */
function contributorOf(entry: string): Contributor {
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(entry)!;
  const written = match[1]!.trim();
  const roleText = (match[2] ?? 'author').trim().toLowerCase();
  const role = contributorRoles.find((r) => r === roleText);
  if (!role) {
    throw new BadValue(`contributors: unknown role "${roleText}" for ${written} (use ${contributorRoles.join(', ')})`);
  }
  if (written === '') throw new BadValue(`contributors: "${entry}" has no name`);
  const comma = written.indexOf(',');
  // Without a comma the name is kept as written: an organisation, or a name not to invert.
  const name = comma < 0 ? written : `${written.slice(comma + 1).trim()} ${written.slice(0, comma).trim()}`.trim();
  return { name, sortName: written, role };
}

function priceOf(cell: (column: CsvColumn) => string | null, store: CatalogueStore): ListPrice | null {
  // Every price column is checked, so a mistake shows even in a row without a price.
  const includesVat = yesNo(cell, 'price_includes_vat') ?? true;
  const fixed = yesNo(cell, 'fixed_price') ?? false;
  const until = date(cell, 'fixed_price_until');
  if (until !== null && !fixed) throw new BadValue(`fixed_price_until: "${until}" is given but fixed_price is not yes`);
  const taxRateCode = cell('tax_rate_code')?.toUpperCase() ?? null;
  if (taxRateCode !== null && !['Z', 'R', 'S'].includes(taxRateCode)) {
    throw new BadValue(`tax_rate_code: "${taxRateCode}" is not Z, R or S`);
  }
  const text = cell('price');
  if (text === null) return null;
  // Spreadsheets in Norway and Belgium write 249,50; a thousands separator is not accepted.
  if (text.includes(',') && text.includes('.')) throw new BadValue(`price: "${text}" has both a comma and a point; write 1249.50 or 1249,50`);
  const amount = decimalToMinorUnits(text.replace(',', '.'));
  if (!amount.ok) throw new BadValue(`price: "${text}" ${amount.reason}`);
  return {
    amountMinor: amount.value,
    currency: store.currency,
    includesVat,
    fixed,
    taxRateCode: taxRateCode as TaxRateCode | null,
    fixedPriceUntil: until,
  };
}

function availabilityOf(cell: (column: CsvColumn) => string | null, releaseDate: string | null): Availability {
  const quantityText = cell('stock_quantity');
  if (quantityText !== null && !/^\d{1,9}$/.test(quantityText)) {
    throw new BadValue(`stock_quantity: "${quantityText}" is not a whole number of copies`);
  }
  const quantity = quantityText === null ? null : Number(quantityText);
  const status = oneOf(cell, 'availability', availabilityStatuses) ?? (quantity !== null && quantity > 0 ? 'in_stock' : 'orderable');
  const availableFrom = date(cell, 'available_from');
  return {
    status,
    stockQuantity: status === 'in_stock' ? quantity : null,
    availableFrom: status === 'forthcoming' ? (availableFrom ?? releaseDate) : null,
  };
}

function oneOf<T extends string>(cell: (column: CsvColumn) => string | null, column: CsvColumn, allowed: readonly T[]): T | null {
  const value = cell(column)?.toLowerCase() ?? null;
  if (value === null) return null;
  const found = allowed.find((a) => a === value);
  if (!found) throw new BadValue(`${column}: "${cell(column)}" is not one of ${allowed.join(', ')}`);
  return found;
}

const yes = new Set(['yes', 'y', 'true', '1', 'ja']);
const no = new Set(['no', 'n', 'false', '0', 'nei', 'nee']);

/** yes/no, also in Norwegian and Dutch (ja, nei, nee): the people filling these in speak them. */
function yesNo(cell: (column: CsvColumn) => string | null, column: CsvColumn): boolean | null {
  const value = cell(column)?.toLowerCase() ?? null;
  if (value === null) return null;
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  throw new BadValue(`${column}: "${cell(column)}" is not yes or no`);
}

function date(cell: (column: CsvColumn) => string | null, column: CsvColumn): string | null {
  const value = cell(column);
  if (value === null) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  // 2025-02-30 either fails to parse or rolls over into March: neither is the day written.
  const real = day !== null && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  if (!real) throw new BadValue(`${column}: "${value}" is not a date written YYYY-MM-DD`);
  return value;
}

/** A list cell: entries separated by semicolons, blanks dropped. */
function list(value: string | null): string[] {
  if (value === null) return [];
  return value.split(';').map((entry) => entry.trim()).filter((entry) => entry !== '');
}
