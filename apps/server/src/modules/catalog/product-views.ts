import type { PriceView, ProductDetail, ProductSummary } from '@hylle/contracts';
import { quotePrice, type PriceTerms, type Quote, type StorePricing } from '../pricing/index.ts';
import type { Audience, AvailabilityStatus, Genre, ListPrice, ProductForm, TaxRateCode } from './domain/product.ts';
import type { ProductRow, ProductSummaryRow } from './products.repo.ts';
import { toIsbn10 } from './domain/isbn.ts';

/** What a view needs to price a product: the store's rules, the account's terms, today. */
export type PricingContext = { pricing: StorePricing; terms: PriceTerms | null; today: string };

export type ListPriceColumns = Pick<ProductSummaryRow, 'listPriceMinor' | 'currency' | 'priceIncludesVat' | 'priceFixed' | 'taxRateCode' | 'fixedPriceUntil'>;

export function listPriceOf(row: ListPriceColumns): ListPrice | null {
  if (row.listPriceMinor === null || !row.currency) return null;
  return {
    amountMinor: row.listPriceMinor,
    currency: row.currency as ListPrice['currency'],
    includesVat: row.priceIncludesVat ?? true,
    fixed: row.priceFixed ?? false,
    taxRateCode: row.taxRateCode as TaxRateCode | null,
    fixedPriceUntil: row.fixedPriceUntil,
  };
}

/** The one price computation (pricing's `quotePrice`) for one copy; null when there is no usable price. */
export function priceViewOf(row: ProductSummaryRow, context: PricingContext): PriceView | null {
  const quote = quotePrice({
    product: { form: row.form as ProductForm, price: listPriceOf(row), releaseDate: row.releaseDate, language: row.language },
    terms: context.terms,
    pricing: context.pricing,
    today: context.today,
    quantity: 1,
  });
  return quote.ok ? priceViewOfQuote(quote.value, context.terms !== null) : null;
}

/** A quote as the API shows one copy's price; the cart shows its lines' prices the same way. */
export function priceViewOfQuote(q: Quote, forAccount: boolean): PriceView {
  return {
    currency: q.currency,
    list: q.listUnit,
    unit: q.unit,
    vatRateBp: q.vatRateBp,
    discountBp: q.discountBp,
    discountKind: q.discountKind,
    inFixedPricePeriod: q.inFixedPricePeriod,
    fixedPriceUntil: q.fixedPriceUntil,
    capped: q.capped,
    forAccount,
  };
}

export function coverUrlOf(row: Pick<ProductRow, 'id' | 'coverUrl'>): string {
  return row.coverUrl ?? `/api/catalog/products/${row.id}/cover.svg`;
}

export function summaryOf(row: ProductSummaryRow, context: PricingContext): ProductSummary {
  return {
    id: row.id,
    isbn: row.isbn,
    title: row.title,
    subtitle: row.subtitle,
    contributors: row.contributors.map(({ name, role }) => ({ name, role })),
    publisher: row.publisher,
    releaseDate: row.releaseDate,
    form: row.form as ProductForm,
    language: row.language,
    series: row.seriesName ? { name: row.seriesName, number: row.seriesNumber } : null,
    audience: row.audience as Audience,
    genre: row.genre as Genre,
    availability: { status: row.availability as AvailabilityStatus, stockQuantity: row.stockQuantity, availableFrom: row.availableFrom },
    coverUrl: coverUrlOf(row),
    price: priceViewOf(row, context),
  };
}

export function detailOf(row: ProductRow, context: PricingContext): ProductDetail {
  return {
    ...summaryOf(row, context),
    isbn10: toIsbn10(row.isbn),
    formCode: row.formCode,
    description: row.description,
    themaCodes: row.themaCodes,
    keywords: row.keywords,
  };
}
