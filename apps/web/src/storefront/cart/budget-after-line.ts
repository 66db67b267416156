import type { BudgetCode } from '@hylle/contracts';

/** What a budget code has left, shown while a line is being added (CHK-4). Amounts in minor units, VAT included. */
export type BudgetPreview = {
  /** What the code has left now, by its ledger. */
  remainingMinor: number;
  /** What the cart's lines on the code already take. */
  inCartMinor: number;
  /** This line: the shown discounted price of one copy times the quantity; null without a price or a valid quantity. */
  lineMinor: number | null;
  /** What is left once the cart and this line are ordered; below zero when they overspend the code. */
  afterMinor: number;
};

/**
 * The remaining budget as the buyer adds a line: what the code has now, less what the cart
 * already puts on it, less this line at the discounted price shown beside it. Checkout
 * debits the same figures (the discounted price with VAT), so the figure is the one the
 * order will leave — unless the code has its own discounts (see `codeHasOwnTerms`).
 */
export function budgetAfterLine(input: { remainingMinor: number; inCartMinor: number; unitGrossMinor: number | null; quantity: number | null }): BudgetPreview {
  const lineMinor = input.unitGrossMinor === null || input.quantity === null ? null : input.unitGrossMinor * input.quantity;
  return {
    remainingMinor: input.remainingMinor,
    inCartMinor: input.inCartMinor,
    lineMinor,
    afterMinor: input.remainingMinor - input.inCartMinor - (lineMinor ?? 0),
  };
}

/**
 * A code with discounts or a fixed-price period of its own prices its lines on those terms,
 * not on the account's price the page shows: the cart then has the exact figure.
 */
export function codeHasOwnTerms(code: Pick<BudgetCode, 'fixedPriceDiscountBp' | 'standardDiscountBp' | 'fixedPricePeriodMonths'>): boolean {
  return code.fixedPriceDiscountBp > 0 || code.standardDiscountBp > 0 || code.fixedPricePeriodMonths !== null;
}
