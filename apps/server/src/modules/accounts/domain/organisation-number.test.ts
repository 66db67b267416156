import { describe, expect, it } from 'vitest';
import {
  formatOrganisationNumber,
  isBelgianEnterpriseNumber,
  isNorwegianOrganisationNumber,
  normaliseOrganisationNumber,
} from './organisation-number.ts';

describe('Norwegian organisation numbers', () => {
  it('accepts numbers with a right modulus-11 check digit', () => {
    // Brønnøysundregistrene (974760673) and DNB (984851006) are public examples.
    expect(isNorwegianOrganisationNumber('974760673')).toBe(true);
    expect(isNorwegianOrganisationNumber('984851006')).toBe(true);
  });
  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isNorwegianOrganisationNumber('974760674')).toBe(false);
    expect(isNorwegianOrganisationNumber('97476067')).toBe(false);
    expect(isNorwegianOrganisationNumber('97476067a')).toBe(false);
  });
  it('refuses numbers whose check digit would be 10', () => {
    // Some eight-digit prefixes have no valid check digit at all; find one and try all ten.
    const candidates = Array.from({ length: 1000 }, (_, i) => String(10000000 + i));
    const withTen = candidates.find((p) => {
      const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(p[i]), 0);
      return 11 - (sum % 11) === 10;
    });
    expect(withTen).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(isNorwegianOrganisationNumber(`${withTen}${d}`)).toBe(false);
  });
  it('normalises spaces away and formats in groups of three', () => {
    expect(normaliseOrganisationNumber('NO', ' 974 760 673 ')).toEqual({ ok: true, value: '974760673' });
    expect(formatOrganisationNumber('NO', '974760673')).toBe('974 760 673');
  });
  it('names the field at fault', () => {
    expect(normaliseOrganisationNumber('NO', '123')).toMatchObject({ ok: false, code: 'invalid_organisation_number', field: 'organisationNumber' });
  });
});

describe('Belgian enterprise numbers', () => {
  it('accepts valid numbers, with or without BE, dots and the old nine digits', () => {
    // 0403.170.701 is a published example: 97 − (04031707 mod 97) = 1.
    expect(isBelgianEnterpriseNumber('0403170701')).toBe(true);
    expect(normaliseOrganisationNumber('BE', 'BE 0403.170.701')).toEqual({ ok: true, value: '0403170701' });
    expect(normaliseOrganisationNumber('BE', '403170701')).toEqual({ ok: true, value: '0403170701' });
  });
  it('refuses wrong check digits and a leading digit other than 0 or 1', () => {
    expect(isBelgianEnterpriseNumber('0403170702')).toBe(false);
    expect(isBelgianEnterpriseNumber('2403170701')).toBe(false);
  });
  it('formats as 0000.000.000', () => {
    expect(formatOrganisationNumber('BE', '0403170701')).toBe('0403.170.701');
  });
});
