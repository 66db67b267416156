import { describe, expect, it } from 'vitest';
import { countryName } from './countries.ts';
import { formatBytes, formatCalendarDate, formatCount, formatDateTime, formatMoney, formatPercentBp, formatSignedMoney, yearOf } from './format.ts';
import { INTL_LOCALES, intlLocales, LANGUAGES } from './i18n/languages.ts';

describe('intlLocales', () => {
  it('gives Nynorsk a Bokmål fallback, since browsers may lack Nynorsk data', () => {
    expect(intlLocales('nn')).toEqual(['nn', 'nb']);
    expect(intlLocales('nb')).toEqual(['nb']);
    expect(intlLocales('en')).toEqual(['en-GB']);
    expect(intlLocales('nl')).toEqual(['nl']);
  });

  it('has a list for every language, and hands out copies', () => {
    for (const language of LANGUAGES) expect(INTL_LOCALES[language].length).toBeGreaterThan(0);
    intlLocales('nn').push('xx');
    expect(INTL_LOCALES.nn).toEqual(['nn', 'nb']);
  });
});

describe('formatting with a locale list', () => {
  // A tag no runtime has data for stands in for Chromium's missing Nynorsk.
  const withoutFirst = ['qaa', 'nb'];

  it('falls back to the next locale in the list, not to en-US', () => {
    const date = formatDateTime('2026-11-22T10:00:00Z', withoutFirst, 'Europe/Oslo', false);
    expect(date).toBe(formatDateTime('2026-11-22T10:00:00Z', ['nb'], 'Europe/Oslo', false));
    expect(date).toMatch(/nov/);
    expect(date).not.toMatch(/Nov/);
    expect(countryName('NO', withoutFirst)).toBe('Norge');
  });

  it('reads dates in the store time zone', () => {
    expect(formatDateTime('2026-11-22T23:30:00Z', ['nb'], 'Europe/Oslo', false)).toMatch(/^23\./);
    expect(formatDateTime('2026-11-22T23:30:00Z', ['en-GB'], 'Europe/Oslo')).toMatch(/00:30/);
  });

  it('leaves an unreadable date as it came', () => {
    expect(formatDateTime('not a date', ['nb'], 'Europe/Oslo')).toBe('not a date');
  });
});

describe('numbers, money and calendar dates', () => {
  const nb = ['nb'];
  const nbsp = /[\u00a0\u202f]/g;
  const plain = (text: string) => text.replace(nbsp, ' ');

  it('formats minor units as money in the locale', () => {
    // ICU versions differ on where the currency goes ("kr 249,00" or "249,00 kr"); the number doesn't.
    expect(plain(formatMoney(24900, 'NOK', nb))).toMatch(/^(kr 249,00|249,00 kr)$/);
    expect(plain(formatMoney(1850, 'EUR', ['nl']))).toMatch(/^(€ 18,50|18,50 €)$/);
    expect(plain(formatMoney(123456789, 'NOK', nb))).toContain('1 234 567,89');
  });

  it('formats a change of money with its sign, and zero without', () => {
    expect(plain(formatSignedMoney(120000, 'NOK', nb))).toContain('+');
    expect(plain(formatSignedMoney(120000, 'NOK', nb))).toContain('1 200,00');
    expect(plain(formatSignedMoney(-30000, 'NOK', nb))).toMatch(/[−-]/);
    expect(plain(formatSignedMoney(0, 'EUR', ['en-GB']))).toBe('€0.00');
  });

  it('formats basis points as a percentage', () => {
    expect(plain(formatPercentBp(2250, nb))).toBe('22,5 %');
    expect(plain(formatPercentBp(2000, nb))).toBe('20 %');
    expect(formatPercentBp(2000, ['en-GB'])).toBe('20%');
  });

  it('groups counts and names file sizes', () => {
    expect(plain(formatCount(1234, nb))).toBe('1 234');
    expect(plain(formatBytes(512, ['en-GB']))).toBe('512 byte');
    expect(plain(formatBytes(2_400_000, ['en-GB']))).toBe('2.4 MB');
  });

  it('reads calendar dates without shifting them by a time zone', () => {
    expect(formatCalendarDate('2027-05-11', nb)).toBe('11. mai 2027');
    expect(formatCalendarDate('2027-01-01', ['en-GB'])).toBe('1 January 2027');
    expect(formatCalendarDate('2027-05', nb)).toBe('mai 2027');
    expect(formatCalendarDate('2027', nb)).toBe('2027');
    expect(formatCalendarDate('soon', nb)).toBe('soon');
    expect(yearOf('2021-03-04')).toBe('2021');
    expect(yearOf(null)).toBeNull();
  });
});
