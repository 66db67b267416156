import type { OrderDetail } from '@hylle/contracts';
import { findMemberRole } from '../accounts/index.ts';
import { findOrder, markOrderCancelled, readOrderDetail } from '../orders/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { creditBudget, netDebitsOfOrder } from './budget-ledger.repo.ts';
import type { Buyer } from './check-out.ts';

/**
 * Cancels an order the day it was placed while nothing has been delivered (ORD-4), and gives
 * its budget debits back to their codes (CHK-4) in the same transaction. The buyer who placed
 * it or an admin of the account may cancel. The order's row lock makes a delivery registered
 * at the same moment either come first (and the cancellation is refused) or wait.
 */
export async function cancelOrder(
  ctx: AppContext,
  member: Buyer,
  orderId: string,
): Promise<Result<OrderDetail, 'not_found' | 'forbidden' | 'not_cancellable'>> {
  return inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, member.accountId, { lock: true });
    if (!found) return err('not_found', 'No such order');
    // The role as it is now, inside this transaction: one demoted a moment ago is a buyer.
    const role = await findMemberRole(tx, member.accountId, member.userId);
    if (!role) return err('not_found', 'No such order');
    if (role !== 'admin' && found.order.placedByUserId !== member.userId) {
      return err('forbidden', 'Only the buyer who placed the order or an admin of the account can cancel it');
    }
    if (found.order.paidAt) {
      return err('not_cancellable', 'The order is paid in advance; customer service cancels it and refunds the payment');
    }
    const before = await readOrderDetail(ctx, tx, orderId, member.accountId);
    if (!before?.cancellable) {
      const why =
        found.order.status === 'cancelled'
          ? 'The order is already cancelled'
          : before && before.deliveries.length > 0
            ? 'Part of the order has been delivered'
            : 'An order can be cancelled only on the day it was placed, before anything is delivered';
      return err('not_cancellable', why);
    }
    const now = ctx.clock.now();
    for (const debit of await netDebitsOfOrder(tx, member.accountId, orderId)) {
      const credited = await creditBudget(tx, { ...debit, accountId: member.accountId, orderId, actorUserId: member.userId, at: now });
      if (!credited.ok) throw new Error(`budget code ${debit.budgetCodeId} of order ${orderId} is gone`);
    }
    await markOrderCancelled(tx, orderId, member.userId, now);
    const after = await readOrderDetail(ctx, tx, orderId, member.accountId);
    return after ? ok(after) : err('not_found', 'No such order');
  });
}
