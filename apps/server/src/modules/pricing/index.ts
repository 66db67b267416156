/**
 * The pricing module (CAT-4, ADR 9): pure rules, no database. One function prices a line for
 * the product page, the cart and the invoice alike.
 */
export { quotePrice } from './domain/quote-price.ts';
export type { PricedProduct, Quote, QuoteFailure, QuoteInput } from './domain/quote-price.ts';
export type { Amounts } from './domain/amounts.ts';
export type { DiscountKind, PriceTerms } from './domain/applicable-discount.ts';
export { storePricing, type StorePricing } from './domain/store-pricing.ts';
export { fixedPriceForms } from './domain/fixed-price-period.ts';
export { todayInZone } from './domain/today-in-zone.ts';
export { customerTypes, type CustomerType } from '../../store-config.ts';
export { termsWithBudgetCode, type BudgetCodePricing } from './domain/budget-code-terms.ts';
