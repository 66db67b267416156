import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBankAccount,
  formatDocumentDate,
  formatInteger,
  formatMinorUnits,
  formatMoney,
  formatOrganisationNumber,
  formatPercentBp,
} from './document-format.ts';

describe('formatMoney', () => {
  it('writes amounts as each language does', () => {
    expect(formatMoney(123450, 'NOK', 'nb')).toBe('1 234,50 kr');
    expect(formatMoney(123450, 'NOK', 'nn')).toBe('1 234,50 kr');
    expect(formatMoney(123450, 'EUR', 'nl')).toBe('€ 1.234,50');
    expect(formatMoney(123450, 'NOK', 'nl')).toBe('NOK 1.234,50');
    expect(formatMoney(123450, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(123450, 'NOK', 'en')).toBe('NOK 1,234.50');
    expect(formatMoney(123450, 'EUR', 'nb')).toBe('1 234,50 €');
  });

  it('keeps small, zero, negative and very large amounts exact', () => {
    expect(formatMoney(0, 'NOK', 'nb')).toBe('0,00 kr');
    expect(formatMoney(5, 'NOK', 'nb')).toBe('0,05 kr');
    expect(formatMoney(-29925, 'NOK', 'nb')).toBe('-299,25 kr');
    expect(formatMoney(-29925, 'EUR', 'nl')).toBe('€ -299,25');
    // 4.35 as a float is 4.3499999…; 2^53 - 1 øre has no float representation with cents at all.
    expect(formatMoney(435, 'EUR', 'nl')).toBe('€ 4,35');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'NOK', 'nb')).toBe('90 071 992 547 409,91 kr');
  });

  it('refuses a fraction of a minor unit: that is a bug upstream', () => {
    expect(() => formatMoney(12.5, 'NOK', 'nb')).toThrow(RangeError);
  });

  it('agrees with Intl formatting the decimal string exactly, for any amount', () => {
    // Intl formats a decimal string without going through a float.
    const nl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const absolute = BigInt(Math.abs(minor));
        const decimal = `${minor < 0 ? '-' : ''}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
        const intlNl = nl.format(decimal as Intl.StringNumericLiteral).replace('\u2212', '-');
        expect(formatMinorUnits(minor, 'nl')).toBe(intlNl);
        expect(formatMinorUnits(minor, 'en')).toBe(en.format(decimal as Intl.StringNumericLiteral));
        expect(formatMinorUnits(minor, 'nb')).toBe(intlNl.replaceAll('.', ' '));
      }),
    );
  });
});

describe('other numbers', () => {
  it('groups integers', () => {
    expect(formatInteger(1234567, 'nb')).toBe('1 234 567');
    expect(formatInteger(1234, 'nl')).toBe('1.234');
    expect(formatInteger(999, 'en')).toBe('999');
  });

  it('writes basis points as percentages', () => {
    expect(formatPercentBp(2500, 'nb')).toBe('25 %');
    expect(formatPercentBp(1250, 'nb')).toBe('12,5 %');
    expect(formatPercentBp(1250, 'en')).toBe('12.5%');
    expect(formatPercentBp(0, 'nl')).toBe('0%');
    expect(formatPercentBp(625, 'nl')).toBe('6,25%');
    expect(formatPercentBp(1, 'nb')).toBe('0,01 %');
  });

  it('writes dates as each language does on business documents', () => {
    expect(formatDocumentDate('2025-03-04', 'nb')).toBe('04.03.2025');
    expect(formatDocumentDate('2025-03-04', 'nl')).toBe('04-03-2025');
    expect(formatDocumentDate('2025-03-04', 'en')).toBe('4 Mar 2025');
    expect(formatDocumentDate('not a date', 'nb')).toBe('not a date');
  });

  it('groups organisation numbers and bank accounts', () => {
    expect(formatOrganisationNumber('912345678')).toBe('912 345 678');
    expect(formatOrganisationNumber('BE0123456789')).toBe('BE0123456789');
    expect(formatBankAccount('15032212345')).toBe('1503.22.12345');
    expect(formatBankAccount('1503 22 12345')).toBe('1503.22.12345');
    expect(formatBankAccount('BE71096123456769')).toBe('BE71 0961 2345 6769');
    expect(formatBankAccount('konto 1')).toBe('konto 1');
  });
});
