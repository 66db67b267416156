import { describe, expect, it } from 'vitest';
import { parsePercent, percentInputValue } from './percent.ts';

describe('parsePercent', () => {
  it('reads a comma or a point, with or without the percent sign', () => {
    expect(parsePercent('22,5 %')).toBe(2250);
    expect(parsePercent('22.5')).toBe(2250);
    expect(parsePercent(' 20 ')).toBe(2000);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100%')).toBe(10_000);
    expect(parsePercent('12,25')).toBe(1225);
  });

  it('refuses what is not a percentage between 0 and 100 in basis points', () => {
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('100,01')).toBeNull();
    expect(parsePercent('12,345')).toBeNull();
    expect(parsePercent('tjue')).toBeNull();
    expect(parsePercent('1.000')).toBeNull();
  });
});

describe('percentInputValue', () => {
  it('writes basis points the way the language writes decimals', () => {
    expect(percentInputValue(2250, ['nb'])).toBe('22,5');
    expect(percentInputValue(2250, ['en-GB'])).toBe('22.5');
    expect(percentInputValue(2000, ['nb'])).toBe('20');
    expect(percentInputValue(1225, ['nl'])).toBe('12,25');
  });
});
