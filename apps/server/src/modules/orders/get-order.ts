import type { OrderDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { readOrderDetail } from './read-order.ts';

/** One order with its lines, deliveries and invoice (ORD-2). `accountId` null: staff, any account. */
export async function getOrder(ctx: AppContext, orderId: string, accountId: string | null): Promise<Result<OrderDetail, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const order = await readOrderDetail(ctx, tx, orderId, accountId);
    return order ? ok(order) : err('not_found', 'No such order');
  });
}
