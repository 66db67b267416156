import type { DistributionField, DistributionFieldBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { countActiveFields, fieldNameTaken, insertField } from './distribution-fields.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionField } from './views.ts';

/** Every line shows every field: more than this would bury the order line under boxes. */
export const MAX_FIELDS_PER_ACCOUNT = 20;

/** An account admin adds a free extra field to every line (a call number, a borrower); it goes last. */
export async function addDistributionField(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  body: DistributionFieldBody,
): Promise<Result<DistributionField, 'forbidden' | 'not_found' | 'conflict' | 'distribution_list_full'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    if (await fieldNameTaken(tx, accountId, body.name)) return err('conflict', `The account already has a field ${body.name}`, 'name');
    if ((await countActiveFields(tx, accountId)) >= MAX_FIELDS_PER_ACCOUNT) {
      return err('distribution_list_full', `An account has at most ${MAX_FIELDS_PER_ACCOUNT} extra fields; remove one first`, 'name');
    }
    const now = ctx.clock.now();
    const field = toDistributionField(await insertField(tx, accountId, body, now));
    await auditDistributionChange(tx, actor, { action: 'distribution_field.added', accountId, before: null, after: field }, now);
    return ok(field);
  });
}
