import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement, type Runner } from '../../platform/prepared.ts';
import { accounts } from '../accounts/index.ts';
import { users } from '../identity/index.ts';
import { libraries, libraryStaff } from './library.schema.ts';

const staffRole = reusableStatement('library_staff_role', (db) =>
  db
    .select({ role: libraryStaff.role })
    .from(libraryStaff)
    .where(and(eq(libraryStaff.accountId, sql.placeholder('libraryId')), eq(libraryStaff.userId, sql.placeholder('userId')))),
);

/** The user's role in the library, or undefined: on every library request. */
export async function findStaffRole(runner: Runner, libraryId: string, userId: string): Promise<'admin' | 'desk' | undefined> {
  const [row] = await staffRole(runner, { libraryId, userId });
  return row?.role;
}

export async function librariesOfUser(tx: Tx, userId: string) {
  return tx
    .select({ id: libraries.accountId, name: accounts.name, role: libraryStaff.role })
    .from(libraryStaff)
    .innerJoin(libraries, eq(libraries.accountId, libraryStaff.accountId))
    .innerJoin(accounts, eq(accounts.id, libraries.accountId))
    .where(eq(libraryStaff.userId, userId))
    .orderBy(accounts.name);
}

export async function insertLibrary(tx: Tx, accountId: string, at: Date): Promise<boolean> {
  const rows = await tx.insert(libraries).values({ accountId, createdAt: at }).onConflictDoNothing().returning({ id: libraries.accountId });
  return rows.length === 1;
}

export async function upsertStaff(tx: Tx, accountId: string, userId: string, role: 'admin' | 'desk', at: Date): Promise<void> {
  await tx.insert(libraryStaff).values({ accountId, userId, role, createdAt: at }).onConflictDoUpdate({ target: [libraryStaff.accountId, libraryStaff.userId], set: { role } });
}

const versionOf = reusableStatement('library_policy_version', (db) =>
  db.select({ version: libraries.policyVersion }).from(libraries).where(eq(libraries.accountId, sql.placeholder('libraryId'))),
);

export async function policyVersion(runner: Runner, libraryId: string): Promise<number | undefined> {
  const [row] = await versionOf(runner, { libraryId });
  return row?.version;
}

/**
 * Moves the policy version on and holds the library row until commit: configuration changes
 * of one library take turns, and every decision after the commit compiles the new rules.
 */
export async function bumpPolicyVersion(tx: Tx, libraryId: string): Promise<number> {
  const [row] = await tx
    .update(libraries)
    .set({ policyVersion: sql`${libraries.policyVersion} + 1` })
    .where(eq(libraries.accountId, libraryId))
    .returning({ version: libraries.policyVersion });
  if (!row) throw new Error('the library disappeared during a configuration change');
  return row.version;
}

/** The library's administrators, their rows held: a demotion and another admin's change take turns. */
export async function adminIds(tx: Tx, libraryId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: libraryStaff.userId })
    .from(libraryStaff)
    .where(and(eq(libraryStaff.accountId, libraryId), eq(libraryStaff.role, 'admin')))
    .for('update');
  return rows.map((r) => r.userId);
}

/** The library's administrators by name, for the backoffice; undefined when the module is off. */
export async function libraryAdmins(tx: Tx, libraryId: string): Promise<{ email: string; name: string }[] | undefined> {
  const [library] = await tx.select({ id: libraries.accountId }).from(libraries).where(eq(libraries.accountId, libraryId));
  if (!library) return undefined;
  return tx
    .select({ email: users.email, name: users.name })
    .from(libraryStaff)
    .innerJoin(users, eq(users.id, libraryStaff.userId))
    .where(and(eq(libraryStaff.accountId, libraryId), eq(libraryStaff.role, 'admin')))
    .orderBy(users.email);
}
