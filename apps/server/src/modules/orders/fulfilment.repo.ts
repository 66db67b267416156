import { and, asc, eq, max, ne, sql } from 'drizzle-orm';
import { accounts } from '../accounts/index.ts';
import type { Tx } from '../../platform/db.ts';
import { deliveries, deliveryLines, invoices, type Carrier } from './fulfilment.schema.ts';
import { orderLines, orders, type LineStatus, type OrderStatus } from './orders.schema.ts';

export async function nextDeliveryNo(tx: Tx, orderId: string): Promise<number> {
  const [row] = await tx.select({ last: max(deliveries.deliveryNo) }).from(deliveries).where(eq(deliveries.orderId, orderId));
  return (row?.last ?? 0) + 1;
}

export async function insertDelivery(
  tx: Tx,
  delivery: { orderId: string; accountId: string; deliveryNo: number; carrier: Carrier; waybill: string; shippedAt: Date; createdByUserId: string },
  lines: { orderLineId: string; quantity: number }[],
): Promise<string> {
  const [row] = await tx.insert(deliveries).values(delivery).returning({ id: deliveries.id });
  if (!row) throw new Error('insert into deliveries returned nothing');
  await tx.insert(deliveryLines).values(lines.map((line) => ({ ...line, deliveryId: row.id })));
  return row.id;
}

export async function setLineDelivered(tx: Tx, lineId: string, deliveredQuantity: number, status: LineStatus): Promise<void> {
  await tx.update(orderLines).set({ deliveredQuantity, status }).where(eq(orderLines.id, lineId));
}

export async function setOrderStatus(tx: Tx, orderId: string, status: OrderStatus, at: Date, extra: { paidAt?: Date } = {}): Promise<void> {
  await tx
    .update(orders)
    .set({ status, updatedAt: at, ...extra })
    .where(eq(orders.id, orderId));
}

export async function markLinesInvoiced(tx: Tx, orderId: string): Promise<void> {
  await tx
    .update(orderLines)
    .set({ status: 'invoiced' })
    .where(and(eq(orderLines.orderId, orderId), sql`${orderLines.status} <> 'cancelled'`));
}

export async function insertInvoice(tx: Tx, invoice: typeof invoices.$inferInsert) {
  const [row] = await tx.insert(invoices).values(invoice).returning();
  if (!row) throw new Error('insert into invoices returned nothing');
  return row;
}

export async function findDelivery(tx: Tx, orderId: string, deliveryId: string) {
  const [row] = await tx
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.orderId, orderId), eq(deliveries.id, deliveryId)));
  return row;
}

/**
 * Order lines of the orders recorded in a date range (days in the store's time zone), for the
 * ERP export (ORD-7); cancelled orders left out. By the day recorded, not the day ordered: an
 * order imported on Tuesday with Friday's date still reaches the next export.
 */
export async function orderLinesRecordedBetween(tx: Tx, from: string, to: string, timeZone: string) {
  return tx
    .select({ line: orderLines, order: orders, customerNumber: accounts.customerNumber })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(
      and(
        sql`${orders.createdAt} >= (${from}::date)::timestamp AT TIME ZONE ${timeZone}`,
        sql`${orders.createdAt} < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}`,
        ne(orders.status, 'cancelled'),
      ),
    )
    .orderBy(asc(orders.createdAt), asc(orders.orderNumber), asc(orderLines.lineNo));
}
