import type { OrderDetail } from '@hylle/contracts';
import { todayInZone } from '../pricing/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { mayCancel } from './domain/order-status.ts';
import { deliveriesOfOrder, findOrder, invoiceOfOrder, linesOfOrder, type OrderLineRow, type OrderRow } from './orders.repo.ts';
import { trackingLinkFor } from './tracking.ts';
import { toOrderDetail } from './views.ts';

/**
 * An order with everything its page shows, inside the caller's transaction. `accountId`
 * limits it to one account (a member's view); null is staff. Undefined when not found, so
 * another account's order is indistinguishable from none.
 */
export async function readOrderDetail(ctx: AppContext, tx: Tx, orderId: string, accountId: string | null): Promise<OrderDetail | undefined> {
  const found = await findOrder(tx, orderId, accountId, { lock: false });
  if (!found) return undefined;
  const [lines, deliveries, invoice] = [await linesOfOrder(tx, orderId), await deliveriesOfOrder(tx, orderId), await invoiceOfOrder(tx, orderId)];
  const today = todayInZone(ctx.clock.now(), ctx.config.store.timeZone);
  return toOrderDetail(
    {
      order: found.order,
      account: { name: found.accountName, customerNumber: found.customerNumber },
      lines,
      deliveries,
      invoice,
      cancellable: mayCancel(found.order, deliveries.length, today),
    },
    trackingLinkFor(ctx),
  );
}

/** The detail of an order just placed, from the rows its insert returned: nothing to read back. */
export function newOrderDetail(ctx: AppContext, placed: { order: OrderRow; lines: OrderLineRow[] }, account: { name: string; customerNumber: string }): OrderDetail {
  const today = todayInZone(ctx.clock.now(), ctx.config.store.timeZone);
  return toOrderDetail(
    { order: placed.order, account, lines: placed.lines, deliveries: [], invoice: undefined, cancellable: mayCancel(placed.order, 0, today) },
    trackingLinkFor(ctx),
  );
}
