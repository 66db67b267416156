export type OrderStatus = 'awaiting_payment' | 'processing' | 'partially_delivered' | 'shipped' | 'invoiced' | 'cancelled';
export type LineStatus = 'processing' | 'partially_delivered' | 'shipped' | 'invoiced' | 'cancelled';

/** A line's status from how much of it has been delivered (ORD-2). */
export function lineStatusOf(line: { quantity: number; deliveredQuantity: number }): LineStatus {
  if (line.deliveredQuantity <= 0) return 'processing';
  return line.deliveredQuantity >= line.quantity ? 'shipped' : 'partially_delivered';
}

/**
 * The order's status from its lines (ORD-2): shipped when every copy has gone, partially
 * delivered when some have, otherwise processing — or awaiting payment while a prepaid order
 * is unpaid. Invoiced and cancelled are set by those acts, not derived.
 */
export function orderStatusOf(order: { payment: 'invoice' | 'prepayment'; paid: boolean }, lines: { quantity: number; deliveredQuantity: number }[]): OrderStatus {
  const delivered = lines.reduce((n, l) => n + l.deliveredQuantity, 0);
  const ordered = lines.reduce((n, l) => n + l.quantity, 0);
  if (delivered > 0) return delivered >= ordered ? 'shipped' : 'partially_delivered';
  return order.payment === 'prepayment' && !order.paid ? 'awaiting_payment' : 'processing';
}

/**
 * Whether the buyer may still cancel (ORD-4): on the calendar day it was placed, in the
 * store's time zone, while nothing has been delivered, nothing has been paid in advance, and
 * it is not invoiced or cancelled.
 */
export function mayCancel(order: { status: OrderStatus; placedOn: string; paidAt: Date | null }, deliveryCount: number, today: string): boolean {
  // A prepaid order whose payment has arrived needs a refund: customer service cancels it.
  if (order.paidAt !== null) return false;
  return (order.status === 'processing' || order.status === 'awaiting_payment') && deliveryCount === 0 && order.placedOn === today;
}
