import type { BackofficeOrderQuery, OrderPage } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { orderOverview } from './order-overview.repo.ts';
import { toOrderSummary } from './views.ts';

/** Staff's work queue: orders of every account, newest first, by status, channel, order or customer number, or account name. */
export async function listBackofficeOrders(ctx: AppContext, query: BackofficeOrderQuery): Promise<Result<OrderPage, never>> {
  return inTransaction(ctx.db, async (tx) => {
    const { items, total, totalCapped } = await orderOverview(
      tx,
      { accountId: null, timeZone: ctx.config.store.timeZone, status: query.status, channel: query.channel, text: query.q || undefined },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return ok({
      items: items.map((row) => toOrderSummary(row.order, row, { name: row.accountName, customerNumber: row.customerNumber })),
      total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
      buyers: [],
    });
  });
}
