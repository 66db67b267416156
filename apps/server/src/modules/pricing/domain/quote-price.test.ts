import { describe, expect, it } from 'vitest';
import type { ListPrice } from '../../catalog/domain/product.ts';
import { loadStoreConfig } from '../../../store-config.ts';
import type { PriceTerms } from './applicable-discount.ts';
import { type PricedProduct, type Quote, quotePrice, type QuoteInput } from './quote-price.ts';
import { type StorePricing, storePricing } from './store-pricing.ts';

const norway = storePricing(loadStoreConfig({ HYLLE_STORE: 'no' }));
const flanders = storePricing(loadStoreConfig({ HYLLE_STORE: 'be' }));

function fixedPrice(amountMinor: number, overrides: Partial<ListPrice> = {}): ListPrice {
  return { amountMinor, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: null, ...overrides };
}
function euro(amountMinor: number, overrides: Partial<ListPrice> = {}): ListPrice {
  return fixedPrice(amountMinor, { currency: 'EUR', taxRateCode: 'R', ...overrides });
}
function book(price: ListPrice | null, overrides: Partial<PricedProduct> = {}): PricedProduct {
  return { form: 'book', price, releaseDate: '2026-05-12', language: 'nob', ...overrides };
}
const terms = (customerType: PriceTerms['customerType'], fixedPriceDiscountBp: number, standardDiscountBp = 0): PriceTerms => ({
  customerType,
  fixedPriceDiscountBp,
  standardDiscountBp,
});

function quote(input: Partial<QuoteInput> & Pick<QuoteInput, 'product'>): Quote {
  const result = quotePrice({ terms: null, pricing: norway, today: '2026-06-01', quantity: 1, ...input });
  if (!result.ok) throw new Error(`expected a quote, got ${result.code}: ${result.detail}`);
  return result.value;
}

describe('Norway: a fixed price for 12 months, books zero-rated', () => {
  const product = book(fixedPrice(39900));
  const library = terms('public_library', 2500, 3000);

  it('gives the fixed-price discount, cut to the cap, through the last day of the period', () => {
    const q = quote({ product, terms: library, today: '2027-05-11' });
    expect(q).toMatchObject({
      inFixedPricePeriod: true,
      fixedPriceUntil: '2027-05-11',
      discountKind: 'fixed_price',
      requestedDiscountBp: 2500,
      discountBp: 2000,
      capped: true,
      vatRateBp: 0,
      listUnit: { net: 39900, vat: 0, gross: 39900 },
      unit: { net: 31920, vat: 0, gross: 31920 },
    });
  });

  it('gives the standard discount, uncapped, from the day after', () => {
    const q = quote({ product, terms: library, today: '2027-05-12' });
    expect(q).toMatchObject({ inFixedPricePeriod: false, discountKind: 'standard', discountBp: 3000, capped: false });
    expect(q.unit).toEqual({ net: 27930, vat: 0, gross: 27930 });
  });

  it('charges list price without an account', () => {
    const q = quote({ product, terms: null });
    expect(q).toMatchObject({ discountKind: 'none', discountBp: 0, requestedDiscountBp: 0, inFixedPricePeriod: true });
    expect(q.unit).toEqual(q.listUnit);
  });

  it('zero-rates e-books and audiobooks and charges 25 % on a DVD, which no law fixes', () => {
    expect(quote({ product: book(fixedPrice(19900), { form: 'ebook' }) }).unit.vat).toBe(0);
    expect(quote({ product: book(fixedPrice(19900), { form: 'audiobook' }) }).unit.vat).toBe(0);
    const dvd = quote({ product: book(fixedPrice(19900), { form: 'video' }), terms: terms('business', 2000, 1000) });
    expect(dvd).toMatchObject({ vatRateBp: 2500, inFixedPricePeriod: false, discountKind: 'standard', discountBp: 1000 });
    // 199.00 − 10 % = 179.10, of which 25/125 is VAT.
    expect(dvd.unit).toEqual({ net: 14328, vat: 3582, gross: 17910 });
  });

  it('lets the store confirm other caps through the environment', () => {
    const confirmed = storePricing(loadStoreConfig({ HYLLE_FIXED_PRICE_CAP_SCHOOL: '1500' }));
    const q = quote({ product, terms: terms('school', 2500), pricing: confirmed });
    expect(q).toMatchObject({ discountBp: 1500, capped: true });
  });
});

describe('Flanders: a regulated price for 6 months, books 6 %', () => {
  const product = book(euro(2499), { releaseDate: '2026-03-01', language: 'dut' });
  const inPeriod = { product, pricing: flanders, today: '2026-04-01' };

  it.each([
    // 24.99 × 20 % = 4.998 → 4.99 off: the discount rounds down so the cap holds to the cent.
    { customer: 'public_library', asked: 3000, given: 2000, capped: true, unit: { net: 1887, vat: 113, gross: 2000 } },
    { customer: 'school', asked: 2500, given: 2500, capped: false, unit: { net: 1769, vat: 106, gross: 1875 } },
    { customer: 'business', asked: 1500, given: 1000, capped: true, unit: { net: 2123, vat: 127, gross: 2250 } },
    { customer: 'school', asked: 3500, given: 2500, capped: true, unit: { net: 1769, vat: 106, gross: 1875 } },
  ] as const)('caps a $customer asking $asked bp at $given bp', ({ customer, asked, given, capped, unit }) => {
    const q = quote({ ...inPeriod, terms: terms(customer, asked, 4000) });
    expect(q).toMatchObject({ discountKind: 'fixed_price', requestedDiscountBp: asked, discountBp: given, capped, vatRateBp: 600 });
    expect(q.unit).toEqual(unit);
    expect(q.fixedPriceUntil).toBe('2026-08-31');
  });

  it('taxes an e-book at 6 % and a DVD at 21 %', () => {
    expect(quote({ ...inPeriod, product: { ...product, form: 'ebook' } }).unit).toEqual({ net: 2358, vat: 141, gross: 2499 });
    const dvd = quote({ ...inPeriod, product: { ...product, form: 'video', price: euro(1999, { fixed: false }) }, terms: terms('business', 0, 1000) });
    // 19.99 − 1.99 (10 % rounded down) = 18.00, of which 21/121 is VAT.
    expect(dvd.unit).toEqual({ net: 1488, vat: 312, gross: 1800 });
  });

  it('adds VAT to a net list price (ONIX 01/03) and keeps the net exact', () => {
    const game = quote({ ...inPeriod, product: { ...product, form: 'game', price: euro(1000, { includesVat: false, fixed: false }) } });
    expect(game.listUnit).toEqual({ net: 1000, vat: 210, gross: 1210 });
    expect(game.unit).toEqual(game.listUnit);
    // Half a minor unit of VAT rounds up: 0.02 × 25 % = 0.005 → 0.01.
    const tiny = quote({ product: book(fixedPrice(2, { includesVat: false, fixed: false }), { form: 'other' }) });
    expect(tiny.listUnit).toEqual({ net: 2, vat: 1, gross: 3 });
  });

  it('never fixes a recommended price, even of a new book', () => {
    const q = quote({ ...inPeriod, product: { ...product, price: euro(2499, { fixed: false }) }, terms: terms('business', 1000, 3000) });
    expect(q).toMatchObject({ inFixedPricePeriod: false, fixedPriceUntil: null, discountKind: 'standard', discountBp: 3000 });
  });

  it('leaves languages out of the period when the store lists the ones the decree covers', () => {
    const dutchOnly = storePricing(loadStoreConfig({ HYLLE_STORE: 'be', HYLLE_FIXED_PRICE_LANGUAGES: 'dut' }));
    const school = terms('school', 2500, 500);
    const english = quote({ ...inPeriod, pricing: dutchOnly, product: { ...product, language: 'eng' }, terms: school });
    expect(english).toMatchObject({ inFixedPricePeriod: false, discountKind: 'standard', discountBp: 500 });
    const dutch = quote({ ...inPeriod, pricing: dutchOnly, product: { ...product, language: 'DUT' }, terms: school });
    expect(dutch).toMatchObject({ inFixedPricePeriod: true, discountBp: 2500 });
    const unknown = quote({ ...inPeriod, pricing: dutchOnly, product: { ...product, language: null }, terms: school });
    expect(unknown.inFixedPricePeriod).toBe(true);
  });
});

describe('the fixed-price period', () => {
  const be = (releaseDate: string | null, today: string, price = euro(1000)) =>
    quote({ product: book(price, { releaseDate }), pricing: flanders, today });

  it('ends on the day before the same date N months on', () => {
    expect(quote({ product: book(fixedPrice(100), { releaseDate: '2026-05-12' }) }).fixedPriceUntil).toBe('2027-05-11');
    expect(be('2026-01-01', '2026-06-30')).toMatchObject({ inFixedPricePeriod: true, fixedPriceUntil: '2026-06-30' });
    expect(be('2026-01-01', '2026-07-01').inFixedPricePeriod).toBe(false);
  });

  it('ends at the end of a shorter month: 31 August + 6 months runs through 27 February', () => {
    expect(be('2026-08-31', '2027-02-27')).toMatchObject({ inFixedPricePeriod: true, fixedPriceUntil: '2027-02-27' });
    expect(be('2026-08-31', '2027-02-28').inFixedPricePeriod).toBe(false);
    expect(be('2026-08-30', '2027-02-27').fixedPriceUntil).toBe('2027-02-27');
  });

  it('counts leap days', () => {
    // 2028 is a leap year: 31 August 2027 + 6 months is 29 February 2028.
    expect(be('2027-08-31', '2028-02-28').fixedPriceUntil).toBe('2028-02-28');
    expect(be('2027-08-29', '2028-02-28').fixedPriceUntil).toBe('2028-02-28');
    const norwegian = (releaseDate: string) => quote({ product: book(fixedPrice(100), { releaseDate }) }).fixedPriceUntil;
    expect(norwegian('2024-02-29')).toBe('2025-02-27');
    expect(norwegian('2023-03-01')).toBe('2024-02-29');
    expect(norwegian('2027-03-01')).toBe('2028-02-29');
  });

  it('takes the publisher\'s end date (PriceDate role 15) over the computed one, longer or shorter', () => {
    const longer = euro(1000, { fixedPriceUntil: '2026-12-31' });
    expect(be('2026-01-01', '2026-09-01', longer)).toMatchObject({ inFixedPricePeriod: true, fixedPriceUntil: '2026-12-31' });
    expect(be('2026-01-01', '2027-01-01', longer).inFixedPricePeriod).toBe(false);
    const shorter = euro(1000, { fixedPriceUntil: '2026-03-31' });
    expect(be('2026-01-01', '2026-04-15', shorter)).toMatchObject({ inFixedPricePeriod: false, fixedPriceUntil: '2026-03-31' });
  });

  it('sells forthcoming books at the fixed price', () => {
    expect(be(null, '2026-11-22')).toMatchObject({ inFixedPricePeriod: true, fixedPriceUntil: null });
    expect(be('2027-01-15', '2026-11-22')).toMatchObject({ inFixedPricePeriod: true, fixedPriceUntil: '2027-07-14' });
  });

  it('computes no period when the store sets 0 months, but still honours the publisher\'s date', () => {
    const off = storePricing(loadStoreConfig({ HYLLE_STORE: 'be', HYLLE_FIXED_PRICE_MONTHS: '0' }));
    const off0 = (price: ListPrice, releaseDate: string | null) =>
      quote({ product: book(price, { releaseDate }), pricing: off, today: '2026-02-01' });
    expect(off0(euro(1000), '2026-01-01')).toMatchObject({ inFixedPricePeriod: false, fixedPriceUntil: null });
    expect(off0(euro(1000), null).inFixedPricePeriod).toBe(false);
    expect(off0(euro(1000, { fixedPriceUntil: '2026-06-30' }), '2026-01-01').inFixedPricePeriod).toBe(true);
  });
});

describe('lines', () => {
  it('multiplies the unit gross and extracts the line\'s VAT from the line gross', () => {
    const q = quote({ product: book(euro(2499)), pricing: flanders, today: '2026-06-01', terms: terms('public_library', 2000), quantity: 3 });
    expect(q.unit).toEqual({ net: 1887, vat: 113, gross: 2000 });
    // 60.00 × 6/106 = 3.396 → 3.40; the net is not 3 × 18.87 but what the gross leaves.
    expect(q.line).toEqual({ net: 5660, vat: 340, gross: 6000 });
    expect(q.quantity).toBe(3);
  });

  it('stays exact at 10^12 minor units and refuses what a number cannot hold', () => {
    const big = quote({ product: book(euro(1e12, { fixed: false })), pricing: flanders, terms: terms('business', 0, 3333) });
    // 10^12 − floor(10^12 × 0.3333) = 666 700 000 000; VAT 6/106 of it, rounded half up.
    expect(big.unit).toEqual({ net: 628_962_264_151, vat: 37_737_735_849, gross: 666_700_000_000 });
    expect(quote({ product: book(euro(1e12)), pricing: flanders, quantity: 9000 }).line.gross).toBe(9e15);
    const tooMuch = quotePrice({ product: book(euro(1e12)), pricing: flanders, terms: null, today: '2026-06-01', quantity: 10_000 });
    expect(tooMuch).toMatchObject({ ok: false, code: 'amount_too_large' });
  });
});

describe('failures', () => {
  const base: QuoteInput = { product: book(fixedPrice(100)), terms: null, pricing: norway, today: '2026-06-01', quantity: 1 };
  const failure = (input: Partial<QuoteInput>) => {
    const result = quotePrice({ ...base, ...input });
    return result.ok ? 'ok' : [result.code, result.field];
  };
  const withTerms = (t: Partial<PriceTerms>) => failure({ terms: { ...terms('school', 1000, 1000), ...t } });

  it('has no price to quote for a product without one', () => {
    expect(failure({ product: book(null) })).toEqual(['no_price', undefined]);
  });
  it('refuses a price in another currency than the store\'s', () => {
    expect(failure({ pricing: flanders })).toEqual(['currency_mismatch', 'price.currency']);
  });
  it.each([0, -1, 1.5, Number.NaN, Infinity])('refuses the quantity %s', (quantity) => {
    expect(failure({ quantity })).toEqual(['invalid_quantity', 'quantity']);
  });
  it.each([-1, 10001, 12.5, Number.NaN])('refuses the discount %s', (bp) => {
    expect(withTerms({ fixedPriceDiscountBp: bp })).toEqual(['invalid_discount', 'terms.fixedPriceDiscountBp']);
    expect(withTerms({ standardDiscountBp: bp })).toEqual(['invalid_discount', 'terms.standardDiscountBp']);
  });
  it('accepts discounts of 0 and 100 %', () => {
    expect(withTerms({ fixedPriceDiscountBp: 0, standardDiscountBp: 10000 })).toBe('ok');
  });
  it('refuses an unknown customer type', () => {
    expect(withTerms({ customerType: 'bookshop' as PriceTerms['customerType'] })).toEqual(['invalid_customer_type', 'terms.customerType']);
  });
  it('refuses malformed and impossible dates', () => {
    expect(failure({ today: '2026-6-1' })).toEqual(['invalid_date', 'today']);
    expect(failure({ product: book(fixedPrice(100), { releaseDate: '2026-02-30' }) })).toEqual(['invalid_date', 'releaseDate']);
    expect(failure({ product: book(fixedPrice(100, { fixedPriceUntil: '2026-13-01' })) })).toEqual(['invalid_date', 'price.fixedPriceUntil']);
  });
  it('refuses a negative or fractional list price', () => {
    expect(failure({ product: book(fixedPrice(-1)) })).toEqual(['invalid_price', 'price.amountMinor']);
    expect(failure({ product: book(fixedPrice(99.5)) })).toEqual(['invalid_price', 'price.amountMinor']);
  });
  it('refuses a store VAT table without a rate for the form', () => {
    const broken: StorePricing = { ...norway, vatBp: { ...norway.vatBp, book: Number.NaN } };
    expect(failure({ pricing: broken })).toEqual(['invalid_vat_rate', 'pricing.vatBp']);
  });
});
