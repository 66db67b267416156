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

  it('turns to the next day on the minute, even when asked within the same minute just before', () => {
    // The answer is kept per minute: the last second of a day and the first of the next are different minutes.
    expect(todayInZone(new Date('2026-03-10T22:59:59.999Z'), 'Europe/Oslo')).toBe('2026-03-10');
    expect(todayInZone(new Date('2026-03-10T23:00:00.000Z'), 'Europe/Oslo')).toBe('2026-03-11');
    expect(todayInZone(new Date('2026-03-10T23:00:59.000Z'), 'Europe/Oslo')).toBe('2026-03-11');
    // Kathmandu is UTC+5:45: its day starts at 18:15 UTC.
    expect(todayInZone(new Date('2026-03-10T18:14:59Z'), 'Asia/Kathmandu')).toBe('2026-03-10');
    expect(todayInZone(new Date('2026-03-10T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-03-11');
    // The same minute asked for another zone gets that zone's date.
    expect(todayInZone(new Date('2026-03-10T18:15:30Z'), 'UTC')).toBe('2026-03-10');
  });

  it('refuses a time zone it does not know', () => {
    expect(() => todayInZone(new Date(), 'Europe/Atlantis')).toThrow(RangeError);
  });
});
