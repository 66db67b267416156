/**
 * Order lines for the supplier's ERP, in the columns Medialog reads (ORD-7): one row per
 * order line, the line reference in "Artikelreferentie2". The file is what Dutch and Flemish
 * spreadsheets and ERPs open without asking: UTF-8 with a byte order mark, semicolons,
 * CRLF, decimal commas, and quotes only where RFC 4180 needs them.
 */

export type ErpExportRow = {
  customerNumber: string;
  orderNumber: string;
  /** The order's day, YYYY-MM-DD. */
  orderedOn: string;
  lineNo: number;
  isbn: string;
  title: string;
  quantity: number;
  /** Price of one copy after discount, VAT included, in minor units. */
  unitGross: number;
  discountBp: number;
  vatRateBp: number;
  /** The line's amount, VAT included, in minor units. */
  lineGross: number;
  orderReference: string;
  lineReference: string;
  budgetCode: string | null;
  department: string | null;
  shelfLocation: string | null;
  materialType: string | null;
  requisition: string;
  costCentre: string;
  channel: 'web' | 'phone' | 'email' | 'edi';
};

export const erpExportColumns = [
  'Klantnummer',
  'Bestelnummer',
  'Besteldatum',
  'Regelnummer',
  'EAN',
  'Titel',
  'Aantal',
  'Eenheidsprijs',
  'Korting',
  'BTW',
  'Regeltotaal',
  'Referentie',
  'Artikelreferentie2',
  'Budgetcode',
  'Afdeling',
  'Standplaats',
  'Materiaalsoort',
  'Aanvraagnummer',
  'Kostenplaats',
  'Kanaal',
] as const;

const bom = '\uFEFF';
const lineEnd = '\r\n';

/** The whole file: the header row and one row per order line, each ending in CRLF, with a BOM in front. */
export function erpExportCsv(rows: readonly ErpExportRow[]): string {
  const lines = [erpExportColumns.join(';'), ...rows.map((row) => erpExportFields(row).map(csvField).join(';'))];
  return bom + lines.map((line) => line + lineEnd).join('');
}

/** One row's values as text, in the order of `erpExportColumns`. */
function erpExportFields(row: ErpExportRow): string[] {
  return [
    row.customerNumber,
    row.orderNumber,
    row.orderedOn,
    String(row.lineNo),
    row.isbn,
    row.title,
    String(row.quantity),
    decimalComma(row.unitGross),
    decimalComma(row.discountBp),
    decimalComma(row.vatRateBp),
    decimalComma(row.lineGross),
    row.orderReference,
    row.lineReference,
    row.budgetCode ?? '',
    row.department ?? '',
    row.shelfLocation ?? '',
    row.materialType ?? '',
    row.requisition,
    row.costCentre,
    row.channel,
  ];
}

/**
 * Hundredths (minor units, or basis points as a percentage) with a decimal comma and two
 * decimals, no grouping: 24950 → "249,50", 2500 bp → "25,00", -550 → "-5,50". Digit by
 * digit, never through a float.
 */
export function decimalComma(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths)) throw new RangeError(`Expected an integer, got ${hundredths}`);
  const absolute = Math.abs(hundredths);
  const text = `${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
  return hundredths < 0 ? `-${text}` : text;
}

/**
 * One field, safe to open in a spreadsheet: a value a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, except a
 * plain negative number; then RFC 4180 quoting when it holds ; " CR or LF.
 */
export function csvField(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) && !/^-\d+(?:,\d+)?$/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}
