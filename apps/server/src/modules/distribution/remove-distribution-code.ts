import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { removeCode } from './distribution-codes.repo.ts';
import { clearCodeFromDefaults } from './distribution-defaults.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionCode } from './views.ts';

/**
 * An account admin takes a code off its list: new lines can no longer use it, and it is
 * nobody's default any more. Lines that already have it keep it until checkout refuses it.
 */
export async function removeDistributionCode(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  codeId: string,
): Promise<Result<null, 'forbidden' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const now = ctx.clock.now();
    const removed = await removeCode(tx, accountId, codeId, now);
    if (!removed) return err('not_found', 'No such code');
    await clearCodeFromDefaults(tx, accountId, removed.list, removed.code, now);
    await auditDistributionChange(tx, actor, { action: 'distribution_code.removed', accountId, before: toDistributionCode(removed), after: null }, now);
    return ok(null);
  });
}
