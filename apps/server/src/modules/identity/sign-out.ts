import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { deleteSession, deleteSessionsOfUser } from './sessions.repo.ts';

export async function signOut(ctx: AppContext, tokenHash: string): Promise<Result<null>> {
  return inTransaction(ctx.db, async (tx) => {
    await deleteSession(tx, tokenHash);
    return ok(null);
  });
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(ctx: AppContext, userId: string): Promise<Result<{ ended: number }>> {
  return inTransaction(ctx.db, async (tx) => ok({ ended: await deleteSessionsOfUser(tx, userId) }));
}
