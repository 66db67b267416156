import type { Membership, Role } from '@hylle/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { reusableStatement, type Runner } from '../../platform/prepared.ts';
import type { Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';
import { accounts, memberships } from './accounts.schema.ts';

const membershipColumns = {
  accountId: accounts.id,
  accountName: accounts.name,
  customerNumber: accounts.customerNumber,
  role: memberships.role,
};

const membershipsOfUserStatement = reusableStatement('memberships_of_user', (db) =>
  db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(eq(memberships.userId, sql.placeholder('userId')))
    .orderBy(asc(accounts.name)),
);

/** The accounts a user belongs to, in the caller's transaction or (the account scope, on every request) as one read. */
export async function membershipsOfUser(runner: Runner, userId: string): Promise<Membership[]> {
  return toMemberships(await membershipsOfUserStatement(runner, { userId }));
}

function toMemberships(rows: { accountId: string; accountName: string; customerNumber: string; role: Role }[]): Membership[] {
  return rows.map((m) => ({ ...m, customerNumber: m.role === 'admin' ? m.customerNumber : null }));
}

export async function listMembers(tx: Tx, accountId: string) {
  return tx
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.accountId, accountId))
    .orderBy(asc(users.name), asc(users.email));
}

export async function insertMembership(tx: Tx, membership: { accountId: string; userId: string; role: Role }) {
  const inserted = await tx.insert(memberships).values(membership).onConflictDoNothing().returning();
  return inserted[0];
}

export async function updateMemberRole(tx: Tx, accountId: string, userId: string, role: Role) {
  const [row] = await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.accountId, accountId), eq(memberships.userId, userId)))
    .returning();
  return row;
}

export async function deleteMembership(tx: Tx, accountId: string, userId: string): Promise<boolean> {
  const deleted = await tx
    .delete(memberships)
    .where(and(eq(memberships.accountId, accountId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return deleted.length === 1;
}

export async function findMemberRole(tx: Tx, accountId: string, userId: string): Promise<Role | undefined> {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.accountId, accountId), eq(memberships.userId, userId)));
  return row?.role;
}
