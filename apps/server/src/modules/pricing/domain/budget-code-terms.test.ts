import { describe, expect, it } from 'vitest';
import { termsWithBudgetCode } from './budget-code-terms.ts';
import { storePricing } from './store-pricing.ts';
import { loadStoreConfig } from '../../../store-config.ts';

const pricing = storePricing(loadStoreConfig({ HYLLE_STORE: 'be' }));
const terms = { customerType: 'public_library' as const, fixedPriceDiscountBp: 1500, standardDiscountBp: 2500 };

describe('a budget code’s price terms (CHK-4)', () => {
  it('replaces the account’s discounts when the code sets one, and the period when it sets one', () => {
    const priced = termsWithBudgetCode(terms, pricing, { fixedPriceDiscountBp: 0, standardDiscountBp: 3500, fixedPricePeriodMonths: 3 });
    expect(priced.terms).toEqual({ customerType: 'public_library', fixedPriceDiscountBp: 0, standardDiscountBp: 3500 });
    expect(priced.pricing.fixedPricePeriodMonths).toBe(3);
  });
  it('leaves the account’s discounts and the store’s period when the code sets neither, or there is no code', () => {
    expect(termsWithBudgetCode(terms, pricing, { fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null })).toEqual({ terms, pricing });
    expect(termsWithBudgetCode(terms, pricing, null)).toEqual({ terms, pricing });
  });
});
