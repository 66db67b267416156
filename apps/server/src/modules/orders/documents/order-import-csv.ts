import { CsvSyntaxError, readCsv } from '@hylle/formats';
import { readIsbn } from './isbn.ts';

/**
 * Orders that came by phone, e-mail or EDI, as a CSV file staff upload (docs/order-import-csv.md).
 * This reads and checks the file; whether the customers, addresses and products exist is
 * for the import itself to judge. Rows with the same customer number and external reference
 * are one order. An order with any bad row is left out whole, never imported in part.
 */

export const importChannels = ['phone', 'email', 'edi'] as const;
export type ImportChannel = (typeof importChannels)[number];

export type ImportedOrderLineDraft = {
  /** The line of the file the row starts on. */
  line: number;
  /** 13 digits, check digit verified; an ISBN-10 is given as its ISBN-13. */
  isbn: string;
  quantity: number;
  lineReference: string;
  budgetCode: string | null;
  department: string | null;
  shelfLocation: string | null;
  materialType: string | null;
};

export type ImportedOrderDraft = {
  /** The line of the order's first row. */
  line: number;
  customerNumber: string;
  channel: ImportChannel;
  /** The customer's or the EDI message's own number for the order; with the customer number, it names the order. */
  externalReference: string;
  requisition: string;
  orderReference: string;
  costCentre: string;
  /** The label of one of the account's delivery addresses; empty: the account's default address. */
  deliveryAddressLabel: string;
  /** YYYY-MM-DD; null: the day of the import. */
  orderedOn: string | null;
  lines: ImportedOrderLineDraft[];
};

export type OrderImportProblem = { line: number; message: string };
export type OrderImport = { orders: ImportedOrderDraft[]; problems: OrderImportProblem[] };

export const orderImportColumns = [
  'customer_number',
  'channel',
  'external_reference',
  'requisition',
  'order_reference',
  'cost_centre',
  'delivery_address_label',
  'isbn',
  'quantity',
  'line_reference',
  'budget_code',
  'department',
  'shelf_location',
  'material_type',
  'ordered_on',
] as const;
type ColumnName = (typeof orderImportColumns)[number];

/** The columns every file must have; the others may be left out (then empty). */
const requiredColumns: readonly ColumnName[] = ['customer_number', 'channel', 'external_reference', 'isbn', 'quantity'];

/** Order-level columns: every row of an order must agree on them. */
const orderColumns = ['channel', 'requisition', 'order_reference', 'cost_centre', 'delivery_address_label', 'ordered_on'] as const;

/** The limits of the same fields in the web shop (packages/contracts). */
const maxLengths: Partial<Record<ColumnName, number>> = {
  customer_number: 20,
  external_reference: 60,
  requisition: 60,
  order_reference: 60,
  cost_centre: 40,
  delivery_address_label: 80,
  line_reference: 60,
  budget_code: 20,
  department: 20,
  shelf_location: 20,
  material_type: 20,
};
const codeColumns: readonly ColumnName[] = ['budget_code', 'department', 'shelf_location', 'material_type'];
const maxQuantity = 9999;
/** More rows than staff would ever key in or an EDI batch holds: a wrong file, refused before it fills memory. */
const maxRows = 20_000;

type Row = { line: number; values: Record<ColumnName, string> };

/** Reads the file (UTF-8, BOM allowed, `;` or `,` as the header has it) into order drafts and the problems found. */
export async function parseOrderImportCsv(file: string | Uint8Array): Promise<OrderImport> {
  const problems: OrderImportProblem[] = [];
  const rows: Row[] = [];
  let header: (ColumnName | null)[] | null = null;
  try {
    for await (const record of readCsv(once(file))) {
      if (header === null) {
        const read = readHeader(record.fields);
        if (typeof read === 'string') return { orders: [], problems: [{ line: record.line, message: read }] };
        header = read;
        continue;
      }
      if (rows.length >= maxRows) {
        return { orders: [], problems: [{ line: record.line, message: `the file has more than ${maxRows} rows; split it into several files` }] };
      }
      if (record.fields.length > header.length) {
        problems.push({ line: record.line, message: `the row has ${record.fields.length} values but the header has ${header.length} columns (is a value with the delimiter in it not quoted?)` });
        continue;
      }
      const values = Object.fromEntries(orderImportColumns.map((column) => [column, ''])) as Record<ColumnName, string>;
      header.forEach((column, index) => {
        if (column) values[column] = (record.fields[index] ?? '').trim();
      });
      rows.push({ line: record.line, values });
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { orders: [], problems: [...problems, { line: error.line, message: error.message }] };
    throw error;
  }
  if (header === null) return { orders: [], problems: [{ line: 1, message: 'the file is empty; a header row is needed' }] };
  if (rows.length === 0 && problems.length === 0) return { orders: [], problems: [{ line: 1, message: 'the file has a header but no rows' }] };

  // Group first, so that every problem of an order is reported, then leave out orders with any.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.values.customer_number, row.values.external_reference]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const orders: ImportedOrderDraft[] = [];
  for (const group of groups.values()) {
    const before = problems.length;
    const order = readOrder(group, problems);
    if (order && problems.length === before) orders.push(order);
    else if (problems.length > before && group[0]) {
      // On the order's last line, so it follows every problem of the order once sorted.
      const { customer_number: customer, external_reference: reference } = group[0].values;
      const last = group[group.length - 1]?.line ?? group[0].line;
      if (customer && reference) {
        problems.push({ line: last, message: `order ${reference} of customer ${customer} is not imported: correct the rows above and import it again` });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { orders, problems };
}

/** The header's columns in file order (null for an empty heading), or what is wrong with it. */
function readHeader(fields: readonly string[]): (ColumnName | null)[] | string {
  const columns: (ColumnName | null)[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const name = field.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (name === '') {
      columns.push(null);
      continue;
    }
    if (!(orderImportColumns as readonly string[]).includes(name)) {
      return `the header has an unknown column "${field.trim()}" (the columns are ${orderImportColumns.join(', ')})`;
    }
    if (seen.has(name)) return `the header has the column ${name} twice`;
    seen.add(name);
    columns.push(name as ColumnName);
  }
  const missing = requiredColumns.filter((column) => !seen.has(column));
  if (missing.length > 0) return `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  return columns;
}

function readOrder(rows: readonly Row[], problems: OrderImportProblem[]): ImportedOrderDraft | null {
  const [first] = rows;
  if (!first) return null;
  const report = (line: number, column: ColumnName, message: string) => problems.push({ line, message: `${column}: ${message}` });
  const start = problems.length;

  for (const row of rows) checkLengths(row, report);
  const { customer_number: customerNumber, external_reference: externalReference } = first.values;
  if (customerNumber === '') for (const row of rows) report(row.line, 'customer_number', 'is empty; give the customer number of the account');
  if (externalReference === '') for (const row of rows) report(row.line, 'external_reference', "is empty; give the order's own number (rows with the same one form one order)");

  // Order-level values are the first row's; a row that says otherwise is a mistake, not a second order.
  for (const row of rows.slice(1)) {
    for (const column of orderColumns) {
      if (row.values[column] !== first.values[column]) {
        report(row.line, column, `"${row.values[column]}" differs from "${first.values[column]}" on line ${first.line}, in the same order`);
      }
    }
  }
  const channel = first.values.channel.toLowerCase();
  if (!(importChannels as readonly string[]).includes(channel)) {
    report(first.line, 'channel', first.values.channel === '' ? `is empty; use ${importChannels.join(', ')}` : `"${first.values.channel}" is not a channel; use ${importChannels.join(', ')}`);
  }
  const orderedOn = first.values.ordered_on;
  if (orderedOn !== '' && !isCalendarDate(orderedOn)) report(first.line, 'ordered_on', `"${orderedOn}" is not a date YYYY-MM-DD`);

  const lines: ImportedOrderLineDraft[] = [];
  for (const row of rows) {
    const isbn = row.values.isbn === '' ? null : readIsbn(row.values.isbn);
    if (isbn === null) report(row.line, 'isbn', 'is empty');
    else if (!isbn.ok) report(row.line, 'isbn', isbn.reason);
    const quantity = readQuantity(row.values.quantity);
    if (typeof quantity === 'string') report(row.line, 'quantity', quantity);
    if (isbn === null || !isbn.ok || typeof quantity === 'string') continue;
    const code = (column: ColumnName) => (row.values[column] === '' ? null : row.values[column].toUpperCase());
    lines.push({
      line: row.line,
      isbn: isbn.isbn,
      quantity,
      lineReference: row.values.line_reference,
      budgetCode: code('budget_code'),
      department: code('department'),
      shelfLocation: code('shelf_location'),
      materialType: code('material_type'),
    });
  }
  if (problems.length > start) return null;
  return {
    line: first.line,
    customerNumber,
    channel: channel as ImportChannel,
    externalReference,
    requisition: first.values.requisition,
    orderReference: first.values.order_reference,
    costCentre: first.values.cost_centre,
    deliveryAddressLabel: first.values.delivery_address_label,
    orderedOn: orderedOn === '' ? null : orderedOn,
    lines,
  };
}

function checkLengths(row: Row, report: (line: number, column: ColumnName, message: string) => void): void {
  for (const column of orderImportColumns) {
    const max = maxLengths[column];
    const value = row.values[column];
    if (max !== undefined && [...value].length > max) report(row.line, column, `"${value}" is longer than ${max} characters`);
    if (codeColumns.includes(column) && value !== '' && !/^[\p{L}\p{N}_.\- ]+$/u.test(value)) {
      report(row.line, column, `"${value}" may hold only letters, digits, space, ., - and _`);
    }
  }
}

function readQuantity(text: string): number | string {
  if (text === '') return 'is empty; give the number of copies';
  if (!/^\d+$/.test(text)) return `"${text}" is not a whole number of copies`;
  const quantity = Number(text);
  if (quantity < 1) return `"${text}": at least 1 copy`;
  if (quantity > maxQuantity) return `"${text}": at most ${maxQuantity} copies`;
  return quantity;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

async function* once(file: string | Uint8Array): AsyncGenerator<string | Uint8Array> {
  yield file;
}
