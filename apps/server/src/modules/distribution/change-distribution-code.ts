import type { DistributionCode } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { findActiveCode, updateCodeLabel } from './distribution-codes.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionCode } from './views.ts';

/**
 * An account admin renames a code's label. The code itself stays: lines and members'
 * defaults name it, so a new code is a new entry (and the old one is removed).
 */
export async function changeDistributionCode(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  codeId: string,
  label: string,
): Promise<Result<DistributionCode, 'forbidden' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const before = await findActiveCode(tx, accountId, codeId);
    if (!before) return err('not_found', 'No such code');
    const after = await updateCodeLabel(tx, accountId, codeId, label);
    if (!after) throw new Error(`distribution code ${codeId} vanished under the account's lock`);
    const change = { before: toDistributionCode(before), after: toDistributionCode(after) };
    await auditDistributionChange(tx, actor, { action: 'distribution_code.changed', accountId, ...change }, ctx.clock.now());
    return ok(change.after);
  });
}
