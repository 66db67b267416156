import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit } from '../../platform/audit.repo.ts';
import type { Tx } from '../../platform/db.ts';
import { accountExists, mayAdminister, type Actor } from '../accounts/index.ts';

/**
 * The account's admins keep its lists (INT-1), as they keep its delivery addresses; staff
 * may too. The account row is locked first (by mayAdminister, which then reads the role
 * again), so changes to the lists take turns, and a default chosen meanwhile waits for them.
 */
export async function mayKeepDistributionLists(tx: Tx, actor: Actor, accountId: string): Promise<Result<null, 'forbidden' | 'not_found'>> {
  const allowed = await mayAdminister(tx, actor, accountId);
  if (!allowed.ok) return allowed;
  if (!(await accountExists(tx, accountId, { hold: false }))) return err('not_found', 'No such account');
  return ok(null);
}

/** Customer service can tell who changed the lists, as they can for delivery addresses. */
export async function auditDistributionChange(
  tx: Tx,
  actor: Actor,
  change: { action: string; accountId: string; before: unknown; after: unknown },
  at: Date,
): Promise<void> {
  await writeAudit(tx, { actor: { userId: actor.userId, email: actor.email }, ...change }, at);
}
