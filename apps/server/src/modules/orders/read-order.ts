import type { OrderDetail } from '@hylle/contracts';
import { todayInZone } from '../pricing/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { mayCancel } from './domain/order-status.ts';
import { deliveriesOfOrder, findOrder, invoiceOfOrder, linesOfOrder } from './orders.repo.ts';
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
