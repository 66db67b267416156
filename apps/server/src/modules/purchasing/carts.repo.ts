import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { products } from '../catalog/index.ts';
import { budgetCodes } from './budgets.schema.ts';
import { cartLines } from './carts.schema.ts';

export type CartLineRow = typeof cartLines.$inferSelect;
export type CartOwner = { accountId: string; userId: string };
export type NewCartLine = Omit<CartLineRow, 'id' | 'seq' | 'accountId' | 'userId' | 'createdAt' | 'updatedAt'>;

/** The most lines one cart holds: a large list is pasted in, never thousands of single adds. */
export const MAX_CART_LINES = 1_000;

const ownedBy = (owner: CartOwner) => and(eq(cartLines.accountId, owner.accountId), eq(cartLines.userId, owner.userId));

/**
 * The owner's lines in the order they were added, each with what pricing and the view need
 * of its product and budget code. `lock` takes the lines' row locks (checkout), so two
 * checkouts of one cart take turns.
 */
export async function cartLinesWithProducts(tx: Tx, owner: CartOwner, options: { lock: boolean }) {
  const query = tx
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
    .where(ownedBy(owner))
    .orderBy(asc(cartLines.seq));
  return options.lock ? query.for('update', { of: cartLines }) : query;
}
export type CartLineWithProduct = Awaited<ReturnType<typeof cartLinesWithProducts>>[number];

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

/** Empties the cart, or (`lineIds`) removes just those lines: checkout removes what it ordered, not a line added meanwhile. */
export async function deleteCartLines(tx: Tx, owner: CartOwner, lineIds?: string[]): Promise<number> {
  if (lineIds?.length === 0) return 0;
  const rows = await tx
    .delete(cartLines)
    .where(and(ownedBy(owner), lineIds ? inArray(cartLines.id, lineIds) : undefined))
    .returning({ id: cartLines.id });
  return rows.length;
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

export async function productExists(tx: Tx, productId: string): Promise<{ availability: string } | undefined> {
  const [row] = await tx.select({ availability: products.availability }).from(products).where(eq(products.id, productId));
  return row;
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
