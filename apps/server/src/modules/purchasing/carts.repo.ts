import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableSql, reusableStatement, type Runner } from '../../platform/prepared.ts';
import { products } from '../catalog/index.ts';
import { budgetCodes } from './budgets.schema.ts';
import { cartLines } from './carts.schema.ts';

export type CartLineRow = typeof cartLines.$inferSelect;
export type CartOwner = { accountId: string; userId: string };
export type NewCartLine = Omit<CartLineRow, 'id' | 'seq' | 'accountId' | 'userId' | 'createdAt' | 'updatedAt'>;

/** The most lines one cart holds: a large list is pasted in, never thousands of single adds. */
export const MAX_CART_LINES = 1_000;

const ownedBy = (owner: CartOwner) => and(eq(cartLines.accountId, owner.accountId), eq(cartLines.userId, owner.userId));

const linesWithProducts = (runner: Runner) =>
  runner
    .select({
      line: cartLines,
      product: {
        isbn: products.isbn,
        title: products.title,
        contributors: products.contributors,
        form: products.form,
        coverUrl: products.coverUrl,
        availability: products.availability,
        releaseDate: products.releaseDate,
        language: products.language,
        listPriceMinor: products.listPriceMinor,
        currency: products.currency,
        priceIncludesVat: products.priceIncludesVat,
        priceFixed: products.priceFixed,
        taxRateCode: products.taxRateCode,
        fixedPriceUntil: products.fixedPriceUntil,
      },
      budgetCode: budgetCodes.code,
    })
    .from(cartLines)
    .innerJoin(products, eq(products.id, cartLines.productId))
    .leftJoin(budgetCodes, eq(budgetCodes.id, cartLines.budgetCodeId))
    .where(and(eq(cartLines.accountId, sql.placeholder('accountId')), eq(cartLines.userId, sql.placeholder('userId'))))
    .orderBy(asc(cartLines.seq));
const readLines = reusableStatement('cart_lines_with_products', linesWithProducts);
const lockLines = reusableStatement('cart_lines_with_products_locked', (runner) => linesWithProducts(runner).for('update', { of: cartLines }));

/**
 * The owner's lines in the order they were added, each with what pricing and the view need
 * of its product and budget code. `lock` takes the lines' row locks (checkout), so two
 * checkouts of one cart take turns.
 */
export async function cartLinesWithProducts(tx: Tx, owner: CartOwner, options: { lock: boolean }) {
  return (options.lock ? lockLines : readLines)(tx, owner);
}
export type CartLineWithProduct = Awaited<ReturnType<typeof cartLinesWithProducts>>[number];

/** Why `addCheckedCartLine` added nothing, or that it did. */
export type AddLineOutcome = 'added' | 'no_such_product' | 'unavailable' | 'cart_full';

/**
 * Adds one line in a single statement that checks, as it inserts, that the title exists and
 * can be ordered and that the cart has room: adding to the cart is the commonest write.
 */
const insertChecked = reusableSql<{ availability: string | null; size: number; added: number }>(
  'add_checked_cart_line',
  sql`
    WITH product AS (
      SELECT ${products.id} AS id, ${products.availability} AS availability FROM ${products} WHERE ${products.id} = ${sql.placeholder('productId')}::uuid
    ), size AS (
      SELECT count(*)::int AS n FROM ${cartLines}
      WHERE ${cartLines.accountId} = ${sql.placeholder('accountId')}::uuid AND ${cartLines.userId} = ${sql.placeholder('userId')}::uuid
    ), added AS (
      INSERT INTO ${cartLines} (account_id, user_id, product_id, quantity, line_reference, budget_code_id, department, shelf_location, material_type, extra_fields, created_at, updated_at)
      SELECT ${sql.placeholder('accountId')}::uuid, ${sql.placeholder('userId')}::uuid, product.id, ${sql.placeholder('quantity')}::int,
             ${sql.placeholder('lineReference')}::text, ${sql.placeholder('budgetCodeId')}::uuid, ${sql.placeholder('department')}::text,
             ${sql.placeholder('shelfLocation')}::text, ${sql.placeholder('materialType')}::text, ${sql.placeholder('extraFields')}::jsonb,
             ${sql.placeholder('at')}::timestamptz, ${sql.placeholder('at')}::timestamptz
      FROM product, size
      WHERE product.availability <> 'out_of_print' AND size.n < ${sql.placeholder('maxLines')}::int
      RETURNING 1
    )
    SELECT (SELECT availability FROM product) AS availability, (SELECT n FROM size) AS size, (SELECT count(*)::int FROM added) AS added`,
);

export async function addCheckedCartLine(tx: Tx, owner: CartOwner, line: NewCartLine, at: Date): Promise<AddLineOutcome> {
  const [row] = await insertChecked(tx, {
    ...owner,
    ...line,
    extraFields: JSON.stringify(line.extraFields),
    at: at.toISOString(),
    maxLines: MAX_CART_LINES,
  });
  if (!row || row.availability === null) return 'no_such_product';
  if (row.added === 1) return 'added';
  return row.availability === 'out_of_print' ? 'unavailable' : 'cart_full';
}

export async function countCartLines(tx: Tx, owner: CartOwner): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(cartLines).where(ownedBy(owner));
  return row?.n ?? 0;
}

export async function insertCartLines(tx: Tx, owner: CartOwner, lines: NewCartLine[], at: Date): Promise<void> {
  if (lines.length === 0) return;
  await tx.insert(cartLines).values(lines.map((line) => ({ ...line, ...owner, createdAt: at, updatedAt: at })));
}

export async function findCartLine(tx: Tx, owner: CartOwner, lineId: string): Promise<CartLineRow | undefined> {
  const [row] = await tx
    .select()
    .from(cartLines)
    .where(and(ownedBy(owner), eq(cartLines.id, lineId)))
    .for('update');
  return row;
}

export async function updateCartLine(tx: Tx, owner: CartOwner, lineId: string, values: Omit<NewCartLine, 'productId'>, at: Date): Promise<boolean> {
  const rows = await tx
    .update(cartLines)
    .set({ ...values, updatedAt: at })
    .where(and(ownedBy(owner), eq(cartLines.id, lineId)))
    .returning({ id: cartLines.id });
  return rows.length === 1;
}

export async function deleteCartLine(tx: Tx, owner: CartOwner, lineId: string): Promise<boolean> {
  const rows = await tx
    .delete(cartLines)
    .where(and(ownedBy(owner), eq(cartLines.id, lineId)))
    .returning({ id: cartLines.id });
  return rows.length === 1;
}

/** Empties the cart. */
export async function deleteCartLines(tx: Tx, owner: CartOwner): Promise<number> {
  const rows = await tx.delete(cartLines).where(ownedBy(owner)).returning({ id: cartLines.id });
  return rows.length;
}

const deleteByIds = reusableStatement('delete_ordered_cart_lines', (runner) =>
  runner
    .delete(cartLines)
    .where(
      and(
        eq(cartLines.accountId, sql.placeholder('accountId')),
        eq(cartLines.userId, sql.placeholder('userId')),
        sql`${cartLines.id} = ANY(${sql.placeholder('lineIds')}::uuid[])`,
      ),
    ),
);

/** Removes just these lines: checkout removes what it ordered, not a line added meanwhile. */
export async function deleteOrderedCartLines(tx: Tx, owner: CartOwner, lineIds: string[]): Promise<void> {
  if (lineIds.length > 0) await deleteByIds(tx, { ...owner, lineIds });
}

/** Products by ISBN for quick add: the ones in the catalogue, with whether they can be ordered. */
export async function productsByIsbns(tx: Tx, isbns: string[]): Promise<Map<string, { id: string; availability: string }>> {
  if (isbns.length === 0) return new Map();
  const rows = await tx
    .select({ id: products.id, isbn: products.isbn, availability: products.availability })
    .from(products)
    .where(inArray(products.isbn, isbns));
  return new Map(rows.map((r) => [r.isbn, { id: r.id, availability: r.availability }]));
}

/** Products by ISBN with what an order line needs of them: title, byline and price. */
export async function productsForOrderLines(tx: Tx, isbns: string[]) {
  if (isbns.length === 0) return [];
  return tx
    .select({
      id: products.id,
      isbn: products.isbn,
      title: products.title,
      contributors: products.contributors,
      form: products.form,
      availability: products.availability,
      releaseDate: products.releaseDate,
      language: products.language,
      listPriceMinor: products.listPriceMinor,
      currency: products.currency,
      priceIncludesVat: products.priceIncludesVat,
      priceFixed: products.priceFixed,
      taxRateCode: products.taxRateCode,
      fixedPriceUntil: products.fixedPriceUntil,
    })
    .from(products)
    .where(inArray(products.isbn, isbns));
}
