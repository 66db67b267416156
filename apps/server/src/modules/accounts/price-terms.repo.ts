import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db.ts';
import { accounts, memberships } from './accounts.schema.ts';

export type PriceTermsRow = {
  customerType: 'public_library' | 'school' | 'business';
  fixedPriceDiscountBp: number;
  standardDiscountBp: number;
};

const termColumns = {
  customerType: accounts.customerType,
  fixedPriceDiscountBp: accounts.fixedPriceDiscountBp,
  standardDiscountBp: accounts.standardDiscountBp,
};

/**
 * The price terms of the account a user shops for, only while the user is a member of it:
 * prices are account data too (DESIGN §5.8). Undefined when not a member.
 */
export async function priceTermsForMember(tx: Tx | Database, userId: string, accountId: string): Promise<PriceTermsRow | undefined> {
  const [row] = await tx
    .select(termColumns)
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.userId, userId)))
    .where(eq(accounts.id, accountId));
  return row;
}

export async function findPriceTerms(tx: Tx, accountId: string): Promise<PriceTermsRow | undefined> {
  const [row] = await tx.select(termColumns).from(accounts).where(eq(accounts.id, accountId));
  return row;
}

export async function updatePriceTermsRow(tx: Tx, accountId: string, terms: PriceTermsRow, at: Date): Promise<void> {
  await tx
    .update(accounts)
    .set({ ...terms, updatedAt: at })
    .where(eq(accounts.id, accountId));
}
