import { and, asc, eq, gte, lte, max, ne, sql } from 'drizzle-orm';
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

/** Order lines placed in a date range, for the ERP export (ORD-7); cancelled orders left out. */
export async function orderLinesPlacedBetween(tx: Tx, from: string, to: string) {
  return tx
    .select({ line: orderLines, order: orders, customerNumber: accounts.customerNumber })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(and(gte(orders.placedOn, from), lte(orders.placedOn, to), ne(orders.status, 'cancelled')))
    .orderBy(asc(orders.placedAt), asc(orders.orderNumber), asc(orderLines.lineNo));
}
