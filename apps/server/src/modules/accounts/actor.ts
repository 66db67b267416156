import type { Role } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit } from '../../platform/audit.repo.ts';
import type { Tx } from '../../platform/db.ts';
import { findAccountForUpdate } from './accounts.repo.ts';
import { findMemberRole } from './memberships.repo.ts';

/**
 * Who is acting on an account: one of its members (scoped to it by account-scope.ts) or
 * the store's staff. Every change either makes is written to the audit log.
 */
export type Actor =
  | { kind: 'member'; userId: string; email: string; accountId: string; role: Role }
  | { kind: 'staff'; userId: string; email: string };

export type AccountScope = Extract<Actor, { kind: 'member' }>;

/**
 * Staff may act on any account; a member only as admin of its own account. Every change
 * to an account first locks its row, always before anything else, so concurrent changes to
 * one account take turns (and cannot deadlock); the member's role is then read again inside
 * the transaction, so an admin demoted a moment ago can no longer act as one.
 */
export async function mayAdminister(tx: Tx, actor: Actor, accountId: string): Promise<Result<null, 'forbidden'>> {
  await findAccountForUpdate(tx, accountId);
  if (actor.kind === 'staff') return ok(null);
  if (actor.accountId === accountId && (await findMemberRole(tx, accountId, actor.userId)) === 'admin') {
    return ok(null);
  }
  return err('forbidden', 'Only an account admin may do this');
}

/** Customer service can then tell who changed what, whether staff or the customer's admin. */
export async function auditChange(
  tx: Tx,
  actor: Actor,
  change: { action: string; accountId: string; before: unknown; after: unknown },
  at: Date,
): Promise<void> {
  await writeAudit(tx, { actor: { userId: actor.userId, email: actor.email }, ...change }, at);
}
