import { and, eq } from 'drizzle-orm';
import type { DistributionDefaults } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import { distributionDefaults, type DistributionList } from './distribution.schema.ts';

const NO_DEFAULTS: DistributionDefaults = { department: null, shelfLocation: null, materialType: null, budgetCodeId: null };

/** What a member's new cart lines start with in the account; nulls when they have chosen nothing. */
export async function distributionDefaultsOf(tx: Tx, accountId: string, userId: string): Promise<DistributionDefaults> {
  const [row] = await tx
    .select({
      department: distributionDefaults.department,
      shelfLocation: distributionDefaults.shelfLocation,
      materialType: distributionDefaults.materialType,
      budgetCodeId: distributionDefaults.budgetCodeId,
    })
    .from(distributionDefaults)
    .where(and(eq(distributionDefaults.accountId, accountId), eq(distributionDefaults.userId, userId)));
  return row ?? NO_DEFAULTS;
}

export async function saveDefaults(tx: Tx, accountId: string, userId: string, defaults: DistributionDefaults, at: Date): Promise<void> {
  await tx
    .insert(distributionDefaults)
    .values({ accountId, userId, ...defaults, updatedAt: at })
    .onConflictDoUpdate({ target: [distributionDefaults.accountId, distributionDefaults.userId], set: { ...defaults, updatedAt: at } });
}

const columnOf = {
  department: distributionDefaults.department,
  shelf_location: distributionDefaults.shelfLocation,
  material_type: distributionDefaults.materialType,
} as const;

const propertyOf = { department: 'department', shelf_location: 'shelfLocation', material_type: 'materialType' } as const;

/** A removed code is nobody's default any more. */
export async function clearCodeFromDefaults(tx: Tx, accountId: string, list: DistributionList, code: string, at: Date): Promise<void> {
  await tx
    .update(distributionDefaults)
    .set({ [propertyOf[list]]: null, updatedAt: at })
    .where(and(eq(distributionDefaults.accountId, accountId), eq(columnOf[list], code)));
}
