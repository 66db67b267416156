import type { Membership, Role } from '@hylle/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';
import { accounts, memberships } from './accounts.schema.ts';

export async function membershipsOfUser(tx: Tx | Database, userId: string): Promise<Membership[]> {
  const rows = await tx
    .select({
      accountId: accounts.id,
      accountName: accounts.name,
      customerNumber: accounts.customerNumber,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(accounts.name));
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
