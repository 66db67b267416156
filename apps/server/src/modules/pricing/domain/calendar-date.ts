/**
 * Dates without a time of day (YYYY-MM-DD), as the book trade states them: release dates,
 * ONIX price dates, "today" in the store's time zone. Plain arithmetic on year, month and
 * day, so no time zone or daylight-saving change can move a date.
 */
type Ymd = { year: number; month: number; day: number };

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date in the form YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  return parse(value) !== null;
}

/**
 * The same day `months` calendar months later; where that month is shorter, its last day
 * (31 August + 6 months → 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return format({ year: nextYear, month: nextMonth, day: Math.min(day, daysInMonth(nextYear, nextMonth)) });
}

/** The day before. */
export function previousDay(date: string): string {
  const { year, month, day } = parseOrThrow(date);
  if (day > 1) return format({ year, month, day: day - 1 });
  if (month > 1) return format({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return format({ year: year - 1, month: 12, day: 31 });
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: string, b: string): number {
  const x = parseOrThrow(a);
  const y = parseOrThrow(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(value: string): Ymd | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(value: string): Ymd {
  const parsed = parse(value);
  // Callers check their input with isCalendarDate first; reaching this is a programming error.
  if (!parsed) throw new Error(`Not a calendar date: "${value}"`);
  return parsed;
}

function format({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
