import { describe, expect, it } from 'vitest';
import { todayInZone } from './today-in-zone.ts';

describe('todayInZone', () => {
  it('gives the date where the store is, not in UTC', () => {
    // 23:30 UTC in winter is 00:30 the next day in Oslo and Brussels (UTC+1).
    expect(todayInZone(new Date('2026-01-31T23:30:00Z'), 'Europe/Oslo')).toBe('2026-02-01');
    expect(todayInZone(new Date('2026-01-31T23:30:00Z'), 'Europe/Brussels')).toBe('2026-02-01');
    expect(todayInZone(new Date('2026-01-31T23:30:00Z'), 'UTC')).toBe('2026-01-31');
    expect(todayInZone(new Date('2026-01-31T22:59:59Z'), 'Europe/Oslo')).toBe('2026-01-31');
  });

  it('follows summer time', () => {
    // In summer Brussels is UTC+2: 22:30 UTC on 11 May is already 12 May there.
    expect(todayInZone(new Date('2026-05-11T22:30:00Z'), 'Europe/Brussels')).toBe('2026-05-12');
    expect(todayInZone(new Date('2026-05-11T21:59:59Z'), 'Europe/Brussels')).toBe('2026-05-11');
  });

  it('refuses a time zone it does not know', () => {
    expect(() => todayInZone(new Date(), 'Europe/Atlantis')).toThrow(RangeError);
  });
});
