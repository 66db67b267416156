import type { AccountSummary } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { searchAccounts } from './accounts.repo.ts';

export async function listAccounts(
  ctx: AppContext,
  query: { q: string; limit: number; offset: number },
): Promise<Result<{ items: AccountSummary[]; total: number }>> {
  return inTransaction(ctx.db, async (tx) => ok(await searchAccounts(tx, query)));
}
