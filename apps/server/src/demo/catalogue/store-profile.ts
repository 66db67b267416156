import type { ProductForm, TaxRateCode } from '../../modules/catalog/domain/product.ts';
import { bokmalPack } from './bokmal-pack.ts';
import { dutchPack } from './dutch-pack.ts';
import { englishPack } from './english-pack.ts';
import { frenchPack } from './french-pack.ts';
import type { LanguagePack, TitleKind } from './language-pack.ts';
import { nynorskPack } from './nynorsk-pack.ts';

/**
 * What differs between a Norwegian and a Flemish generated catalogue: languages and how
 * common they are, currency and price ranges, the VAT code publishers send for books,
 * the fixed-price period (DESIGN §6: 12 months in Norway, 6 in Flanders) and the Thema
 * place qualifier for local titles.
 */
export type StoreProfile = {
  currency: 'NOK' | 'EUR';
  languages: readonly LanguagePack[];
  languageWeights: readonly number[];
  /** Packs a translated title's author comes from. */
  foreignAuthors: readonly LanguagePack[];
  fixedPriceMonths: number;
  /** Books, e-books and audiobooks: zero-rated in Norway, reduced in Belgium. */
  bookTaxRateCode: TaxRateCode;
  placeQualifier: string;
  /** Price ranges in whole currency units, by form code or form; amounts end in 9 kr or .99 €. */
  priceRange(form: ProductForm, formCode: string): readonly [number, number];
};

export const storeProfiles: Record<'no' | 'be', StoreProfile> = {
  no: {
    currency: 'NOK',
    languages: [bokmalPack, nynorskPack, englishPack, dutchPack],
    languageWeights: [72, 10, 12, 6],
    foreignAuthors: [englishPack, frenchPack, dutchPack],
    fixedPriceMonths: 12,
    bookTaxRateCode: 'Z',
    placeQualifier: '1DNN',
    priceRange: (form, formCode) => {
      switch (form) {
        case 'book': return formCode === 'BB' ? [299, 499] : [149, 249];
        case 'ebook': return [149, 279];
        case 'audiobook': return formCode === 'AC' ? [299, 449] : [199, 349];
        case 'video': return [149, 299];
        case 'game': return [249, 599];
        case 'other': return [149, 399];
      }
    },
  },
  be: {
    currency: 'EUR',
    languages: [dutchPack, englishPack, frenchPack],
    languageWeights: [80, 12, 8],
    foreignAuthors: [englishPack, bokmalPack, frenchPack],
    fixedPriceMonths: 6,
    bookTaxRateCode: 'R',
    placeQualifier: '1DDB',
    priceRange: (form, formCode) => {
      switch (form) {
        case 'book': return formCode === 'BB' ? [19, 34] : [12, 22];
        case 'ebook': return [9, 16];
        case 'audiobook': return formCode === 'AC' ? [19, 29] : [14, 24];
        case 'video': return [9, 19];
        case 'game': return [24, 39];
        case 'other': return [9, 29];
      }
    },
  },
};

/**
 * Thema subject codes by audience and genre, most common first, so a code always agrees
 * with the record's audience and genre (Y… for youth, F… for adult fiction).
 */
export const themaByKind: Record<TitleKind, readonly string[]> = {
  'adult-fiction': ['FBA', 'FF', 'FH', 'FBC', 'FR', 'FV', 'FM', 'FK', 'FJ', 'FW'],
  'adult-nonfiction': ['WB', 'DNB', 'NH', 'WN', 'WT', 'VS', 'PD', 'JB', 'DNC', 'AV'],
  'youth-fiction': ['YFB', 'YFH', 'YFC', 'YBC', 'YFN', 'YFP', 'YFCF', 'YFD', 'YFG', 'YFM'],
  'youth-nonfiction': ['YNA', 'YNN', 'YNH', 'YNT', 'YNM', 'YNV', 'YNW', 'YNP'],
};
