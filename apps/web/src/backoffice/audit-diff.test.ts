import { describe, expect, it } from 'vitest';
import { auditActionKey, auditChanges, formatAuditValue, type AuditValueFormat } from './audit-diff.ts';

const format: AuditValueFormat = {
  none: '—',
  yes: 'Ja',
  no: 'Nei',
  role: (role) => ({ admin: 'Administrator', buyer: 'Innkjøper' })[role],
  jobStatus: (status) => ({ dead: 'Feilet', pending: 'I kø' })[status],
  country: (code) => ({ NO: 'Norge', BE: 'Belgia' })[code] ?? code,
  date: (iso) => `dato(${iso.slice(0, 10)})`,
  percentBp: (bp) => `${bp / 100} %`,
  customerType: (type) => ({ public_library: 'Folkebibliotek' })[type],
  bytes: (bytes) => `${bytes} B`,
};

describe('auditChanges', () => {
  it('lists only the fields that differ for a change, whatever the key order', () => {
    const before = { name: 'Storvik', customerReference: null, postalAddress: { line1: 'A', city: 'B', line2: '', postalCode: '8006', country: 'NO' } };
    const after = { customerReference: 'REF-1', name: 'Storvik', postalAddress: { country: 'NO', postalCode: '8006', line2: '', city: 'B', line1: 'A' } };
    expect(auditChanges(before, after)).toEqual([{ field: 'customerReference', before: null, after: 'REF-1' }]);
  });

  it('lists every filled field of something created or removed, in form order, without ids', () => {
    const member = { userId: 'u1', email: 'kari@x.no', name: 'Kari', role: 'buyer', joinedAt: '2026-11-22T10:00:00Z' };
    expect(auditChanges(null, member).map((c) => c.field)).toEqual(['name', 'email', 'role', 'joinedAt']);
    const address = { id: 'a1', label: 'Filial', recipient: '', line1: 'Torget 3', line2: '', postalCode: '8006', city: 'Storvik', country: 'NO' };
    const removed = auditChanges(address, null);
    expect(removed.map((c) => c.field)).toEqual(['label', 'line1', 'postalCode', 'city', 'country']);
    expect(removed[0]).toEqual({ field: 'label', before: 'Filial', after: null });
  });

  it('compares job states too', () => {
    expect(auditChanges({ id: 'j', status: 'dead' }, { id: 'j', status: 'pending' })).toEqual([{ field: 'status', before: 'dead', after: 'pending' }]);
  });

  it('copes with values that are not objects', () => {
    expect(auditChanges('a', 'b')).toEqual([{ field: 'value', before: 'a', after: 'b' }]);
    expect(auditChanges(undefined, undefined)).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('writes nothing as a dash and booleans as words', () => {
    expect(formatAuditValue('customerReference', null, format)).toBe('—');
    expect(formatAuditValue('customerReference', '', format)).toBe('—');
    expect(formatAuditValue('payOnInvoiceAllowed', true, format)).toBe('Ja');
    expect(formatAuditValue('payOnInvoiceAllowed', false, format)).toBe('Nei');
  });

  it('translates roles, job states, countries and dates', () => {
    expect(formatAuditValue('role', 'admin', format)).toBe('Administrator');
    expect(formatAuditValue('role', 'owner', format)).toBe('owner');
    expect(formatAuditValue('status', 'dead', format)).toBe('Feilet');
    expect(formatAuditValue('country', 'BE', format)).toBe('Belgia');
    expect(formatAuditValue('joinedAt', '2026-11-22T10:00:00.000Z', format)).toBe('dato(2026-11-22)');
  });

  it('writes an address on one line', () => {
    const address = { line1: 'Grønnegata 94', line2: 'Inngang B', postalCode: '9008', city: 'Tromsø', country: 'NO' };
    expect(formatAuditValue('postalAddress', address, format)).toBe('Grønnegata 94, Inngang B, 9008 Tromsø, Norge');
    const delivery = { id: 'x', label: 'Filial', recipient: 'Biblioteket', line1: 'Torget 3', line2: '', postalCode: '8006', city: 'Storvik', country: 'NO' };
    expect(formatAuditValue('deliveryAddresses', [delivery], format)).toBe('Filial: Biblioteket, Torget 3, 8006 Storvik, Norge');
  });

  it('writes people and other objects without JSON', () => {
    const members = [{ userId: 'u', name: 'Kari', email: 'kari@x.no', role: 'admin', joinedAt: '2026-11-22T10:00:00Z' }];
    expect(formatAuditValue('members', members, format)).toBe('Kari (kari@x.no, Administrator)');
    expect(formatAuditValue('members', [], format)).toBe('—');
    expect(formatAuditValue('other', { id: 'hidden', a: 1, b: false }, format)).toBe('a: 1, b: Nei');
  });
});

describe('auditActionKey', () => {
  it('knows the actions of the accounts module and leaves unknown codes alone', () => {
    expect(auditActionKey('member.role_changed')).toBe('audit.action.member.role_changed');
    expect(auditActionKey('job.retried')).toBe('audit.action.job.retried');
    expect(auditActionKey('order.placed')).toBeUndefined();
  });
});

describe('price terms and catalogue uploads in the log', () => {
  it('shows discounts as percentages and the customer type by name', () => {
    const changes = auditChanges(
      { customerType: 'school', fixedPriceDiscountBp: 2000, standardDiscountBp: 3000 },
      { customerType: 'public_library', fixedPriceDiscountBp: 2500, standardDiscountBp: 3000 },
    );
    expect(changes.map((c) => c.field)).toEqual(['customerType', 'fixedPriceDiscountBp']);
    expect(formatAuditValue('fixedPriceDiscountBp', 2500, format)).toBe('25 %');
    expect(formatAuditValue('customerType', 'public_library', format)).toBe('Folkebibliotek');
    expect(formatAuditValue('customerType', 'unknown_kind', format)).toBe('unknown_kind');
    expect(formatAuditValue('bytes', 2048, format)).toBe('2048 B');
  });

  it('has labels for the new actions', () => {
    expect(auditActionKey('account.price_terms_changed')).toBe('audit.action.account.price_terms_changed');
    expect(auditActionKey('catalogue.import_uploaded')).toBe('audit.action.catalogue.import_uploaded');
  });

  it('shows a budget code change as money, without its timestamp', () => {
    const changes = auditChanges(
      { id: 'b1', code: 'VOKSEN', totalMinor: 5_000_000, remainingMinor: 5_000_000, updatedAt: '2027-01-01T10:00:00Z' },
      { id: 'b1', code: 'VOKSEN', totalMinor: 6_000_000, remainingMinor: 6_000_000, updatedAt: '2027-02-01T10:00:00Z' },
    );
    expect(changes.map((c) => c.field)).toEqual(['totalMinor', 'remainingMinor']);
    expect(formatAuditValue('totalMinor', 6_000_000, { ...format, moneyMinor: (minor) => `kr ${minor / 100}` })).toBe('kr 60000');
    expect(formatAuditValue('totalMinor', 6_000_000, format)).toBe('6000000');
    expect(auditActionKey('budget_code.remaining_corrected')).toBe('audit.action.budget_code.remaining_corrected');
  });
});
