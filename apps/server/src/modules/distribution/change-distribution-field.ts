import type { DistributionField, DistributionFieldBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { fieldNameTaken, findActiveField, updateField } from './distribution-fields.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionField } from './views.ts';

/**
 * An account admin changes an extra field's name, whether it is required, or its length.
 * Values are kept on lines by name: lines filled in under the old name are asked again.
 */
export async function changeDistributionField(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  fieldId: string,
  body: DistributionFieldBody,
): Promise<Result<DistributionField, 'forbidden' | 'not_found' | 'conflict'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const before = await findActiveField(tx, accountId, fieldId);
    if (!before) return err('not_found', 'No such field');
    if (await fieldNameTaken(tx, accountId, body.name, fieldId)) return err('conflict', `The account already has a field ${body.name}`, 'name');
    const after = await updateField(tx, accountId, fieldId, body);
    if (!after) throw new Error(`distribution field ${fieldId} vanished under the account's lock`);
    const change = { before: toDistributionField(before), after: toDistributionField(after) };
    await auditDistributionChange(tx, actor, { action: 'distribution_field.changed', accountId, ...change }, ctx.clock.now());
    return ok(change.after);
  });
}
