/**
 * The store this deployment serves, in one place (DESIGN §6). One deployment is one
 * supplier store; `HYLLE_STORE` picks a preset and a few variables adjust it.
 */
// A type import only: the VAT table speaks the catalogue's vocabulary of forms, so a new
// form fails to compile here until it has a rate.
import type { ProductForm } from './modules/catalog/domain/product.ts';

export type StoreCountry = 'NO' | 'BE';
export type Language = 'nb' | 'nn' | 'en' | 'nl';

/** The customer groups a book-price law gives different discount caps (DESIGN §6). */
export const customerTypes = ['public_library', 'school', 'business'] as const;
export type CustomerType = (typeof customerTypes)[number];

/** The store's price rules (CAT-4, ADR 9). Rates and discounts in basis points (1 % = 100). */
export type PricingRules = {
  /** Calendar months from a format's first release during which the law fixes its price; 0 turns the computed period off. */
  fixedPricePeriodMonths: number;
  /** The most an account may get off a fixed price inside the period, per customer type. */
  fixedPriceDiscountCapBp: Record<CustomerType, number>;
  /**
   * ISO 639-2/B codes of the languages the law covers; null means every language. A product
   * in another language has no fixed-price period; one of unknown language is treated as covered.
   */
  fixedPriceLanguages: string[] | null;
  /** VAT by product form; the publisher's ONIX tax rate code is informational only. */
  vatBp: Record<ProductForm, number>;
};

export type StoreConfig = {
  name: string;
  country: StoreCountry;
  currency: 'NOK' | 'EUR';
  timeZone: string;
  languages: Language[];
  defaultLanguage: Language;
  /** Customer numbers come from this series: prefix + running number. */
  customerNumberSeries: { prefix: string; start: number };
  /** S1 lets only customer service add delivery addresses; S4 lets the account admin. */
  customerManagesDeliveryAddresses: boolean;
  /** Shown wherever the shop tells a customer to contact customer service. */
  customerService: { email: string; phone: string };
  /** The seller as invoices and packing slips name it (ORD-5, ORD-6). */
  seller: { organisationNumber: string; addressLines: string[]; bankAccount: string; vatRegistered: boolean };
  pricing: PricingRules;
};

const presets: Record<'no' | 'be', StoreConfig> = {
  no: {
    name: 'Hylle Bibliotekservice',
    country: 'NO',
    currency: 'NOK',
    timeZone: 'Europe/Oslo',
    languages: ['nb', 'nn', 'en', 'nl'],
    defaultLanguage: 'nb',
    customerNumberSeries: { prefix: '', start: 100001 },
    customerManagesDeliveryAddresses: true,
    customerService: { email: 'kundeservice@demo.hylle.no', phone: '+47 22 00 00 00' },
    // Demo values: set HYLLE_SELLER_ORGANISATION_NUMBER, HYLLE_SELLER_ADDRESS and HYLLE_SELLER_BANK_ACCOUNT.
    seller: { organisationNumber: '920000002', addressLines: ['Postboks 123 Sentrum', '0102 Oslo'], bankAccount: '12345678903', vatRegistered: true },
    pricing: {
      // Book law of 2023, in force 2024: the price is fixed for 12 months from the first release of each format.
      fixedPricePeriodMonths: 12,
      // NOT VERIFIED: placeholders until the store owner confirms the caps against the book law
      // (ADR 9); set HYLLE_FIXED_PRICE_CAP_<TYPE> to the confirmed figures.
      fixedPriceDiscountCapBp: { public_library: 2000, school: 2000, business: 2000 },
      fixedPriceLanguages: null,
      // Books, e-books and audiobooks are zero-rated; other goods carry the standard 25 %.
      vatBp: { book: 0, ebook: 0, audiobook: 0, video: 2500, game: 2500, other: 2500 },
    },
  },
  be: {
    name: 'Hylle Boekhandel',
    country: 'BE',
    currency: 'EUR',
    timeZone: 'Europe/Brussels',
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    customerNumberSeries: { prefix: 'B', start: 5001 },
    customerManagesDeliveryAddresses: true,
    customerService: { email: 'klantendienst@demo.hylle.be', phone: '+32 2 000 00 00' },
    seller: { organisationNumber: '0403170701', addressLines: ['Kerkstraat 1', '2000 Antwerpen'], bankAccount: 'BE68539007547034', vatRegistered: true },
    pricing: {
      // Flemish decree on the regulated book price (in force 1 July 2017): six months after release.
      fixedPricePeriodMonths: 6,
      // The decree: at most 20 % off for public libraries, 25 % for schools, 10 % for everyone else.
      fixedPriceDiscountCapBp: { public_library: 2000, school: 2500, business: 1000 },
      // Every language until the owner narrows it (HYLLE_FIXED_PRICE_LANGUAGES): over-applying the
      // fixed price costs margin, under-applying it breaks the law.
      fixedPriceLanguages: null,
      // Books (also e-books and audiobooks) 6 %, other goods 21 %.
      vatBp: { book: 600, ebook: 600, audiobook: 600, video: 2100, game: 2100, other: 2100 },
    },
  },
};

export function loadStoreConfig(env: NodeJS.ProcessEnv): StoreConfig {
  const key = (env.HYLLE_STORE ?? 'no').toLowerCase();
  if (key !== 'no' && key !== 'be') throw new Error(`HYLLE_STORE must be "no" or "be", not "${key}"`);
  const store = { ...presets[key] };
  store.pricing = loadPricingRules(env, store.pricing);
  if (env.HYLLE_STORE_NAME) store.name = env.HYLLE_STORE_NAME;
  if (env.HYLLE_CUSTOMER_NUMBER_PREFIX !== undefined) {
    store.customerNumberSeries = { ...store.customerNumberSeries, prefix: env.HYLLE_CUSTOMER_NUMBER_PREFIX };
  }
  if (env.HYLLE_CUSTOMER_NUMBER_START) {
    const start = Number(env.HYLLE_CUSTOMER_NUMBER_START);
    if (!Number.isSafeInteger(start) || start < 1) throw new Error('HYLLE_CUSTOMER_NUMBER_START must be a positive integer');
    store.customerNumberSeries = { ...store.customerNumberSeries, start };
  }
  if (env.HYLLE_CUSTOMER_MANAGES_DELIVERY_ADDRESSES) {
    store.customerManagesDeliveryAddresses = env.HYLLE_CUSTOMER_MANAGES_DELIVERY_ADDRESSES !== 'false';
  }
  store.customerService = {
    email: env.HYLLE_CUSTOMER_SERVICE_EMAIL ?? store.customerService.email,
    phone: env.HYLLE_CUSTOMER_SERVICE_PHONE ?? store.customerService.phone,
  };
  store.seller = {
    organisationNumber: env.HYLLE_SELLER_ORGANISATION_NUMBER ?? store.seller.organisationNumber,
    // Address lines separated by "|": "Postboks 123 Sentrum|0102 Oslo".
    addressLines: env.HYLLE_SELLER_ADDRESS ? env.HYLLE_SELLER_ADDRESS.split('|').map((line) => line.trim()).filter(Boolean) : store.seller.addressLines,
    bankAccount: env.HYLLE_SELLER_BANK_ACCOUNT ?? store.seller.bankAccount,
    vatRegistered: env.HYLLE_SELLER_VAT_REGISTERED ? env.HYLLE_SELLER_VAT_REGISTERED !== 'false' : store.seller.vatRegistered,
  };
  return store;
}

/** The pricing variables; each is checked so a typo stops the start instead of mispricing. */
function loadPricingRules(env: NodeJS.ProcessEnv, preset: PricingRules): PricingRules {
  const pricing: PricingRules = { ...preset, fixedPriceDiscountCapBp: { ...preset.fixedPriceDiscountCapBp } };
  // An empty variable counts as unset, as elsewhere in this file.
  if (env.HYLLE_FIXED_PRICE_MONTHS) {
    pricing.fixedPricePeriodMonths = integerIn(env.HYLLE_FIXED_PRICE_MONTHS, 0, 36, 'HYLLE_FIXED_PRICE_MONTHS');
  }
  for (const type of customerTypes) {
    const name = `HYLLE_FIXED_PRICE_CAP_${type.toUpperCase()}`;
    const value = env[name];
    if (value) pricing.fixedPriceDiscountCapBp[type] = integerIn(value, 0, 10000, `${name} (basis points)`);
  }
  const languages = env.HYLLE_FIXED_PRICE_LANGUAGES;
  if (languages) {
    const trimmed = languages.trim().toLowerCase();
    if (trimmed === 'all') {
      pricing.fixedPriceLanguages = null;
    } else {
      const codes = trimmed.split(',').map((code) => code.trim());
      if (codes.some((code) => !/^[a-z]{3}$/.test(code))) {
        throw new Error('HYLLE_FIXED_PRICE_LANGUAGES must be "all" or ISO 639-2 codes separated by commas, e.g. "dut"');
      }
      pricing.fixedPriceLanguages = [...new Set(codes)];
    }
  }
  return pricing;
}

function integerIn(raw: string, min: number, max: number, name: string): number {
  const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
