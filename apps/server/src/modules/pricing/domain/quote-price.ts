import type { ListPrice, ProductForm } from '../../catalog/domain/product.ts';
import { customerTypes } from '../../../store-config.ts';
import { err, ok, type Result } from '../../../kernel/result.ts';
import { addVat, type Amounts, applyDiscount, splitGross, toSafeNumber } from './amounts.ts';
import { applicableDiscount, type DiscountKind, type PriceTerms } from './applicable-discount.ts';
import { isCalendarDate } from './calendar-date.ts';
import { fixedPricePeriod } from './fixed-price-period.ts';
import type { StorePricing } from './store-pricing.ts';

/** What pricing needs of a product; a catalogue `ProductRecord` is one. */
export type PricedProduct = {
  form: ProductForm;
  price: ListPrice | null;
  releaseDate: string | null;
  language: string | null;
};

export type QuoteInput = {
  product: PricedProduct;
  /** The account's terms; null when nobody is signed in or there is no account: list price. */
  terms: PriceTerms | null;
  pricing: StorePricing;
  /** YYYY-MM-DD in the store's time zone (`todayInZone(clock.now(), store.timeZone)`). */
  today: string;
  /** A positive whole number of copies. */
  quantity: number;
};

/** The price of one cart, order or invoice line; every amount in integer minor units. */
export type Quote = {
  currency: StorePricing['currency'];
  vatRateBp: number;
  quantity: number;
  /** One copy at the publisher's list price. */
  listUnit: Amounts;
  /** One copy after the account's discount. */
  unit: Amounts;
  /** The whole line: `line.gross === unit.gross × quantity`. */
  line: Amounts;
  discountBp: number;
  discountKind: DiscountKind;
  /** The discount the account's terms asked for; above `discountBp` only when `capped`. */
  requestedDiscountBp: number;
  /** True when the law's cap cut the account's fixed-price discount. */
  capped: boolean;
  inFixedPricePeriod: boolean;
  /** The last day of the fixed-price period, inclusive; null when none or not yet known. */
  fixedPriceUntil: string | null;
};

export type QuoteFailure =
  | 'no_price'
  | 'currency_mismatch'
  | 'invalid_price'
  | 'invalid_quantity'
  | 'invalid_date'
  | 'invalid_discount'
  | 'invalid_customer_type'
  | 'invalid_vat_rate'
  | 'amount_too_large';

const MAX_BP = 10_000;

/**
 * The price shown and the price charged, from one function (CAT-4, ADR 9), so the
 * product page, the cart and the invoice cannot disagree. The price including VAT is the
 * one a book-price law fixes, so the discount is taken off the gross unit price (rounded in
 * the customer's disfavour by less than one minor unit, so a cap holds to the cent); VAT is
 * then extracted from the unit and from the line gross, and net is what remains.
 */
export function quotePrice(input: QuoteInput): Result<Quote, QuoteFailure> {
  const checked = checkInput(input);
  if (!checked.ok) return checked;
  const price = checked.value;
  const { product, terms, pricing, today, quantity } = input;
  const vatRateBp = pricing.vatBp[product.form];

  const period = fixedPricePeriod({ ...product, price, rules: pricing, today });
  const discount = applicableDiscount(terms, period.inPeriod, pricing.fixedPriceDiscountCapBp);

  const rate = BigInt(vatRateBp);
  const amount = BigInt(price.amountMinor);
  // A net list price (ONIX 01/03) keeps its net exactly; its gross adds VAT rounded half up.
  const listUnit = price.includesVat ? splitGross(amount, rate) : addVat(amount, rate);
  const unit = splitGross(applyDiscount(listUnit.gross, BigInt(discount.discountBp)), rate);
  const line = splitGross(unit.gross * BigInt(quantity), rate);

  const [listAmounts, unitAmounts, lineAmounts] = [listUnit, unit, line].map(toAmounts);
  if (!listAmounts || !unitAmounts || !lineAmounts) {
    return err('amount_too_large', 'the amount is too large to price exactly', 'quantity');
  }
  return ok({
    currency: pricing.currency,
    vatRateBp,
    quantity,
    listUnit: listAmounts,
    unit: unitAmounts,
    line: lineAmounts,
    discountBp: discount.discountBp,
    discountKind: discount.kind,
    requestedDiscountBp: discount.requestedDiscountBp,
    capped: discount.capped,
    inFixedPricePeriod: period.inPeriod,
    fixedPriceUntil: period.until,
  });
}

/**
 * Bad input is a Failure naming the field, never a NaN or a thrown error further down.
 * On success, the product's price (no longer null).
 */
function checkInput({ product, terms, pricing, today, quantity }: QuoteInput): Result<ListPrice, QuoteFailure> {
  const { price } = product;
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    return err('invalid_quantity', 'quantity must be a positive whole number', 'quantity');
  }
  if (!isCalendarDate(today)) return err('invalid_date', 'today must be a date YYYY-MM-DD', 'today');
  if (price === null) return err('no_price', 'the product has no price');
  if (!Number.isSafeInteger(price.amountMinor) || price.amountMinor < 0) {
    return err('invalid_price', 'the list price must be a whole, non-negative number of minor units', 'price.amountMinor');
  }
  if (price.currency !== pricing.currency) {
    return err('currency_mismatch', `the price is in ${price.currency}, the store sells in ${pricing.currency}`, 'price.currency');
  }
  if (product.releaseDate !== null && !isCalendarDate(product.releaseDate)) {
    return err('invalid_date', 'the release date must be a date YYYY-MM-DD', 'releaseDate');
  }
  if (price.fixedPriceUntil !== null && !isCalendarDate(price.fixedPriceUntil)) {
    return err('invalid_date', 'the fixed-price end date must be a date YYYY-MM-DD', 'price.fixedPriceUntil');
  }
  if (!isBasisPoints(pricing.vatBp[product.form])) {
    return err('invalid_vat_rate', `the store has no valid VAT rate for the form "${product.form}"`, 'pricing.vatBp');
  }
  if (terms === null) return ok(price);
  if (!customerTypes.includes(terms.customerType)) {
    return err('invalid_customer_type', 'unknown customer type', 'terms.customerType');
  }
  for (const field of ['fixedPriceDiscountBp', 'standardDiscountBp'] as const) {
    if (!isBasisPoints(terms[field])) return err('invalid_discount', 'discounts are 0–10000 basis points', `terms.${field}`);
  }
  if (!isBasisPoints(pricing.fixedPriceDiscountCapBp[terms.customerType])) {
    return err('invalid_discount', 'caps are 0–10000 basis points', 'pricing.fixedPriceDiscountCapBp');
  }
  return ok(price);
}

function isBasisPoints(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0 && value <= MAX_BP;
}

function toAmounts(parts: { net: bigint; vat: bigint; gross: bigint }): Amounts | null {
  const [net, vat, gross] = [toSafeNumber(parts.net), toSafeNumber(parts.vat), toSafeNumber(parts.gross)];
  return net === null || vat === null || gross === null ? null : { net, vat, gross };
}
