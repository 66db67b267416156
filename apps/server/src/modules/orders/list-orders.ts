import type { OrderPage, OrderQuery } from '@hylle/contracts';
import { listMembers } from '../accounts/index.ts';
import { parseIsbn } from '../catalog/index.ts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { titleFilterOf } from './domain/title-filter.ts';
import { orderOverview } from './order-overview.repo.ts';
import { toOrderSummary } from './views.ts';

/**
 * Every order of the account in one overview (ORD-1), including those staff recorded from
 * phone, e-mail or EDI, newest first, filtered by buyer, status, dates, requisition and
 * title or ISBN. `mine` is the buyer's own orders.
 */
export async function listOrders(ctx: AppContext, member: { accountId: string; userId: string }, query: OrderQuery): Promise<Result<OrderPage, never>> {
  return inTransaction(ctx.db, async (tx) => {
    const title = titleFilterOf(query.title, parseIsbn);
    const { items, total, totalCapped } = await orderOverview(
      tx,
      {
        accountId: member.accountId,
        timeZone: ctx.config.store.timeZone,
        buyerId: query.mine === 'true' ? member.userId : query.buyer,
        status: query.status,
        from: query.from,
        to: query.to,
        requisitionPrefix: query.requisition || undefined,
        ...(title && 'isbn' in title ? { isbn: title.isbn } : {}),
        ...(title && 'words' in title ? { titleWords: title.words } : {}),
      },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const buyers = (await listMembers(tx, member.accountId)).map((m) => ({ userId: m.userId, name: m.name || m.email }));
    return ok({
      items: items.map((row) => toOrderSummary(row.order, row, { name: row.accountName, customerNumber: row.customerNumber })),
      total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
      buyers,
    });
  });
}
