import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates, isCalendarDate, previousDay } from './calendar-date.ts';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-6-1', '20260601', '2026-06-01T00:00', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-05-12', 12)).toBe('2027-05-12');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', 36)).toBe('2029-03-31');
  });

  it('steps back over month and year ends', () => {
    expect(previousDay('2027-03-01')).toBe('2027-02-28');
    expect(previousDay('2028-03-01')).toBe('2028-02-29');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
    expect(previousDay('2026-05-12')).toBe('2026-05-11');
  });

  it('agrees with the Date object on every day from 1990 to 2060', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2060, 11, 31) / 864e5 });
    const iso = (days: number) => new Date(days * 864e5).toISOString().slice(0, 10);
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 36 }), (a, b, months) => {
        expect(isCalendarDate(iso(a))).toBe(true);
        expect(previousDay(iso(a))).toBe(iso(a - 1));
        expect(Math.sign(compareDates(iso(a), iso(b)))).toBe(Math.sign(a - b));
        const start = new Date(a * 864e5);
        const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
        const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
        expect(addMonths(iso(a), months)).toBe(target.toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});
