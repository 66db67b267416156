import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ListPrice, productForms } from '../../catalog/domain/product.ts';
import { customerTypes } from '../../../store-config.ts';
import type { PriceTerms } from './applicable-discount.ts';
import { addMonths, compareDates } from './calendar-date.ts';
import { type Quote, quotePrice, type QuoteInput } from './quote-price.ts';
import type { StorePricing } from './store-pricing.ts';

const bp = fc.integer({ min: 0, max: 10_000 });
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const pricing: fc.Arbitrary<StorePricing> = fc.record({
  currency: fc.constant('EUR' as const),
  fixedPricePeriodMonths: fc.integer({ min: 0, max: 36 }),
  fixedPriceDiscountCapBp: fc.record({ public_library: bp, school: bp, business: bp }),
  fixedPriceLanguages: fc.option(fc.subarray(['dut', 'fre', 'eng']), { nil: null }),
  // Every form gets the same arbitrary rate; real tables stay well below 100 %.
  vatBp: fc.integer({ min: 0, max: 5000 }).map((rate) => Object.fromEntries(productForms.map((f) => [f, rate])) as StorePricing['vatBp']),
});

const listPrice: fc.Arbitrary<ListPrice> = fc.record({
  amountMinor: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1e12 })),
  currency: fc.constant('EUR' as const),
  includesVat: fc.boolean(),
  fixed: fc.boolean(),
  taxRateCode: fc.constantFrom('Z' as const, 'R' as const, 'S' as const, null),
  fixedPriceUntil: fc.option(date, { nil: null, freq: 4 }),
});

const terms: fc.Arbitrary<PriceTerms> = fc.record({
  customerType: fc.constantFrom(...customerTypes),
  fixedPriceDiscountBp: bp,
  standardDiscountBp: bp,
});

const input: fc.Arbitrary<QuoteInput> = fc.record({
  product: fc.record({
    form: fc.constantFrom(...productForms),
    price: listPrice,
    releaseDate: fc.option(date, { nil: null, freq: 5 }),
    language: fc.constantFrom('dut', 'eng', 'fre', null),
  }),
  terms: fc.option(terms, { nil: null, freq: 5 }),
  pricing,
  today: date,
  quantity: fc.integer({ min: 1, max: 1000 }),
});

function quoteOf(i: QuoteInput): Quote {
  const result = quotePrice(i);
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.value;
}

const runs = { numRuns: 2000 };

describe('quotePrice, for any input', () => {
  it('splits every amount into whole, non-negative net and VAT that add up to the gross', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        for (const amounts of [q.listUnit, q.unit, q.line]) {
          expect(amounts.net + amounts.vat).toBe(amounts.gross);
          for (const value of Object.values(amounts)) {
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('never prices above the list price nor below zero', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        expect(q.unit.gross).toBeLessThanOrEqual(q.listUnit.gross);
        expect(q.unit.net).toBeLessThanOrEqual(q.listUnit.net);
        expect(q.unit.gross).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('takes off no more than the discount, and less only by the rounding', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        const off = BigInt(q.listUnit.gross - q.unit.gross) * 10_000n;
        const exact = BigInt(q.listUnit.gross) * BigInt(q.discountBp);
        expect(off <= exact && off > exact - 10_000n).toBe(true);
      }),
      runs,
    );
  });

  it('keeps a fixed-price discount within the law\'s cap, in basis points and in money', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        fc.pre(q.inFixedPricePeriod && i.terms !== null);
        const cap = i.pricing.fixedPriceDiscountCapBp[i.terms!.customerType];
        expect(q.discountKind).toBe('fixed_price');
        expect(q.discountBp).toBeLessThanOrEqual(cap);
        expect(q.capped).toBe(q.requestedDiscountBp > cap);
        expect(BigInt(q.listUnit.gross - q.unit.gross) * 10_000n <= BigInt(q.listUnit.gross) * BigInt(cap)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('charges the unit gross times the quantity for a line', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        expect(q.line.gross).toBe(q.unit.gross * q.quantity);
      }),
      runs,
    );
  });

  it('never charges more for a larger discount', () => {
    fc.assert(
      fc.property(input, bp, bp, (i, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        // A recommended price is never fixed, so the standard discount decides.
        const recommended = { ...i, product: { ...i.product, price: { ...i.product.price!, fixed: false } } };
        const at = (standardDiscountBp: number) =>
          quoteOf({ ...recommended, terms: { customerType: 'business', fixedPriceDiscountBp: 0, standardDiscountBp } });
        const [cheaper, dearer] = [at(high), at(low)];
        expect(cheaper.unit.gross).toBeLessThanOrEqual(dearer.unit.gross);
        expect(cheaper.unit.net).toBeLessThanOrEqual(dearer.unit.net);
        expect(cheaper.line.gross).toBeLessThanOrEqual(dearer.line.gross);
        expect(cheaper.line.net).toBeLessThanOrEqual(dearer.line.net);
      }),
      runs,
    );
  });

  it('gives a net list price back unchanged when nothing is taken off', () => {
    fc.assert(
      fc.property(input, (i) => {
        const price = { ...i.product.price!, includesVat: false };
        const q = quoteOf({ ...i, product: { ...i.product, price }, terms: null });
        expect(q.listUnit.net).toBe(price.amountMinor);
        expect(q.unit).toEqual(q.listUnit);
      }),
      runs,
    );
  });

  it('is in the period exactly when today is not after its last day, which follows the release', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = quoteOf(i);
        if (q.fixedPriceUntil !== null) {
          expect(q.inFixedPricePeriod).toBe(compareDates(i.today, q.fixedPriceUntil) <= 0);
        }
        const { releaseDate, price } = i.product;
        if (q.fixedPriceUntil !== null && releaseDate !== null && price!.fixedPriceUntil === null) {
          expect(compareDates(q.fixedPriceUntil, releaseDate)).toBeGreaterThanOrEqual(0);
          expect(compareDates(q.fixedPriceUntil, addMonths(releaseDate, i.pricing.fixedPricePeriodMonths))).toBeLessThan(0);
        }
      }),
      runs,
    );
  });
});
