import { createHash } from 'node:crypto';
import type { ProductRecord } from './domain/product.ts';

/** A product as the upsert takes it: one JSON object per row, columns by their SQL names. */
export type ProductRowInput = {
  isbn: string;
  title: string;
  subtitle: string | null;
  contributors: ProductRecord['contributors'];
  publisher: string | null;
  release_date: string | null;
  form: string;
  form_code: string | null;
  language: string | null;
  series_name: string | null;
  series_number: string | null;
  audience: string;
  genre: string;
  thema_codes: string[];
  keywords: string[];
  description: string | null;
  cover_url: string | null;
  list_price_minor: number | null;
  currency: string | null;
  price_includes_vat: boolean | null;
  price_fixed: boolean | null;
  tax_rate_code: string | null;
  fixed_price_until: string | null;
  availability: string;
  stock_quantity: number | null;
  available_from: string | null;
  content_hash: string;
};

export function productRowInput(record: ProductRecord): ProductRowInput {
  const row: Omit<ProductRowInput, 'content_hash'> = {
    isbn: record.isbn,
    title: record.title,
    subtitle: record.subtitle,
    contributors: record.contributors,
    publisher: record.publisher,
    release_date: record.releaseDate,
    form: record.form,
    form_code: record.formCode,
    language: record.language,
    series_name: record.series?.name ?? null,
    series_number: record.series?.number ?? null,
    audience: record.audience,
    genre: record.genre,
    thema_codes: record.themaCodes,
    keywords: record.keywords,
    description: record.description,
    cover_url: record.coverUrl,
    list_price_minor: record.price?.amountMinor ?? null,
    currency: record.price?.currency ?? null,
    price_includes_vat: record.price?.includesVat ?? null,
    price_fixed: record.price?.fixed ?? null,
    tax_rate_code: record.price?.taxRateCode ?? null,
    fixed_price_until: record.price?.fixedPriceUntil ?? null,
    availability: record.availability.status,
    stock_quantity: record.availability.stockQuantity,
    available_from: record.availability.availableFrom,
  };
  // The same content always gives the same hash: the keys above are in a fixed order.
  const contentHash = createHash('sha1').update(JSON.stringify(row)).digest('base64url');
  return { ...row, content_hash: contentHash };
}
