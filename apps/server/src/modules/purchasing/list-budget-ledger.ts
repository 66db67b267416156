import type { BudgetLedgerPage, BudgetLedgerQuery } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findBudgetCode } from './budget-codes.repo.ts';
import { listLedgerEntries } from './budget-ledger.repo.ts';
import { toLedgerEntry } from './views.ts';

/** A code's ledger for staff, newest first, a page at a time. */
export async function listBudgetLedger(
  ctx: AppContext,
  accountId: string,
  codeId: string,
  query: BudgetLedgerQuery,
): Promise<Result<BudgetLedgerPage, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await findBudgetCode(tx, accountId, codeId, { lock: false }))) return err('not_found', 'No such budget code');
    const { items, total } = await listLedgerEntries(tx, codeId, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
    return ok({
      items: items.map(({ entry, actorName }) => toLedgerEntry(entry, actorName)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    });
  });
}
