import { and, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { signInCodes } from './identity.schema.ts';

export type SignInCodeRow = typeof signInCodes.$inferSelect;

/** A new code replaces every earlier open code for the address. */
export async function replaceOpenCodes(
  tx: Tx,
  code: { email: string; codeHash: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await tx
    .update(signInCodes)
    .set({ usedAt: code.createdAt })
    .where(and(eq(signInCodes.email, code.email), isNull(signInCodes.usedAt)));
  await tx.insert(signInCodes).values(code);
}

/**
 * The code to judge an attempt by, locked so two attempts at once count as two: the open
 * one (there is at most one), else the newest. Open first, because a code asked for twice
 * within one millisecond has the same creation time as the code it replaced.
 */
export async function latestCodeForUpdate(tx: Tx, email: string): Promise<SignInCodeRow | undefined> {
  const [row] = await tx
    .select()
    .from(signInCodes)
    .where(eq(signInCodes.email, email))
    .orderBy(sql`${signInCodes.usedAt} IS NULL DESC`, desc(signInCodes.createdAt))
    .limit(1)
    .for('update');
  return row;
}

export async function recordFailedAttempt(tx: Tx, id: string): Promise<void> {
  await tx
    .update(signInCodes)
    .set({ failedAttempts: sql`${signInCodes.failedAttempts} + 1` })
    .where(eq(signInCodes.id, id));
}

export async function markCodeUsed(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.update(signInCodes).set({ usedAt: at }).where(eq(signInCodes.id, id));
}

/** Codes long past any use (housekeeping); a day keeps recent ones for support questions. */
export async function deleteOldCodes(tx: Tx, createdBefore: Date): Promise<number> {
  const deleted = await tx.delete(signInCodes).where(lte(signInCodes.createdAt, createdBefore)).returning({ id: signInCodes.id });
  return deleted.length;
}
