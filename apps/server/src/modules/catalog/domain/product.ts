/**
 * A catalogue product as Hylle keeps it (CAT-1), whatever it was loaded from (ONIX, CSV,
 * demo data). Importers turn their input into a `ProductRecord`; the catalogue stores it,
 * searches it and prices it.
 */

/** The formats a librarian filters by. `formCode` keeps the publisher's finer ONIX code. */
export const productForms = ['book', 'ebook', 'audiobook', 'video', 'game', 'other'] as const;
export type ProductForm = (typeof productForms)[number];

export const audiences = ['adult', 'youth'] as const;
export type Audience = (typeof audiences)[number];

export const genres = ['fiction', 'nonfiction'] as const;
export type Genre = (typeof genres)[number];

export const availabilityStatuses = ['in_stock', 'orderable', 'forthcoming', 'out_of_print'] as const;
export type AvailabilityStatus = (typeof availabilityStatuses)[number];

export const contributorRoles = ['author', 'editor', 'illustrator', 'translator', 'narrator', 'other'] as const;
export type ContributorRole = (typeof contributorRoles)[number];

export type Contributor = {
  /** As displayed: "Knut Hamsun". */
  name: string;
  /** As sorted: "Hamsun, Knut"; equals `name` for corporate names. */
  sortName: string;
  role: ContributorRole;
};

/** ONIX tax rate codes (list 62): Z zero, R reduced, S standard; null when not given. */
export type TaxRateCode = 'Z' | 'R' | 'S';

export type ListPrice = {
  /** Integer minor units (øre, cent). */
  amountMinor: number;
  currency: 'NOK' | 'EUR';
  /** True when the publisher's price includes VAT (ONIX price types 02 and 04). */
  includesVat: boolean;
  /** True for a fixed price (ONIX 04) set under a book-price law, false for a recommended one. */
  fixed: boolean;
  /** What the publisher said about VAT; the store's VAT table decides the rate. */
  taxRateCode: TaxRateCode | null;
  /** End of the fixed-price period as the publisher stated it (ONIX PriceDate role 15), YYYY-MM-DD. */
  fixedPriceUntil: string | null;
};

export type Availability = {
  status: AvailabilityStatus;
  /** Copies on hand when in stock; null when unknown. */
  stockQuantity: number | null;
  /** Expected date for forthcoming titles, YYYY-MM-DD. */
  availableFrom: string | null;
};

export type ProductRecord = {
  /** ISBN-13 or EAN-13, 13 digits, check digit verified. */
  isbn: string;
  title: string;
  subtitle: string | null;
  contributors: Contributor[];
  publisher: string | null;
  /** First release of this format, YYYY-MM-DD. Starts the fixed-price period. */
  releaseDate: string | null;
  form: ProductForm;
  /** The publisher's ONIX ProductForm code (BB, BC, ED, AJ, VI …) when known. */
  formCode: string | null;
  /** ISO 639-2/B code: nob, nno, nor, dut, eng … */
  language: string | null;
  series: { name: string; number: string | null } | null;
  audience: Audience;
  genre: Genre;
  /** Thema subject codes (e.g. FBA, YFB). */
  themaCodes: string[];
  keywords: string[];
  /** Plain text (markup removed). */
  description: string | null;
  /** An https address of a cover image, or null: the shop then draws one. */
  coverUrl: string | null;
  price: ListPrice | null;
  availability: Availability;
};
