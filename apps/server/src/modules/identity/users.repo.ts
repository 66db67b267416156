import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { users } from './identity.schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(tx: Tx, email: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(
  tx: Tx,
  user: { email: string; name: string; isStaff?: boolean; phone?: string },
): Promise<UserRow> {
  const [row] = await tx.insert(users).values(user).returning();
  if (!row) throw new Error('insert into users returned nothing');
  return row;
}

/**
 * The user with this e-mail, made when there is none. Two requests making the same new
 * user at once both get that one user: the second insert waits for the first and yields.
 */
export async function findOrInsertUser(tx: Tx, user: { email: string; name: string }): Promise<UserRow> {
  await tx.insert(users).values(user).onConflictDoNothing({ target: users.email });
  const row = await findUserByEmail(tx, user.email);
  if (!row) throw new Error('insert into users neither made nor found the user');
  return row;
}

export async function updateUserProfile(
  tx: Tx,
  id: string,
  profile: { name: string; phone: string; newsletter: boolean },
): Promise<UserRow | undefined> {
  const [row] = await tx.update(users).set(profile).where(eq(users.id, id)).returning();
  return row;
}
