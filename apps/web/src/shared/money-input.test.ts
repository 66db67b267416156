import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyInputValue, parseMoneyInput } from './money-input.ts';

const nb = ['nb', 'no'];
const en = ['en-GB'];
const nl = ['nl-BE', 'nl'];

describe('parseMoneyInput', () => {
  it('reads kroner with a decimal comma or point, with or without grouping', () => {
    expect(parseMoneyInput('12 500,50', nb)).toBe(1_250_050);
    expect(parseMoneyInput('12500.5', nb)).toBe(1_250_050);
    expect(parseMoneyInput('12500', nb)).toBe(1_250_000);
    expect(parseMoneyInput('50 000,00 kr', nb)).toBe(5_000_000);
    expect(parseMoneyInput('kr 249,00', nb)).toBe(24_900);
    expect(parseMoneyInput('500,-', nb)).toBe(50_000);
    expect(parseMoneyInput('0', nb)).toBe(0);
    expect(parseMoneyInput('0,05', nb)).toBe(5);
    expect(parseMoneyInput('12\u00a0500,50', nb)).toBe(1_250_050);
  });

  it('reads the grouping marks each language uses', () => {
    expect(parseMoneyInput('12.500,50', nb)).toBe(1_250_050);
    expect(parseMoneyInput('12.500', nb)).toBe(1_250_000);
    expect(parseMoneyInput('1.250.000', nl)).toBe(125_000_000);
    expect(parseMoneyInput('€ 1.250,75', nl)).toBe(125_075);
    expect(parseMoneyInput('12,500.50', en)).toBe(1_250_050);
    expect(parseMoneyInput('12,500', en)).toBe(1_250_000);
    expect(parseMoneyInput('12.5', en)).toBe(1_250);
    expect(parseMoneyInput('12,5', en)).toBe(1_250);
  });

  it('never makes floating-point errors', () => {
    expect(parseMoneyInput('0,29', nb)).toBe(29);
    expect(parseMoneyInput('1,13', nb)).toBe(113);
    expect(parseMoneyInput('4,35', nb)).toBe(435);
    expect(parseMoneyInput('90071992547409,91', nb)).toBe(9_007_199_254_740_991);
    expect(parseMoneyInput('90071992547409,92', nb)).toBeNull();
  });

  it('refuses what is not an amount, or is ambiguous', () => {
    for (const text of ['', ' ', 'abc', '-5', '12,345', '1,2,3', '12 500,505', '1.23.4', '12,50.00', ',5', '5,', '1e3', 'kr']) {
      expect(parseMoneyInput(text, nb), text).toBeNull();
    }
    expect(parseMoneyInput('12.345', en)).toBeNull();
  });

  it('reads back what moneyInputValue writes, in every language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(nb, en, nl, ['nn']), (minor, locales) => {
        expect(parseMoneyInput(moneyInputValue(minor, locales), locales)).toBe(minor);
      }),
    );
  });
});

describe('moneyInputValue', () => {
  it('writes minor units with two decimals, grouped the way the language groups', () => {
    expect(moneyInputValue(5_000_000, nb).replace(/\s/g, ' ')).toBe('50 000,00');
    expect(moneyInputValue(5_000_000, en)).toBe('50,000.00');
    expect(moneyInputValue(125_075, nl)).toBe('1.250,75');
    expect(moneyInputValue(5, nb)).toBe('0,05');
    expect(moneyInputValue(-150, en)).toBe('-1.50');
  });
});
