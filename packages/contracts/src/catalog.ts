import { z } from 'zod';
import { Id } from './common.ts';

export const ProductForm = z.enum(['book', 'ebook', 'audiobook', 'video', 'game', 'other']);
export type ProductForm = z.infer<typeof ProductForm>;
export const Audience = z.enum(['adult', 'youth']);
export type Audience = z.infer<typeof Audience>;
export const Genre = z.enum(['fiction', 'nonfiction']);
export type Genre = z.infer<typeof Genre>;
export const AvailabilityStatus = z.enum(['in_stock', 'orderable', 'forthcoming', 'out_of_print']);
export type AvailabilityStatus = z.infer<typeof AvailabilityStatus>;
export const ContributorRole = z.enum(['author', 'editor', 'illustrator', 'translator', 'narrator', 'other']);
export type ContributorRole = z.infer<typeof ContributorRole>;
export const CustomerType = z.enum(['public_library', 'school', 'business']);
export type CustomerType = z.infer<typeof CustomerType>;
export const SearchSort = z.enum(['relevance', 'newest', 'title']);
export type SearchSort = z.infer<typeof SearchSort>;

/** Minor units (øre, cent): net + vat = gross, always. */
export const Amounts = z.object({ net: z.number().int(), vat: z.number().int(), gross: z.number().int() });
export type Amounts = z.infer<typeof Amounts>;

/** The price a signed-in account pays (or the list price for a visitor): the same figures the cart will charge. */
export const PriceView = z.object({
  currency: z.enum(['NOK', 'EUR']),
  list: Amounts,
  unit: Amounts,
  vatRateBp: z.number().int(),
  discountBp: z.number().int(),
  discountKind: z.enum(['fixed_price', 'standard', 'none']),
  inFixedPricePeriod: z.boolean(),
  fixedPriceUntil: z.string().nullable(),
  /** True when the discount was cut to the book-price law's maximum for the account's customer type. */
  capped: z.boolean(),
  /** False for visitors: the list price, not an account's price. */
  forAccount: z.boolean(),
});
export type PriceView = z.infer<typeof PriceView>;

export const ProductSummary = z.object({
  id: Id,
  isbn: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  contributors: z.array(z.object({ name: z.string(), role: ContributorRole })),
  publisher: z.string().nullable(),
  releaseDate: z.string().nullable(),
  form: ProductForm,
  language: z.string().nullable(),
  series: z.object({ name: z.string(), number: z.string().nullable() }).nullable(),
  audience: Audience,
  genre: Genre,
  availability: z.object({ status: AvailabilityStatus, stockQuantity: z.number().int().nullable(), availableFrom: z.string().nullable() }),
  /** The publisher's https cover, or the shop's drawn one. */
  coverUrl: z.string(),
  price: PriceView.nullable(),
});
export type ProductSummary = z.infer<typeof ProductSummary>;

export const ProductDetail = ProductSummary.extend({
  isbn10: z.string().nullable(),
  formCode: z.string().nullable(),
  description: z.string().nullable(),
  themaCodes: z.array(z.string()),
  keywords: z.array(z.string()),
});
export type ProductDetail = z.infer<typeof ProductDetail>;

const many = <T extends z.ZodType>(item: T, max = 20) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(max));

export const SearchQuery = z
  .object({
    q: z.string().trim().max(200).default(''),
    form: many(ProductForm),
    language: many(z.string().trim().regex(/^[a-z]{3}$/, 'An ISO 639-2 language code (three letters)')),
    audience: many(Audience),
    genre: many(Genre),
    year: many(z.coerce.number().int().min(1000).max(3000), 50),
    availability: many(AvailabilityStatus),
    series: many(z.string().trim().min(1).max(200)),
    sort: SearchSort.optional(),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

const facet = <T extends z.ZodType>(value: T) => z.array(z.object({ value, count: z.number().int() }));

export const SearchFacets = z.object({
  form: facet(ProductForm),
  language: facet(z.string()),
  audience: facet(Audience),
  genre: facet(Genre),
  year: facet(z.number().int()),
  availability: facet(AvailabilityStatus),
  series: facet(z.string()),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export const SearchResponse = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: SearchSort,
  hits: z.array(ProductSummary),
  facets: SearchFacets,
  /** Words that were not in the catalogue and what was searched for instead. */
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
  isbnMatch: z.boolean(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const SuggestQuery = z.object({ q: z.string().trim().min(1).max(100), limit: z.coerce.number().int().min(1).max(20).default(8) }).strict();
export const Suggestion = z.object({ kind: z.enum(['title', 'contributor', 'series']), text: z.string(), productId: Id.optional() });
export type Suggestion = z.infer<typeof Suggestion>;
export const SuggestResponse = z.object({ suggestions: z.array(Suggestion) });
export type SuggestResponse = z.infer<typeof SuggestResponse>;

export const ProductParams = z.object({ idOrIsbn: z.string().trim().min(1).max(40) }).strict();

// ── Backoffice: imports and price terms ──────────────────────────────────────

export const ImportStatus = z.enum(['uploading', 'queued', 'running', 'done', 'failed']);
export const CatalogImport = z.object({
  id: Id,
  fileName: z.string(),
  format: z.enum(['onix', 'csv']),
  source: z.enum(['upload', 'command_line', 'demo']),
  status: ImportStatus,
  startedBy: z.string().nullable(),
  totalBytes: z.number().int().nullable(),
  bytesRead: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  failure: z.string().nullable(),
  failureLine: z.number().int().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type CatalogImport = z.infer<typeof CatalogImport>;

export const CatalogImportList = z.object({ items: z.array(CatalogImport), total: z.number().int(), products: z.number().int() });
export type CatalogImportList = z.infer<typeof CatalogImportList>;

export const ImportProblem = z.object({ line: z.number().int().nullable(), reference: z.string(), reason: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;
export const ImportProblemList = z.object({ items: z.array(ImportProblem), total: z.number().int() });

export const PageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const UploadQuery = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    format: z.enum(['onix', 'csv']).optional(),
  })
  .strict();

const basisPoints = z.number().int().min(0, 'At least 0 %').max(10_000, 'At most 100 %');
export const PriceTerms = z
  .object({ customerType: CustomerType, fixedPriceDiscountBp: basisPoints, standardDiscountBp: basisPoints })
  .strict();
export type PriceTerms = z.infer<typeof PriceTerms>;
/** What the law allows this store for each customer type, for the backoffice form. */
export const PriceTermsView = PriceTerms.extend({
  fixedPriceCapBp: z.number().int(),
  /** The law's cap for every customer type, so a form can show it before saving. */
  fixedPriceCapsBp: z.record(CustomerType, z.number().int()),
  fixedPricePeriodMonths: z.number().int(),
});
export type PriceTermsView = z.infer<typeof PriceTermsView>;
