/**
 * Release dates as small integers that order like the dates (YYYY-MM-DD, also YYYY or
 * YYYY-MM), for sorting by newest and packing with scores into one sort key.
 */

/** Date keys are below this (so a key fits 18 bits). */
export const dateKeyLimit = 2 ** 18;

/** The number written by the digits of `text` in [start, end), or NaN. */
function digitsAt(text: string, start: number, end: number): number {
  if (text.length < end) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The year of a date, or null. */
export function yearOf(date: string | null): number | null {
  const year = date === null ? NaN : digitsAt(date, 0, 4);
  return Number.isNaN(year) ? null : year;
}

/** 0 for no date (or a year outside 1701–2400), else ≥ 1, growing with the date. */
export function dateKeyOf(date: string | null): number {
  const year = yearOf(date);
  if (year === null || year < 1701 || year > 2400) return 0;
  const month = digitsAt(date!, 5, 7) || 1;
  const day = digitsAt(date!, 8, 10) || 1;
  return (year - 1700) * 372 + (month - 1) * 31 + day;
}

/** The largest date key a day of the year can have. */
export function latestDateKeyOf(year: number): number {
  return year < 1701 || year > 2400 ? 0 : (year - 1700) * 372 + 11 * 31 + 31;
}
