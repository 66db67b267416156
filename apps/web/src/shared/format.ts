import { useLanguage } from './i18n/use-t.ts';
import { intlLocales } from './i18n/languages.ts';
import { useSession } from './session.ts';

/**
 * Dates are stored in UTC; people read them in the store's time zone, not the browser's.
 * `locales` is a list with fallbacks (see INTL_LOCALES), never a single tag.
 */
export function formatDateTime(iso: string, locales: readonly string[], timeZone: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat([...locales], {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  }).format(date);
}

export function useFormatDate() {
  const { language } = useLanguage();
  const { store } = useSession();
  return (iso: string, withTime = true) => formatDateTime(iso, intlLocales(language), store.timeZone, withTime);
}

/** Minor units per major unit of a currency (100 for NOK and EUR), as Intl knows it. */
function minorUnitsPer(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/** An amount in minor units (øre, cent) as money: "kr 249,00", "€ 18,50". */
export function formatMoney(minor: number, currency: string, locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales], { style: 'currency', currency }).format(minor / minorUnitsPer(currency));
}

/** A change of an amount, always with its sign: "+1 200,00 kr", "−300,00 kr"; zero has none. */
export function formatSignedMoney(minor: number, currency: string, locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales], { style: 'currency', currency, signDisplay: 'exceptZero' }).format(minor / minorUnitsPer(currency));
}

/** Basis points as a percentage: 2250 → "22,5 %". */
export function formatPercentBp(bp: number, locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales], { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);
}

/** A count with the locale's grouping: 1234 → "1 234". */
export function formatCount(value: number, locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales]).format(value);
}

/** A file size: "812 kB", "2,4 MB". */
export function formatBytes(bytes: number, locales: readonly string[]): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat([...locales], {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/**
 * A calendar date without a time (release dates, the end of a fixed-price period):
 * "2027-05-11" → "11. mai 2027"; "2027-05" → "mai 2027"; "2027" → "2027". No time zone
 * applies: the date is the same everywhere.
 */
export function formatCalendarDate(value: string, locales: readonly string[], style: 'long' | 'medium' = 'long'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year ?? value;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: style, timeZone: 'UTC' }
    : { year: 'numeric', month: style === 'long' ? 'long' : 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat([...locales], options).format(date);
}

/** The year of a calendar date ("2021-03-04" → "2021"), or null. */
export function yearOf(value: string | null): string | null {
  return value && /^\d{4}/.test(value) ? value.slice(0, 4) : null;
}

/** Number formatters in the current UI language. */
export function useFormatters() {
  const { language } = useLanguage();
  const locales = intlLocales(language);
  return {
    locales,
    money: (minor: number, currency: string) => formatMoney(minor, currency, locales),
    signedMoney: (minor: number, currency: string) => formatSignedMoney(minor, currency, locales),
    percent: (bp: number) => formatPercentBp(bp, locales),
    count: (value: number) => formatCount(value, locales),
    bytes: (value: number) => formatBytes(value, locales),
    calendarDate: (value: string, style: 'long' | 'medium' = 'long') => formatCalendarDate(value, locales, style),
  };
}
