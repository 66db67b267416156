import type { PriceTerms } from './applicable-discount.ts';
import type { StorePricing } from './store-pricing.ts';

/** What a budget code says about price (CHK-4, seed 002): its own discounts and fixed-price period. */
export type BudgetCodePricing = { fixedPriceDiscountBp: number; standardDiscountBp: number; fixedPricePeriodMonths: number | null };

/**
 * The terms and rules a line ordered on a budget code is priced with: the code's fixed-price
 * and standard discounts replace the account's when the code sets either, and its period
 * replaces the store's when it sets one. A code that sets nothing leaves both as they are.
 */
export function termsWithBudgetCode(
  terms: PriceTerms,
  pricing: StorePricing,
  code: BudgetCodePricing | null,
): { terms: PriceTerms; pricing: StorePricing } {
  if (!code) return { terms, pricing };
  const codeSetsDiscount = code.fixedPriceDiscountBp > 0 || code.standardDiscountBp > 0;
  return {
    terms: codeSetsDiscount ? { ...terms, fixedPriceDiscountBp: code.fixedPriceDiscountBp, standardDiscountBp: code.standardDiscountBp } : terms,
    pricing: code.fixedPricePeriodMonths === null ? pricing : { ...pricing, fixedPricePeriodMonths: code.fixedPricePeriodMonths },
  };
}
