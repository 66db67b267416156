/**
 * An ONIX date (code list 55 formats) as ISO 8601 at the precision given: YYYY-MM-DD,
 * YYYY-MM or YYYY. Null when it cannot be read or names no real day (20163112).
 *
 * Files often disagree with their declared format (2011-08-31 under format 00, or no
 * format at all), so the shape of the value decides, and the format only where the shape
 * is ambiguous: weeks, quarters, seasons and ranges (read as their first year).
 */
export function onixDate(raw: string, format: string | null): string | null {
  const value = raw.trim();
  if (format !== null && yearOnlyFormats.has(format)) {
    return /^\d{4}/.test(value) ? checked(value.slice(0, 4)) : null;
  }
  if (format !== null && hijriFormats.has(format)) return null;
  // Formats 13 and 14 add a time (20140710T114222+0200); the calendar date is what counts.
  let digits = value.split('T', 1)[0]!.replace(/-/g, '');
  if (format === '06') digits = digits.slice(0, 8);
  if (format === '07') digits = digits.slice(0, 6);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 8) return checked(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`);
  if (digits.length === 6) return checked(`${digits.slice(0, 4)}-${digits.slice(4)}`);
  if (digits.length === 4) return checked(digits);
  return null;
}

// 02 week, 03 quarter, 04 season, 08–11 ranges of those and of years.
const yearOnlyFormats = new Set(['02', '03', '04', '08', '09', '10', '11']);
// 20–35 are the Hijri calendar; a Gregorian store cannot use them without conversion.
const hijriFormats = new Set(Array.from({ length: 16 }, (_, i) => String(20 + i)));

function checked(iso: string): string | null {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  if (year < 1) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return iso;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}
