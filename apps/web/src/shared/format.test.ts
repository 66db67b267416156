import { describe, expect, it } from 'vitest';
import { countryName } from './countries.ts';
import { formatDateTime } from './format.ts';
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
