import type { ListPrice, ProductForm } from '../../catalog/domain/product.ts';
import type { PricingRules } from '../../../store-config.ts';
import { addMonths, compareDates, previousDay } from './calendar-date.ts';

/** The forms a book-price law covers; video, games and other goods are never fixed. */
export const fixedPriceForms: readonly ProductForm[] = ['book', 'ebook', 'audiobook'];

export type FixedPricePeriod = {
  /** True when the law fixes this product's price today. */
  inPeriod: boolean;
  /** The last day of the period (inclusive), or null when there is none or it is not yet known. */
  until: string | null;
};

/**
 * Whether the law fixes the price of a product today (CAT-4, ADR 9). Only a price the
 * publisher gave as fixed, of a book form, in a language the store's law covers, falls
 * under it. The publisher's own end date (ONIX PriceDate role 15) wins; otherwise the
 * period runs from the release day for the store's number of calendar months, so 12 May
 * 2026 + 12 months ends on 11 May 2027. Without a release date the book is forthcoming and
 * sold at the fixed price. All dates must already be checked with `isCalendarDate`.
 */
export function fixedPricePeriod(input: {
  form: ProductForm;
  price: ListPrice;
  releaseDate: string | null;
  language: string | null;
  rules: PricingRules;
  today: string;
}): FixedPricePeriod {
  const { form, price, releaseDate, language, rules, today } = input;
  const none: FixedPricePeriod = { inPeriod: false, until: null };
  if (!price.fixed || !fixedPriceForms.includes(form) || !languageCovered(language, rules.fixedPriceLanguages)) return none;
  if (price.fixedPriceUntil !== null) {
    return { inPeriod: compareDates(today, price.fixedPriceUntil) <= 0, until: price.fixedPriceUntil };
  }
  // Zero months: the store has turned the computed period off (only publishers' dates count).
  if (rules.fixedPricePeriodMonths <= 0) return none;
  if (releaseDate === null) return { inPeriod: true, until: null };
  // The release day is day one, so the period ends the day before the same date N months on.
  // A release in the future gives an end after today, so forthcoming books are in the period.
  const until = previousDay(addMonths(releaseDate, rules.fixedPricePeriodMonths));
  return { inPeriod: compareDates(today, until) <= 0, until };
}

/** A product of unknown language is treated as covered: applying the law wrongly only costs margin. */
function languageCovered(language: string | null, covered: string[] | null): boolean {
  if (covered === null || language === null) return true;
  return covered.includes(language.trim().toLowerCase());
}
