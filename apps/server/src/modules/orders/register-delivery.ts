import type { DeliveryBody, OrderDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { lineStatusOf, orderStatusOf } from './domain/order-status.ts';
import { insertDelivery, nextDeliveryNo, setLineDelivered, setOrderStatus } from './fulfilment.repo.ts';
import { findOrder, linesOfOrder } from './orders.repo.ts';
import { readOrderDetail } from './read-order.ts';

/**
 * Staff register a shipment (ORD-3): some or all copies of some or all lines, with carrier
 * and waybill. The order's row lock serialises it with other deliveries and with the
 * buyer's cancellation, so a cancelled order is never shipped and no line is shipped twice.
 */
export async function registerDelivery(
  ctx: AppContext,
  staff: Actor,
  orderId: string,
  body: DeliveryBody,
): Promise<Result<OrderDetail, 'not_found' | 'not_shippable' | 'too_many_copies' | 'duplicate_line'>> {
  return inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, null, { lock: true });
    if (!found) return err('not_found', 'No such order');
    const { order } = found;
    if (order.status === 'cancelled' || order.status === 'invoiced' || order.status === 'awaiting_payment') {
      const why = { cancelled: 'The order is cancelled', invoiced: 'The order is invoiced', awaiting_payment: 'The order waits for prepayment; mark it paid first' }[order.status];
      return err('not_shippable', why);
    }
    const lines = await linesOfOrder(tx, orderId);
    const byId = new Map(lines.map((line) => [line.id, line]));
    const seen = new Set<string>();
    for (const [i, sent] of body.lines.entries()) {
      const line = byId.get(sent.orderLineId);
      if (!line) return err('not_found', 'The line is not on this order', `lines.${i}.orderLineId`);
      if (seen.has(line.id)) return err('duplicate_line', `Line ${line.lineNo} is listed twice`, `lines.${i}.orderLineId`);
      seen.add(line.id);
      const left = line.quantity - line.deliveredQuantity;
      if (sent.quantity > left) return err('too_many_copies', `Line ${line.lineNo} has ${left} copies left to deliver`, `lines.${i}.quantity`);
    }

    const now = ctx.clock.now();
    const deliveryNo = await nextDeliveryNo(tx, orderId);
    await insertDelivery(tx, { orderId, accountId: order.accountId, deliveryNo, carrier: body.carrier, waybill: body.waybill, shippedAt: now, createdByUserId: staff.userId }, body.lines);
    for (const sent of body.lines) {
      const line = byId.get(sent.orderLineId)!;
      line.deliveredQuantity += sent.quantity;
      await setLineDelivered(tx, line.id, line.deliveredQuantity, lineStatusOf(line));
    }
    const status = orderStatusOf({ payment: order.payment, paid: order.paidAt !== null }, lines);
    await setOrderStatus(tx, orderId, status, now);
    await writeAudit(
      tx,
      { actor: staff, action: 'order.delivered', accountId: order.accountId, before: { status: order.status }, after: { status, deliveryNo, carrier: body.carrier, waybill: body.waybill, lines: body.lines } },
      now,
    );
    const detail = await readOrderDetail(ctx, tx, orderId, null);
    return detail ? ok(detail) : err('not_found', 'No such order');
  });
}
