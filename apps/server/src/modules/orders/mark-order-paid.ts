import type { OrderDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { setOrderStatus } from './fulfilment.repo.ts';
import { findOrder } from './orders.repo.ts';
import { readOrderDetail } from './read-order.ts';

/** Staff record that a prepaid order's payment has arrived (CHK-3): it may now be shipped. */
export async function markOrderPaid(ctx: AppContext, staff: Actor, orderId: string): Promise<Result<OrderDetail, 'not_found' | 'not_awaiting_payment'>> {
  return inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, null, { lock: true });
    if (!found) return err('not_found', 'No such order');
    if (found.order.status !== 'awaiting_payment') return err('not_awaiting_payment', 'The order is not waiting for payment');
    const now = ctx.clock.now();
    await setOrderStatus(tx, orderId, 'processing', now, { paidAt: now });
    await writeAudit(tx, { actor: staff, action: 'order.paid', accountId: found.order.accountId, before: { status: 'awaiting_payment' }, after: { status: 'processing' } }, now);
    const detail = await readOrderDetail(ctx, tx, orderId, null);
    return detail ? ok(detail) : err('not_found', 'No such order');
  });
}
