import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToMinorUnits } from './decimal.ts';

describe('decimalToMinorUnits', () => {
  it('converts exactly', () => {
    expect(decimalToMinorUnits('249.50')).toEqual({ ok: true, value: 24950 });
    expect(decimalToMinorUnits('85.0')).toEqual({ ok: true, value: 8500 });
    expect(decimalToMinorUnits('7')).toEqual({ ok: true, value: 700 });
    expect(decimalToMinorUnits('4.35')).toEqual({ ok: true, value: 435 });
    expect(decimalToMinorUnits(' 0.5 ')).toEqual({ ok: true, value: 50 });
    expect(decimalToMinorUnits('5.500')).toEqual({ ok: true, value: 550 });
  });

  it('refuses what is not a plain amount', () => {
    expect(decimalToMinorUnits('5.555')).toEqual({ ok: false, reason: 'has more than 2 decimals' });
    for (const text of ['', '-5', '1,50', '1e3', '.5', '5.', 'NaN', '1 000']) {
      expect(decimalToMinorUnits(text), text).toEqual({ ok: false, reason: 'is not an amount' });
    }
    expect(decimalToMinorUnits('99999999999999')).toEqual({ ok: false, reason: 'is not an amount' });
  });

  it('agrees with integer arithmetic for every amount with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minor) => {
        const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
        expect(decimalToMinorUnits(text)).toEqual({ ok: true, value: minor });
      }),
    );
  });
});
