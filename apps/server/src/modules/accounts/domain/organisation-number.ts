import { err, ok, type Result } from '../../../kernel/result.ts';

export type Country = 'NO' | 'BE';

const NORWEGIAN_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Norwegian organisation number: 9 digits, the last a modulus-11 check digit. */
export function isNorwegianOrganisationNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = NORWEGIAN_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[8]);
}

/** Belgian enterprise number: 10 digits starting 0 or 1; the last two are 97 − (first eight mod 97). */
export function isBelgianEnterpriseNumber(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/**
 * Checks an organisation number for the store's country and returns it in its stored
 * form: digits only (a Belgian number written with "BE", dots or the old 9 digits too).
 */
export function normaliseOrganisationNumber(country: Country, raw: string): Result<string, 'invalid_organisation_number'> {
  const digits = raw.replace(/^\s*BE/i, '').replace(/[\s.-]/g, '');
  if (country === 'NO') {
    if (isNorwegianOrganisationNumber(digits)) return ok(digits);
    return err('invalid_organisation_number', 'A Norwegian organisation number has 9 digits and a valid check digit', 'organisationNumber');
  }
  const belgian = digits.length === 9 ? `0${digits}` : digits;
  if (isBelgianEnterpriseNumber(belgian)) return ok(belgian);
  return err('invalid_organisation_number', 'A Belgian enterprise number has 10 digits (0 or 1 first) and valid check digits', 'organisationNumber');
}

/** How people write them: 923 609 016 in Norway, 0403.170.701 in Belgium. */
export function formatOrganisationNumber(country: Country, digits: string): string {
  if (country === 'NO') return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
  return digits.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1.$2.$3');
}
