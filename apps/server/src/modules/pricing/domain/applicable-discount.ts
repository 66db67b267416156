import type { CustomerType } from '../../../store-config.ts';

/** An account's price terms (CAT-4): discounts in basis points, 0–10 000 (100 % = 10 000). */
export type PriceTerms = {
  customerType: CustomerType;
  /** Off a fixed price, inside the fixed-price period; the law's cap for the customer type limits it. */
  fixedPriceDiscountBp: number;
  /** Off every other price: outside the period, and for goods no law fixes. */
  standardDiscountBp: number;
};

/** Which of the account's discounts priced a line; 'none' without an account. */
export type DiscountKind = 'fixed_price' | 'standard' | 'none';

export type ApplicableDiscount = {
  kind: DiscountKind;
  /** What is taken off. */
  discountBp: number;
  /** What the account's terms asked for; more than `discountBp` only when capped. */
  requestedDiscountBp: number;
  /** True when the law's cap cut the account's fixed-price discount. */
  capped: boolean;
};

/**
 * The discount an account gets on one product. Inside the fixed-price period the account's
 * fixed-price discount applies, cut to the law's cap for its customer type; otherwise its
 * standard discount, which no law limits. Terms must already be checked to be in range.
 */
export function applicableDiscount(
  terms: PriceTerms | null,
  inFixedPricePeriod: boolean,
  capBp: Record<CustomerType, number>,
): ApplicableDiscount {
  if (terms === null) return { kind: 'none', discountBp: 0, requestedDiscountBp: 0, capped: false };
  if (!inFixedPricePeriod) {
    return { kind: 'standard', discountBp: terms.standardDiscountBp, requestedDiscountBp: terms.standardDiscountBp, capped: false };
  }
  const requested = terms.fixedPriceDiscountBp;
  const cap = capBp[terms.customerType];
  return { kind: 'fixed_price', discountBp: Math.min(requested, cap), requestedDiscountBp: requested, capped: requested > cap };
}
