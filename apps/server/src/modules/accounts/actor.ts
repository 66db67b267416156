import type { Role } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit } from '../../platform/audit.repo.ts';
import type { Tx } from '../../platform/db.ts';

/**
 * Who is acting on an account: one of its members (scoped to it by account-scope.ts) or
 * the store's staff, whose every change is written to the audit log.
 */
export type Actor =
  | { kind: 'member'; userId: string; email: string; accountId: string; role: Role }
  | { kind: 'staff'; userId: string; email: string };

export type AccountScope = Extract<Actor, { kind: 'member' }>;

/** Staff may act on any account; a member only as admin, and only on its own account. */
export function mayAdminister(actor: Actor, accountId: string): Result<null, 'forbidden'> {
  if (actor.kind === 'staff') return ok(null);
  if (actor.accountId === accountId && actor.role === 'admin') return ok(null);
  return err('forbidden', 'Only an account admin may do this');
}

export async function auditStaffChange(
  tx: Tx,
  actor: Actor,
  change: { action: string; accountId: string; before: unknown; after: unknown },
  at: Date,
): Promise<void> {
  if (actor.kind !== 'staff') return;
  await writeAudit(tx, { actor: { userId: actor.userId, email: actor.email }, ...change }, at);
}
