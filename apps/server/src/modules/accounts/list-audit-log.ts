import type { AuditEntry } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import { listAudit } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';

export async function listAuditLog(
  ctx: AppContext,
  filter: { accountId?: string | undefined; limit: number },
): Promise<Result<AuditEntry[]>> {
  return inTransaction(ctx.db, async (tx) =>
    ok(
      (await listAudit(tx, filter)).map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actorEmail: row.actorEmail,
        action: row.action,
        accountId: row.accountId,
        before: row.before,
        after: row.after,
      })),
    ),
  );
}
