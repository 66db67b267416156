/**
 * Calendar dates as day numbers (days since 1970-01-01): the engine adds and compares days
 * millions of times a second, and due dates are calendar days in the library's own time
 * zone, with no time of day (rule 9).
 */
const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD date; undefined when it is not a real calendar date. */
export function dayOf(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Like `dayOf`, for dates the caller has already checked. */
export function dayOfChecked(date: string): number {
  const day = dayOf(date);
  if (day === undefined) throw new Error(`not a calendar date: ${date}`);
  return day;
}

export const dateOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether month-day names a day that exists in some year (29 February does). */
export const isMonthDay = (month: number, day: number): boolean =>
  Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);

/**
 * The first occurrence of a yearly date strictly after `after` (rule 9): 29 February is
 * 28 February in years that have no 29th.
 */
export function nextYearlyDay(after: number, month: number, day: number): number {
  const year = new Date(after * MS_PER_DAY).getUTCFullYear();
  for (const candidateYear of [year, year + 1]) {
    const candidate = Date.UTC(candidateYear, month - 1, Math.min(day, daysInMonth(candidateYear, month))) / MS_PER_DAY;
    if (candidate > after) return candidate;
  }
  throw new Error('unreachable: a yearly date recurs within a year');
}
