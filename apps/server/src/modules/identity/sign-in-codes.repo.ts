import { and, desc, eq, isNull, sql } from 'drizzle-orm';
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

/** The newest code for the address, locked so two attempts at once count as two. */
export async function latestCodeForUpdate(tx: Tx, email: string): Promise<SignInCodeRow | undefined> {
  const [row] = await tx
    .select()
    .from(signInCodes)
    .where(eq(signInCodes.email, email))
    .orderBy(desc(signInCodes.createdAt))
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
