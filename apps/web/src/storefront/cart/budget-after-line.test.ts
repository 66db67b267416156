import { describe, expect, it } from 'vitest';
import { budgetAfterLine, codeHasOwnTerms } from './budget-after-line.ts';

describe('the remaining budget while adding a line', () => {
  it('takes the cart and the line at the shown unit price times the quantity', () => {
    expect(budgetAfterLine({ remainingMinor: 5_000_000, inCartMinor: 39_840, unitGrossMinor: 19_920, quantity: 3 })).toEqual({
      remainingMinor: 5_000_000,
      inCartMinor: 39_840,
      lineMinor: 59_760,
      afterMinor: 4_900_400,
    });
  });

  it('goes below zero when the line overspends the code', () => {
    const preview = budgetAfterLine({ remainingMinor: 10_000, inCartMinor: 0, unitGrossMinor: 19_920, quantity: 1 });
    expect(preview.afterMinor).toBe(-9_920);
  });

  it('leaves the line out while it has no price or no valid quantity', () => {
    expect(budgetAfterLine({ remainingMinor: 10_000, inCartMinor: 2_000, unitGrossMinor: null, quantity: 2 })).toMatchObject({ lineMinor: null, afterMinor: 8_000 });
    expect(budgetAfterLine({ remainingMinor: 10_000, inCartMinor: 2_000, unitGrossMinor: 500, quantity: null })).toMatchObject({ lineMinor: null, afterMinor: 8_000 });
  });

  it('knows when a code prices on terms of its own', () => {
    expect(codeHasOwnTerms({ fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null })).toBe(false);
    expect(codeHasOwnTerms({ fixedPriceDiscountBp: 2000, standardDiscountBp: 0, fixedPricePeriodMonths: null })).toBe(true);
    expect(codeHasOwnTerms({ fixedPriceDiscountBp: 0, standardDiscountBp: 3250, fixedPricePeriodMonths: null })).toBe(true);
    expect(codeHasOwnTerms({ fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: 6 })).toBe(true);
  });
});
