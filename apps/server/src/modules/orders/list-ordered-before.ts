import type { OrderedBefore } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { orderedBefore } from './order-overview.repo.ts';

/** "Already ordered by your account" for the titles of a search page or a product page. */
export async function listOrderedBefore(ctx: AppContext, accountId: string, productIds: string[]): Promise<Result<OrderedBefore[], never>> {
  return inTransaction(ctx.db, async (tx) => ok(await orderedBefore(tx, accountId, productIds)));
}
