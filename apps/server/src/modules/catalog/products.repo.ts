import { asc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db.ts';
import { products } from './catalog.schema.ts';
import type { ProductRowInput } from './product-row.ts';

export type ProductRow = typeof products.$inferSelect;

/** Any number that is ours alone: the advisory lock every catalogue writer holds (ADR 0008). */
const CATALOG_WRITE_LOCK = 7_311_001;

/**
 * Serialises writers to the catalogue until the transaction ends, so revisions commit in
 * the order they were taken and a process following the changes never skips one.
 */
export async function lockCatalogWrites(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CATALOG_WRITE_LOCK})`);
}

const recordColumns = sql.raw(`isbn text, title text, subtitle text, contributors jsonb, publisher text,
  release_date date, form text, form_code text, language text, series_name text, series_number text,
  audience text, genre text, thema_codes text[], keywords text[], description text, cover_url text,
  list_price_minor bigint, currency text, price_includes_vat boolean, price_fixed boolean,
  tax_rate_code text, fixed_price_until date, availability text, stock_quantity integer,
  available_from date, content_hash text`);

const columnList = sql.raw(`isbn, title, subtitle, contributors, publisher, release_date, form, form_code,
  language, series_name, series_number, audience, genre, thema_codes, keywords, description, cover_url,
  list_price_minor, currency, price_includes_vat, price_fixed, tax_rate_code, fixed_price_until,
  availability, stock_quantity, available_from, content_hash`);

const updateList = sql.raw(
  `isbn, title, subtitle, contributors, publisher, release_date, form, form_code, language, series_name,
  series_number, audience, genre, thema_codes, keywords, description, cover_url, list_price_minor, currency,
  price_includes_vat, price_fixed, tax_rate_code, fixed_price_until, availability, stock_quantity,
  available_from, content_hash, revision`
    .split(',')
    .map((column) => `${column.trim()} = excluded.${column.trim()}`)
    .join(', '),
);

/**
 * Inserts new ISBNs and updates changed ones in one statement; a row whose content hash is
 * unchanged is not written at all. The batch travels as one JSON parameter, which keeps
 * the statement small whatever the batch size. ISBNs must be unique within the batch.
 */
export async function upsertProducts(tx: Tx, rows: ProductRowInput[], at: Date): Promise<{ added: number; updated: number }> {
  if (rows.length === 0) return { added: 0, updated: 0 };
  const result = await tx.execute<{ inserted: boolean }>(sql`
    INSERT INTO products (${columnList}, revision, created_at, updated_at)
    SELECT ${columnList}, nextval('catalog_revision_seq'), ${at}, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${recordColumns})
    ON CONFLICT (isbn) DO UPDATE SET ${updateList}, updated_at = excluded.updated_at
    WHERE products.content_hash <> excluded.content_hash
    RETURNING (xmax = 0) AS inserted`);
  let added = 0;
  for (const row of result.rows) if (row.inserted) added += 1;
  return { added, updated: result.rows.length - added };
}

/** What a search hit shows: every column but the long ones (description, keywords, Thema codes). */
const summaryColumns = (() => {
  const { description: _description, keywords: _keywords, themaCodes: _themaCodes, ...rest } = getTableColumns(products);
  return rest;
})();
export type ProductSummaryRow = Omit<ProductRow, 'description' | 'keywords' | 'themaCodes'>;

function prepareSummaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(products)
    .where(sql`${products.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .prepare('product_summaries_by_ids');
}
/** One prepared statement per database: the busiest query in the shop is parsed once. */
const preparedSummaries = new WeakMap<Database, ReturnType<typeof prepareSummaries>>();

/** A page of search hits in one query, outside any transaction: a read needs none. */
export async function productSummariesByIds(db: Database, ids: string[]): Promise<ProductSummaryRow[]> {
  if (ids.length === 0) return [];
  let statement = preparedSummaries.get(db);
  if (!statement) {
    statement = prepareSummaries(db);
    preparedSummaries.set(db, statement);
  }
  return statement.execute({ ids });
}

export async function productById(tx: Tx, id: string): Promise<ProductRow | undefined> {
  const [row] = await tx.select().from(products).where(eq(products.id, id));
  return row;
}

export async function productByIsbn(tx: Tx, isbn: string): Promise<ProductRow | undefined> {
  const [row] = await tx.select().from(products).where(eq(products.isbn, isbn));
  return row;
}

/** What the search index needs of a product, no more (descriptions stay in the database). */
export const searchColumns = {
  id: products.id,
  isbn: products.isbn,
  title: products.title,
  subtitle: products.subtitle,
  contributors: products.contributors,
  seriesName: products.seriesName,
  seriesNumber: products.seriesNumber,
  publisher: products.publisher,
  keywords: products.keywords,
  themaCodes: products.themaCodes,
  language: products.language,
  form: products.form,
  audience: products.audience,
  genre: products.genre,
  releaseDate: products.releaseDate,
  availability: products.availability,
  revision: products.revision,
};

/** The next page of changes after `revision`, oldest first: how every process follows the catalogue. */
export async function productsChangedSince(tx: Tx | Database, revision: number, limit: number) {
  return tx.select(searchColumns).from(products).where(gt(products.revision, revision)).orderBy(asc(products.revision)).limit(limit);
}

export async function countProducts(tx: Tx): Promise<number> {
  const result = await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM products`);
  return result.rows[0]?.n ?? 0;
}

export async function catalogHasProducts(db: Database): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM products) AS found`);
  return result.rows[0]?.found === true;
}
