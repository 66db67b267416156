import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement } from '../../platform/prepared.ts';
import { accounts } from '../accounts/index.ts';
import { deliveries, deliveryLines, invoices } from './fulfilment.schema.ts';
import { orderLines, orders } from './orders.schema.ts';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type NewOrder = Omit<typeof orders.$inferInsert, 'id' | 'orderNumber' | 'updatedAt' | 'createdAt' | 'titleSearch'>;
export type NewOrderLine = Omit<typeof orderLines.$inferInsert, 'id' | 'orderId' | 'accountId' | 'lineNo' | 'deliveredQuantity' | 'status'>;

/**
 * Inserts the order, numbered from the order number sequence (so concurrent checkouts never
 * wait for one another for a number), unless the account already has one with its
 * idempotency key; then undefined. A concurrent insert with the same key waits on the
 * unique index and, once the first commits, inserts nothing.
 */
export async function insertOrder(
  tx: Tx,
  order: NewOrder,
  lines: NewOrderLine[],
  at: Date,
): Promise<{ order: OrderRow; lines: OrderLineRow[] } | undefined> {
  const [row] = await tx
    .insert(orders)
    .values({ ...order, orderNumber: sql`nextval('order_numbers')::text`, titleSearch: sql`to_tsvector('simple', ${lines.map((line) => line.title).join(' ')})`, createdAt: at, updatedAt: at })
    .onConflictDoNothing({ target: [orders.accountId, orders.idempotencyKey] })
    .returning();
  if (!row) return undefined;
  const inserted =
    lines.length === 0
      ? []
      : await tx
          .insert(orderLines)
          .values(lines.map((line, i) => ({ ...line, orderId: row.id, accountId: row.accountId, lineNo: i + 1, deliveredQuantity: 0, status: 'processing' as const })))
          .returning();
  return { order: row, lines: inserted.sort((a, b) => a.lineNo - b.lineNo) };
}

const orderByKey = reusableStatement('order_by_idempotency_key', (runner) =>
  runner
    .select({ id: orders.id, placedByUserId: orders.placedByUserId })
    .from(orders)
    .where(and(eq(orders.accountId, sql.placeholder('accountId')), eq(orders.idempotencyKey, sql.placeholder('key')))),
);

export async function orderIdByKey(tx: Tx, accountId: string, key: string): Promise<{ id: string; placedByUserId: string | null } | undefined> {
  const [row] = await orderByKey(tx, { accountId, key });
  return row;
}

/**
 * One order with its account's name; `accountId` null is staff, who see every account.
 * `lock` takes the order's row lock, so cancellation and deliveries of one order take turns.
 */
export async function findOrder(tx: Tx, orderId: string, accountId: string | null, options: { lock: boolean }) {
  const query = tx
    .select({ order: orders, accountName: accounts.name, customerNumber: accounts.customerNumber })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(and(eq(orders.id, orderId), accountId ? eq(orders.accountId, accountId) : undefined));
  const [row] = options.lock ? await query.for('update', { of: orders }) : await query;
  return row;
}

export async function linesOfOrder(tx: Tx, orderId: string): Promise<OrderLineRow[]> {
  return tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.lineNo));
}

export async function deliveriesOfOrder(tx: Tx, orderId: string) {
  const rows = await tx.select().from(deliveries).where(eq(deliveries.orderId, orderId)).orderBy(asc(deliveries.deliveryNo));
  const lines =
    rows.length === 0
      ? []
      : await tx
          .select()
          .from(deliveryLines)
          .where(
            inArray(
              deliveryLines.deliveryId,
              rows.map((r) => r.id),
            ),
          );
  return rows.map((delivery) => ({ delivery, lines: lines.filter((l) => l.deliveryId === delivery.id) }));
}

export async function invoiceOfOrder(tx: Tx, orderId: string) {
  const [row] = await tx.select().from(invoices).where(eq(invoices.orderId, orderId));
  return row;
}

export async function markOrderCancelled(tx: Tx, orderId: string, userId: string, at: Date): Promise<void> {
  await tx.update(orders).set({ status: 'cancelled', cancelledAt: at, cancelledByUserId: userId, updatedAt: at }).where(eq(orders.id, orderId));
  await tx.update(orderLines).set({ status: 'cancelled' }).where(eq(orderLines.orderId, orderId));
}
