import { describe, expect, it } from 'vitest';
import { productForms } from './modules/catalog/domain/product.ts';
import { loadStoreConfig } from './store-config.ts';

describe('the store\'s price rules', () => {
  it('fix prices for 12 months in Norway and 6 in Flanders, with the Flemish decree\'s caps', () => {
    expect(loadStoreConfig({}).pricing).toMatchObject({
      fixedPricePeriodMonths: 12,
      fixedPriceDiscountCapBp: { public_library: 2000, school: 2000, business: 2000 },
      fixedPriceLanguages: null,
    });
    expect(loadStoreConfig({ HYLLE_STORE: 'be' }).pricing).toMatchObject({
      fixedPricePeriodMonths: 6,
      fixedPriceDiscountCapBp: { public_library: 2000, school: 2500, business: 1000 },
      fixedPriceLanguages: null,
    });
  });

  it('give every product form a VAT rate: books 0 % and 6 %, other goods 25 % and 21 %', () => {
    const no = loadStoreConfig({}).pricing.vatBp;
    const be = loadStoreConfig({ HYLLE_STORE: 'be' }).pricing.vatBp;
    expect(Object.keys(no).sort()).toEqual([...productForms].sort());
    expect(Object.keys(be).sort()).toEqual([...productForms].sort());
    expect(no).toEqual({ book: 0, ebook: 0, audiobook: 0, video: 2500, game: 2500, other: 2500 });
    expect(be).toEqual({ book: 600, ebook: 600, audiobook: 600, video: 2100, game: 2100, other: 2100 });
  });

  it('take the period and the caps from the environment, and leave the preset untouched', () => {
    const pricing = loadStoreConfig({
      HYLLE_FIXED_PRICE_MONTHS: '18',
      HYLLE_FIXED_PRICE_CAP_PUBLIC_LIBRARY: '1500',
      HYLLE_FIXED_PRICE_CAP_SCHOOL: '0',
      HYLLE_FIXED_PRICE_CAP_BUSINESS: '10000',
    }).pricing;
    expect(pricing.fixedPricePeriodMonths).toBe(18);
    expect(pricing.fixedPriceDiscountCapBp).toEqual({ public_library: 1500, school: 0, business: 10000 });
    expect(loadStoreConfig({}).pricing.fixedPriceDiscountCapBp.public_library).toBe(2000);
    expect(loadStoreConfig({ HYLLE_FIXED_PRICE_MONTHS: '0' }).pricing.fixedPricePeriodMonths).toBe(0);
    expect(loadStoreConfig({ HYLLE_FIXED_PRICE_MONTHS: '' }).pricing.fixedPricePeriodMonths).toBe(12);
  });

  it.each(['37', '-1', '6.5', '1e1', 'six', ' '])('refuses HYLLE_FIXED_PRICE_MONTHS=%j', (value) => {
    expect(() => loadStoreConfig({ HYLLE_FIXED_PRICE_MONTHS: value })).toThrow(/HYLLE_FIXED_PRICE_MONTHS must be a whole number from 0 to 36/);
  });

  it.each(['10001', '-5', '20%', '0x10', '12.5'])('refuses a cap of %j basis points', (value) => {
    expect(() => loadStoreConfig({ HYLLE_FIXED_PRICE_CAP_SCHOOL: value })).toThrow(/HYLLE_FIXED_PRICE_CAP_SCHOOL/);
  });

  it('limit the law to the languages listed, or to none of them when told "all"', () => {
    expect(loadStoreConfig({ HYLLE_STORE: 'be', HYLLE_FIXED_PRICE_LANGUAGES: 'DUT, fre,dut' }).pricing.fixedPriceLanguages).toEqual(['dut', 'fre']);
    expect(loadStoreConfig({ HYLLE_FIXED_PRICE_LANGUAGES: 'all' }).pricing.fixedPriceLanguages).toBeNull();
    expect(() => loadStoreConfig({ HYLLE_FIXED_PRICE_LANGUAGES: 'nl' })).toThrow(/ISO 639-2/);
    expect(() => loadStoreConfig({ HYLLE_FIXED_PRICE_LANGUAGES: 'dut,' })).toThrow(/ISO 639-2/);
  });
});
