import type { AuditEntry } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { listAuditEntries } from './audit-log.repo.ts';

export async function listAuditLog(
  ctx: AppContext,
  filter: { accountId?: string | undefined; limit: number },
): Promise<Result<AuditEntry[]>> {
  return inTransaction(ctx.db, async (tx) =>
    ok(
      (await listAuditEntries(tx, filter)).map(({ entry, accountName }) => ({
        id: entry.id,
        at: entry.at.toISOString(),
        actorEmail: entry.actorEmail,
        action: entry.action,
        accountId: entry.accountId,
        accountName,
        before: entry.before,
        after: entry.after,
      })),
    ),
  );
}
