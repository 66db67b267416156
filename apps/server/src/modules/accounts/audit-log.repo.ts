import { desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { auditLog } from '../../platform/platform.schema.ts';
import { accounts } from './accounts.schema.ts';

/** Newest first, with the account's present name (the log itself keeps only its id). */
export async function listAuditEntries(tx: Tx, filter: { accountId?: string | undefined; limit: number }) {
  return tx
    .select({ entry: auditLog, accountName: accounts.name })
    .from(auditLog)
    .leftJoin(accounts, eq(accounts.id, auditLog.accountId))
    .where(filter.accountId ? eq(auditLog.accountId, filter.accountId) : undefined)
    .orderBy(desc(auditLog.at))
    .limit(filter.limit);
}
