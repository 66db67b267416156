import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { removeField } from './distribution-fields.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionField } from './views.ts';

/** An account admin takes an extra field off the lines; orders placed with it keep their values. */
export async function removeDistributionField(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  fieldId: string,
): Promise<Result<null, 'forbidden' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const now = ctx.clock.now();
    const removed = await removeField(tx, accountId, fieldId, now);
    if (!removed) return err('not_found', 'No such field');
    await auditDistributionChange(tx, actor, { action: 'distribution_field.removed', accountId, before: toDistributionField(removed), after: null }, now);
    return ok(null);
  });
}
