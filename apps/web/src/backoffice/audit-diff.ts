import { nb, type MessageKey } from '../shared/i18n/nb.ts';

/** One field of an audit entry: what it was and what it became (null: didn't exist). */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Technical identifiers mean nothing to the reader; the row already says what changed. */
const HIDDEN_FIELDS = new Set(['id', 'userId', 'accountId', 'updatedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys, so two equal objects compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function asFields(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  return isRecord(value) ? value : { value };
}

/**
 * The fields an audit entry changed. Entries store before and after as whole objects
 * (null when the thing was created or removed); a change shows only the fields that
 * differ, a creation or removal every field it had.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = asFields(before);
  const now = asFields(after);
  const oneSided = before === null || before === undefined || after === null || after === undefined;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => !HIDDEN_FIELDS.has(field));
  return fields
    .filter((field) => (oneSided ? !isEmpty(old[field]) || !isEmpty(now[field]) : canonical(old[field]) !== canonical(now[field])))
    .sort((a, b) => fieldRank(a) - fieldRank(b))
    .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }));
}

/** Nothing worth a line when something was created or removed: no value, an empty text or list. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Fields in the order the forms show them (name before address, line 1 before postcode…). */
function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field);
  return rank === -1 ? FIELD_ORDER.length : rank;
}

const FIELD_ORDER = [
  'customerNumber',
  'name',
  'organisationNumber',
  'customerReference',
  'payOnInvoiceAllowed',
  'postalAddress',
  'label',
  'recipient',
  'line1',
  'line2',
  'postalCode',
  'city',
  'country',
  'email',
  'role',
  'status',
  'joinedAt',
  'createdAt',
  'deliveryAddresses',
  'members',
  'customerType',
  'fixedPriceDiscountBp',
  'standardDiscountBp',
  'fileName',
  'format',
  'bytes',
  'code',
  'description',
  'totalMinor',
  'spentMinor',
  'remainingMinor',
  'reason',
  'fixedPricePeriodMonths',
  'currency',
];

/** Message keys for field names; a field without one is shown by its own name. */
export const AUDIT_FIELD_KEYS: Record<string, MessageKey> = {
  name: 'company.name',
  customerNumber: 'company.customerNumber',
  organisationNumber: 'company.orgNumber',
  customerReference: 'company.customerReference',
  postalAddress: 'company.postalAddress',
  payOnInvoiceAllowed: 'company.payOnInvoice',
  createdAt: 'jobs.createdAt',
  deliveryAddresses: 'addresses.title',
  members: 'members.title',
  role: 'members.role',
  email: 'members.email',
  joinedAt: 'members.joined',
  label: 'address.label',
  recipient: 'address.recipient',
  line1: 'address.line1',
  line2: 'address.line2',
  postalCode: 'address.postalCode',
  city: 'address.city',
  country: 'address.country',
  status: 'audit.fieldStatus',
  customerType: 'prices.customerType',
  fixedPriceDiscountBp: 'prices.fixedDiscount',
  standardDiscountBp: 'prices.standardDiscount',
  fileName: 'catalogue.fileName',
  format: 'catalogue.format',
  bytes: 'catalogue.fileSize',
  code: 'budget.code',
  description: 'budget.description',
  totalMinor: 'budget.total',
  spentMinor: 'budget.spent',
  remainingMinor: 'budget.remaining',
  reason: 'budget.reason',
  fixedPricePeriodMonths: 'budget.periodMonths',
  currency: 'budget.currency',
};

/** The message key for an audit action code, or undefined for codes this UI doesn't know yet. */
export function auditActionKey(action: string): MessageKey | undefined {
  const key = `audit.action.${action}`;
  return Object.hasOwn(nb, key) ? (key as MessageKey) : undefined;
}

/** How values read in the current language; passed in so this file stays pure. */
export interface AuditValueFormat {
  none: string;
  yes: string;
  no: string;
  role: (role: string) => string | undefined;
  jobStatus: (status: string) => string | undefined;
  country: (code: string) => string;
  date: (iso: string) => string;
  /** Basis points (fields ending in Bp) as a percentage. */
  percentBp: (bp: number) => string;
  customerType: (type: string) => string | undefined;
  bytes: (bytes: number) => string;
  /** Minor units (fields ending in Minor) as money in the store's currency; plain numbers without it. */
  moneyMinor?: (minor: number) => string;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isAddress(value: Record<string, unknown>): boolean {
  return typeof value.line1 === 'string' && typeof value.city === 'string';
}

/** An address on one line, as a person would write it: "Havnegata 7, 8021 Nordhavn, Norge". */
function addressLine(address: Record<string, unknown>, format: AuditValueFormat): string {
  const text = (key: string) => (typeof address[key] === 'string' ? (address[key] as string).trim() : '');
  const place = [text('postalCode'), text('city')].filter(Boolean).join(' ');
  const country = text('country') ? format.country(text('country')) : '';
  const line = [text('recipient'), text('line1'), text('line2'), place, country].filter(Boolean).join(', ');
  return text('label') ? `${text('label')}: ${line}` : line;
}

/** A value of an audit entry as one readable line: no JSON, no braces. */
export function formatAuditValue(field: string, value: unknown, format: AuditValueFormat): string {
  if (value === null || value === undefined || value === '') return format.none;
  if (typeof value === 'boolean') return value ? format.yes : format.no;
  if (typeof value === 'number') {
    if (field.endsWith('Bp')) return format.percentBp(value);
    if (field === 'bytes') return format.bytes(value);
    if (field.endsWith('Minor') && format.moneyMinor) return format.moneyMinor(value);
    return String(value);
  }
  if (typeof value === 'string') {
    if (field === 'role') return format.role(value) ?? value;
    if (field === 'status') return format.jobStatus(value) ?? value;
    if (field === 'customerType') return format.customerType(value) ?? value;
    if (field === 'country' && /^[A-Z]{2}$/.test(value)) return format.country(value);
    if (ISO_DATE_TIME.test(value)) return format.date(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return format.none;
    return value.map((item) => formatAuditValue(field, item, format)).join('; ');
  }
  if (isRecord(value)) {
    if (isAddress(value)) return addressLine(value, format);
    // A person: "Kari Nordmann (kari@…, Administrator)".
    if (typeof value.name === 'string' && typeof value.email === 'string') {
      const role = typeof value.role === 'string' ? `, ${format.role(value.role) ?? value.role}` : '';
      return `${value.name} (${value.email}${role})`;
    }
    return Object.entries(value)
      .filter(([key]) => !HIDDEN_FIELDS.has(key))
      .map(([key, item]) => `${key}: ${formatAuditValue(key, item, format)}`)
      .join(', ');
  }
  return String(value);
}
