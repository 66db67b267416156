import { describe, expect, it } from 'vitest';
import { erpExportHref, firstOfMonth, isIsoDate, todayIn } from './erp-export-range.ts';

describe('the ERP export period', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-4-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('takes today in the store’s time zone', () => {
    const lateEveningInUtc = new Date('2027-03-31T22:30:00Z');
    expect(todayIn('Europe/Oslo', lateEveningInUtc)).toBe('2027-04-01');
    expect(todayIn('UTC', lateEveningInUtc)).toBe('2027-03-31');
    expect(firstOfMonth('2027-04-17')).toBe('2027-04-01');
  });

  it('links the CSV for a period, both ends included', () => {
    expect(erpExportHref('2027-03-01', '2027-03-31')).toEqual({ ok: true, href: '/api/backoffice/orders/export.csv?from=2027-03-01&to=2027-03-31' });
    expect(erpExportHref('2027-03-05', '2027-03-05')).toMatchObject({ ok: true });
  });

  it('says which end is wrong', () => {
    expect(erpExportHref('', '2027-03-31')).toEqual({ ok: false, problem: 'from' });
    expect(erpExportHref('2027-03-01', '2027-13-01')).toEqual({ ok: false, problem: 'to' });
    expect(erpExportHref('2027-04-01', '2027-03-31')).toEqual({ ok: false, problem: 'order' });
  });
});
