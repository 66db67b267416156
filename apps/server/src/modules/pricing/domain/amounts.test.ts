import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addVat, applyDiscount, divideHalfUp, splitGross, toSafeNumber } from './amounts.ts';

describe('money arithmetic', () => {
  it('rounds halves up', () => {
    expect(divideHalfUp(5n, 10n)).toBe(1n);
    expect(divideHalfUp(4n, 10n)).toBe(0n);
    expect(divideHalfUp(15n, 10n)).toBe(2n);
    expect(divideHalfUp(0n, 7n)).toBe(0n);
  });

  it('extracts VAT from a gross and adds it to a net', () => {
    // 20.00 at 6 %: 2000 × 6/106 = 113.2 → 1.13.
    expect(splitGross(2000n, 600n)).toEqual({ net: 1887n, vat: 113n, gross: 2000n });
    expect(splitGross(12500n, 2500n)).toEqual({ net: 10000n, vat: 2500n, gross: 12500n });
    expect(addVat(1000n, 2100n)).toEqual({ net: 1000n, vat: 210n, gross: 1210n });
    expect(splitGross(999n, 0n)).toEqual({ net: 999n, vat: 0n, gross: 999n });
  });

  it('rounds a discount down, so the price never drops below the percentage', () => {
    expect(applyDiscount(2499n, 2000n)).toBe(2000n);
    expect(applyDiscount(2499n, 0n)).toBe(2499n);
    expect(applyDiscount(2499n, 10_000n)).toBe(0n);
  });

  it('gets back the net it added VAT to', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10_000n }), (net, rate) => {
        expect(splitGross(addVat(net, rate).gross, rate)).toEqual(addVat(net, rate));
      }),
      { numRuns: 5000 },
    );
  });

  it('turns only exactly representable amounts into numbers', () => {
    expect(toSafeNumber(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toSafeNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toBeNull();
  });
});
