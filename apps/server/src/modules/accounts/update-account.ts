import type { AccountDetail, UpdateAccountBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccountForUpdate, updateAccount as updateAccountRow } from './accounts.repo.ts';
import { auditChange, type Actor } from './actor.ts';
import { normaliseOrganisationNumber } from './domain/organisation-number.ts';
import { loadAccountDetail } from './get-account-detail.ts';

/**
 * Staff change company data, the customer reference (ACC-8: an empty one removes it)
 * and pay on invoice. The audit entry holds the fields as they were and as they are.
 */
export async function updateAccount(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'staff' }>,
  accountId: string,
  body: UpdateAccountBody,
): Promise<Result<AccountDetail, 'not_found' | 'invalid_organisation_number'>> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await findAccountForUpdate(tx, accountId);
    if (!before) return err('not_found', 'No such account');
    const changes: Parameters<typeof updateAccountRow>[2] = { ...body };
    if (body.organisationNumber !== undefined) {
      const normalised = normaliseOrganisationNumber(ctx.config.store.country, body.organisationNumber);
      if (!normalised.ok) return normalised;
      changes.organisationNumber = normalised.value;
    }
    if (body.customerReference !== undefined) changes.customerReference = body.customerReference || null;
    const after = await updateAccountRow(tx, accountId, changes, ctx.clock.now());
    if (!after) return err('not_found', 'No such account');

    const changed = Object.keys(changes) as (keyof typeof changes)[];
    const pick = (row: typeof before) => Object.fromEntries(changed.map((k) => [k, row[k]]));
    await auditChange(tx, actor, { action: 'account.changed', accountId, before: pick(before), after: pick(after) }, ctx.clock.now());
    const detail = await loadAccountDetail(tx, accountId);
    return detail ? ok(detail) : err('not_found');
  });
}
