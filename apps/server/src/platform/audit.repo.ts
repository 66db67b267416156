import type { Tx } from './db.ts';
import { auditLog } from './platform.schema.ts';

export type Actor = { userId: string; email: string };

export type AuditRecord = {
  actor: Actor;
  action: string;
  accountId: string | null;
  before: unknown;
  after: unknown;
};

/** Written in the same transaction as the change, so the log never disagrees with the data. */
export async function writeAudit(tx: Tx, record: AuditRecord, at: Date): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorUserId: record.actor.userId,
    actorEmail: record.actor.email,
    action: record.action,
    accountId: record.accountId,
    before: record.before ?? null,
    after: record.after ?? null,
  });
}
