import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import type { BorrowerGroupNode } from './domain/borrower-group-tree.ts';
import type { LibraryPolicy, LoanProfileConfig, MaterialGroupConfig } from './domain/policy.ts';
import { borrowerGroupMembers, borrowerGroups, items, loanProfileGroups, loanProfiles, materialGroups } from './library.schema.ts';

export type LoanProfileRow = typeof loanProfiles.$inferSelect;
export type MaterialGroupRow = typeof materialGroups.$inferSelect;

export async function listBorrowerGroups(tx: Tx, libraryId: string): Promise<BorrowerGroupNode[]> {
  return tx
    .select({ id: borrowerGroups.id, name: borrowerGroups.name, parentId: borrowerGroups.parentId })
    .from(borrowerGroups)
    .where(eq(borrowerGroups.accountId, libraryId))
    .orderBy(asc(borrowerGroups.createdAt), asc(borrowerGroups.id));
}

export async function insertBorrowerGroup(tx: Tx, libraryId: string, group: { name: string; parentId: string | null }, at: Date): Promise<string> {
  const [row] = await tx.insert(borrowerGroups).values({ accountId: libraryId, ...group, createdAt: at }).returning({ id: borrowerGroups.id });
  return row!.id;
}

export async function updateBorrowerGroup(tx: Tx, libraryId: string, id: string, group: { name: string; parentId: string | null }): Promise<void> {
  await tx.update(borrowerGroups).set(group).where(and(eq(borrowerGroups.accountId, libraryId), eq(borrowerGroups.id, id)));
}

export async function deleteBorrowerGroup(tx: Tx, libraryId: string, id: string): Promise<void> {
  await tx.delete(borrowerGroups).where(and(eq(borrowerGroups.accountId, libraryId), eq(borrowerGroups.id, id)));
}

/** How many borrowers and profiles name each group: a group in use cannot be deleted. */
export async function borrowerGroupUse(tx: Tx, libraryId: string): Promise<Map<string, { borrowers: number; profiles: number }>> {
  const [members, profiles] = [
    await tx
      .select({ id: borrowerGroupMembers.borrowerGroupId, n: count() })
      .from(borrowerGroupMembers)
      .innerJoin(borrowerGroups, eq(borrowerGroups.id, borrowerGroupMembers.borrowerGroupId))
      .where(eq(borrowerGroups.accountId, libraryId))
      .groupBy(borrowerGroupMembers.borrowerGroupId),
    await tx
      .select({ id: loanProfileGroups.borrowerGroupId, n: count() })
      .from(loanProfileGroups)
      .innerJoin(borrowerGroups, eq(borrowerGroups.id, loanProfileGroups.borrowerGroupId))
      .where(eq(borrowerGroups.accountId, libraryId))
      .groupBy(loanProfileGroups.borrowerGroupId),
  ];
  const use = new Map<string, { borrowers: number; profiles: number }>();
  for (const m of members) use.set(m.id, { borrowers: m.n, profiles: 0 });
  for (const p of profiles) use.set(p.id, { borrowers: use.get(p.id)?.borrowers ?? 0, profiles: p.n });
  return use;
}

export const toMaterialGroupConfig = (row: MaterialGroupRow): MaterialGroupConfig => ({
  id: row.id,
  name: row.name,
  description: row.description,
  bookable: row.bookable ? { preparationDays: row.preparationDays, maxBookingDays: row.maxBookingDays } : null,
  maxLoans: row.maxLoans,
});

export async function listMaterialGroups(tx: Tx, libraryId: string): Promise<MaterialGroupRow[]> {
  return tx.select().from(materialGroups).where(eq(materialGroups.accountId, libraryId)).orderBy(asc(sql`lower(${materialGroups.name})`));
}

export async function findMaterialGroup(tx: Tx, libraryId: string, id: string): Promise<MaterialGroupRow | undefined> {
  const [row] = await tx.select().from(materialGroups).where(and(eq(materialGroups.accountId, libraryId), eq(materialGroups.id, id)));
  return row;
}

type MaterialGroupValues = Omit<MaterialGroupRow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;

export async function insertMaterialGroup(tx: Tx, libraryId: string, values: MaterialGroupValues, at: Date): Promise<MaterialGroupRow> {
  const [row] = await tx.insert(materialGroups).values({ ...values, accountId: libraryId, createdAt: at, updatedAt: at }).returning();
  return row!;
}

export async function updateMaterialGroup(tx: Tx, libraryId: string, id: string, values: MaterialGroupValues, at: Date): Promise<void> {
  await tx.update(materialGroups).set({ ...values, updatedAt: at }).where(and(eq(materialGroups.accountId, libraryId), eq(materialGroups.id, id)));
}

export async function itemCounts(tx: Tx, libraryId: string): Promise<Map<string, number>> {
  const rows = await tx.select({ id: items.materialGroupId, n: count() }).from(items).where(eq(items.accountId, libraryId)).groupBy(items.materialGroupId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export const toProfileConfig = (row: LoanProfileRow, groupIds: readonly string[]): LoanProfileConfig => ({
  id: row.id,
  materialGroupId: row.materialGroupId,
  name: row.name,
  period: row.loanDays !== null ? { kind: 'days', days: row.loanDays } : { kind: 'yearly', month: row.yearlyMonth!, day: row.yearlyDay! },
  renewals: row.renewals,
  renewalDays: row.renewalDays,
  allowsLoan: row.allowsLoan,
  allowsIll: row.allowsIll,
  allowsReservation: row.allowsReservation,
  borrowerGroupIds: groupIds,
  priority: row.priority,
});

/** The library's profiles with their borrower groups, by material group and priority. */
export async function listLoanProfiles(tx: Tx, libraryId: string): Promise<LoanProfileConfig[]> {
  const rows = await tx
    .select({ profile: loanProfiles, groupIds: sql<string[]>`coalesce(array_agg(${loanProfileGroups.borrowerGroupId}::text) FILTER (WHERE ${loanProfileGroups.borrowerGroupId} IS NOT NULL), '{}')` })
    .from(loanProfiles)
    .leftJoin(loanProfileGroups, eq(loanProfileGroups.profileId, loanProfiles.id))
    .where(eq(loanProfiles.accountId, libraryId))
    .groupBy(loanProfiles.id)
    .orderBy(asc(loanProfiles.materialGroupId), asc(loanProfiles.priority));
  return rows.map((r) => toProfileConfig(r.profile, r.groupIds));
}

/** The whole configuration, for compiling and for the admin's warnings. */
export async function loadPolicy(tx: Tx, libraryId: string): Promise<LibraryPolicy> {
  const [groups, materialGroupRows, profiles] = [await listBorrowerGroups(tx, libraryId), await listMaterialGroups(tx, libraryId), await listLoanProfiles(tx, libraryId)];
  return { groups, materialGroups: materialGroupRows.map(toMaterialGroupConfig), profiles };
}

export async function insertLoanProfile(tx: Tx, libraryId: string, profile: LoanProfileConfig, at: Date): Promise<string> {
  const [row] = await tx
    .insert(loanProfiles)
    .values({ ...profileColumns(profile), accountId: libraryId, materialGroupId: profile.materialGroupId, createdAt: at, updatedAt: at })
    .returning({ id: loanProfiles.id });
  await setProfileGroups(tx, row!.id, profile.borrowerGroupIds);
  return row!.id;
}

export async function updateLoanProfile(tx: Tx, libraryId: string, profile: LoanProfileConfig, at: Date): Promise<void> {
  await tx
    .update(loanProfiles)
    .set({ ...profileColumns(profile), updatedAt: at })
    .where(and(eq(loanProfiles.accountId, libraryId), eq(loanProfiles.id, profile.id)));
  await setProfileGroups(tx, profile.id, profile.borrowerGroupIds);
}

export async function deleteLoanProfile(tx: Tx, libraryId: string, id: string): Promise<void> {
  await tx.delete(loanProfiles).where(and(eq(loanProfiles.accountId, libraryId), eq(loanProfiles.id, id)));
}

/** New priorities for a material group's profiles: moved out of the way first, so the unique index never sees two at once. */
export async function setPriorities(tx: Tx, libraryId: string, priorities: { id: string; priority: number }[]): Promise<void> {
  const ids = priorities.map((p) => p.id);
  if (ids.length === 0) return;
  await tx
    .update(loanProfiles)
    .set({ priority: sql`-${loanProfiles.priority}` })
    .where(and(eq(loanProfiles.accountId, libraryId), inArray(loanProfiles.id, ids)));
  for (const { id, priority } of priorities) {
    await tx.update(loanProfiles).set({ priority }).where(and(eq(loanProfiles.accountId, libraryId), eq(loanProfiles.id, id)));
  }
}

function profileColumns(profile: LoanProfileConfig) {
  const { period } = profile;
  return {
    name: profile.name,
    loanDays: period.kind === 'days' ? period.days : null,
    yearlyMonth: period.kind === 'yearly' ? period.month : null,
    yearlyDay: period.kind === 'yearly' ? period.day : null,
    renewals: profile.renewals,
    renewalDays: profile.renewalDays,
    allowsLoan: profile.allowsLoan,
    allowsIll: profile.allowsIll,
    allowsReservation: profile.allowsReservation,
    priority: profile.priority,
  };
}

async function setProfileGroups(tx: Tx, profileId: string, groupIds: readonly string[]): Promise<void> {
  await tx.delete(loanProfileGroups).where(eq(loanProfileGroups.profileId, profileId));
  if (groupIds.length > 0) await tx.insert(loanProfileGroups).values(groupIds.map((borrowerGroupId) => ({ profileId, borrowerGroupId })));
}
