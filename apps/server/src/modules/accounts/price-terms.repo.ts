import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement, type Runner } from '../../platform/prepared.ts';
import { accounts, memberships } from './accounts.schema.ts';

export type PriceTermsRow = {
  customerType: 'public_library' | 'school' | 'business';
  fixedPriceDiscountBp: number;
  standardDiscountBp: number;
};

/** An account's price terms as columns, for a module that reads them along with its own rows. */
export const priceTermColumns = {
  customerType: accounts.customerType,
  fixedPriceDiscountBp: accounts.fixedPriceDiscountBp,
  standardDiscountBp: accounts.standardDiscountBp,
};

const termsForMember = reusableStatement('price_terms_for_member', (db) =>
  db
    .select(priceTermColumns)
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.userId, sql.placeholder('userId'))))
    .where(eq(accounts.id, sql.placeholder('accountId'))),
);

/**
 * The price terms of the account a user shops for, only while the user is a member of it:
 * prices are account data too (DESIGN §5.8). Undefined when not a member.
 */
export async function priceTermsForMember(runner: Runner, userId: string, accountId: string): Promise<PriceTermsRow | undefined> {
  const [row] = await termsForMember(runner, { userId, accountId });
  return row;
}

export async function findPriceTerms(tx: Tx, accountId: string): Promise<PriceTermsRow | undefined> {
  const [row] = await tx.select(priceTermColumns).from(accounts).where(eq(accounts.id, accountId));
  return row;
}

export async function updatePriceTermsRow(tx: Tx, accountId: string, terms: PriceTermsRow, at: Date): Promise<void> {
  await tx
    .update(accounts)
    .set({ ...terms, updatedAt: at })
    .where(eq(accounts.id, accountId));
}
