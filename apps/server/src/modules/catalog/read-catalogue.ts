import { CsvSyntaxError, OnixFileError, OnixSyntaxError, readCsv, readOnix, type OnixProduct } from '@hylle/formats';
import type { ProductRecord } from './domain/product.ts';
import { csvHeader, productFromCsv, type CsvHeader } from './product-from-csv.ts';
import { productFromOnix, type CatalogueStore } from './product-from-onix.ts';

/**
 * What an import gets from a catalogue file, record by record. `reference` names the record
 * for people: the ONIX RecordReference, else the ISBN as written, else "product N".
 * `notes` are what was read but left out of a good record (a cover that is not https …).
 */
export type ImportItem =
  | { kind: 'record'; record: ProductRecord; line: number; reference: string; notes: string[] }
  | { kind: 'skipped'; line: number; reference: string; reason: string };

/** The file cannot be read on (broken XML, not ONIX, a CSV header with unknown columns …). */
export class CatalogueFileBroken extends Error {
  override name = 'CatalogueFileBroken';
  readonly line: number;
  readonly column: number | null;

  constructor(message: string, line: number, column: number | null = null) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/**
 * The single entry for ONIX 3.0 files: every product as a record or a skip, in file order,
 * in constant memory. Ends with CatalogueFileBroken after everything before the fault.
 */
export async function* readOnixCatalogue(
  source: AsyncIterable<Uint8Array | string>,
  store: CatalogueStore,
  now: Date,
): AsyncGenerator<ImportItem> {
  let ordinal = 0;
  try {
    for await (const item of readOnix(source)) {
      ordinal += 1;
      const { line } = item;
      if (item.kind === 'rejected') {
        yield { kind: 'skipped', line, reference: item.reference ?? `product ${ordinal}`, reason: item.reason };
        continue;
      }
      const reference = item.reference ?? identifierOf(item.product) ?? `product ${ordinal}`;
      const result = productFromOnix(item.product, store, now);
      yield result.ok
        ? { kind: 'record', record: result.record, line, reference, notes: result.notes }
        : { kind: 'skipped', line, reference, reason: result.reason };
    }
  } catch (error) {
    if (error instanceof OnixSyntaxError) throw new CatalogueFileBroken(error.message, error.line, error.column);
    if (error instanceof OnixFileError) throw new CatalogueFileBroken(error.message, error.line);
    throw error;
  }
}

/**
 * The single entry for CSV files (docs/catalogue-csv.md): the header row first, which must
 * name only known columns, then each row as a record or a skip naming the column at fault.
 */
export async function* readCsvCatalogue(
  source: AsyncIterable<Uint8Array | string>,
  store: CatalogueStore,
): AsyncGenerator<ImportItem> {
  let header: CsvHeader | null = null;
  let ordinal = 0;
  try {
    for await (const row of readCsv(source)) {
      if (header === null) {
        const read = csvHeader(row.fields);
        if (!read.ok) throw new CatalogueFileBroken(`The header row of the CSV file is wrong: ${read.reason}`, row.line);
        header = read.value;
        continue;
      }
      ordinal += 1;
      const isbnAsWritten = row.fields[header.positions.get('isbn')!]?.trim();
      const reference = isbnAsWritten || `product ${ordinal}`;
      const result = productFromCsv(header, row.fields, store);
      yield result.ok
        ? { kind: 'record', record: result.value, line: row.line, reference, notes: [] }
        : { kind: 'skipped', line: row.line, reference, reason: result.reason };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CatalogueFileBroken(error.message, error.line);
    throw error;
  }
  if (ordinal === 0) throw new CatalogueFileBroken('The CSV file has a header but no products: there is nothing to import', 1);
}

function identifierOf(product: OnixProduct): string | null {
  const preferred = ['15', '03', '02'].map((type) => product.identifiers.find((i) => i.type === type)).find(Boolean);
  return (preferred ?? product.identifiers[0])?.value ?? null;
}
