import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { accounts } from '../accounts/index.ts';
import { orderLines, orders, type OrderStatus, type OrderChannel } from './orders.schema.ts';

export type OverviewFilter = {
  /** Null: every account (staff). */
  accountId: string | null;
  buyerId?: string;
  status?: OrderStatus;
  channel?: OrderChannel;
  /** Calendar days in the store's time zone, both included. */
  from?: string;
  to?: string;
  timeZone: string;
  requisitionPrefix?: string;
  isbn?: string;
  titleWords?: string[];
  /** Staff's free text: order number, customer number or account name. */
  text?: string;
};

/** Counting stops here: "more than 1 000" is as useful to a librarian as the exact figure, and far cheaper (a title word shared by thousands of orders would otherwise visit them all). */
export const COUNT_CAP = 1_000;

function conditions(filter: OverviewFilter): SQL | undefined {
  const lineMatch = (match: SQL) => sql`EXISTS (SELECT 1 FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id} AND ${match})`;
  return and(
    filter.accountId ? eq(orders.accountId, filter.accountId) : undefined,
    filter.buyerId ? eq(orders.placedByUserId, filter.buyerId) : undefined,
    filter.status ? eq(orders.status, filter.status) : undefined,
    filter.channel ? eq(orders.channel, filter.channel) : undefined,
    // As moments, so the range is a stretch of the (account, placed_at) index the page is read from.
    filter.from ? sql`${orders.placedAt} >= (${filter.from}::date)::timestamp AT TIME ZONE ${filter.timeZone}` : undefined,
    filter.to ? sql`${orders.placedAt} < (${filter.to}::date + 1)::timestamp AT TIME ZONE ${filter.timeZone}` : undefined,
    filter.requisitionPrefix ? sql`lower(${orders.requisition}) LIKE ${likePrefix(filter.requisitionPrefix)}` : undefined,
    filter.isbn ? lineMatch(sql`${orderLines.isbn} = ${filter.isbn}`) : undefined,
    filter.titleWords?.length ? sql`${orders.titleSearch} @@ to_tsquery('simple', ${filter.titleWords.map((w) => `${w}:*`).join(' & ')})` : undefined,
    filter.text
      ? sql`(${orders.orderNumber} = ${filter.text} OR ${accounts.customerNumber} = ${filter.text} OR lower(${accounts.name}) LIKE ${`%${escapeLike(filter.text.toLowerCase())}%`})`
      : undefined,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function likePrefix(text: string): string {
  return `${escapeLike(text.toLowerCase())}%`;
}

/** A page of orders, newest first, with their line and copy counts, and the (capped) number matching. */
export async function orderOverview(tx: Tx, filter: OverviewFilter, page: { limit: number; offset: number }) {
  const where = conditions(filter);
  const items = await tx
    .select({
      order: orders,
      accountName: accounts.name,
      customerNumber: accounts.customerNumber,
      lineCount: sql<number>`(SELECT count(*) FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id})`.mapWith(Number),
      copies: sql<number>`(SELECT coalesce(sum(${orderLines.quantity}), 0) FROM ${orderLines} WHERE ${orderLines.orderId} = ${orders.id})`.mapWith(Number),
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(where)
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(page.limit)
    .offset(page.offset);
  const counted = await tx.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${orders} INNER JOIN ${accounts} ON ${accounts.id} = ${orders.accountId} WHERE ${where ?? sql`true`} LIMIT ${COUNT_CAP + 1}) matching`,
  );
  const total = counted.rows[0]?.n ?? 0;
  return { items, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

/** "Already ordered by your account" (ORD): copies and orders per product, and the last day, cancelled orders left out. */
export async function orderedBefore(tx: Tx, accountId: string, productIds: string[]) {
  if (productIds.length === 0) return [];
  return tx
    .select({
      productId: sql<string>`${orderLines.productId}`,
      copies: sql<number>`sum(${orderLines.quantity})`.mapWith(Number),
      orders: sql<number>`count(DISTINCT ${orderLines.orderId})`.mapWith(Number),
      lastOrderedOn: sql<string>`max(${orders.placedOn})::text`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        eq(orderLines.accountId, accountId),
        inArray(orderLines.productId, productIds),
        sql`${orders.status} <> 'cancelled'`,
      ),
    )
    .groupBy(orderLines.productId);
}
