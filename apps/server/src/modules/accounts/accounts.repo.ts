import { asc, count, eq, ilike, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { users } from '../identity/index.ts';
import type { Tx } from '../../platform/db.ts';
import { accounts, memberships, type AddressJson } from './accounts.schema.ts';

export type AccountRow = typeof accounts.$inferSelect;

export async function insertAccount(tx: Tx, account: typeof accounts.$inferInsert): Promise<AccountRow> {
  const [row] = await tx.insert(accounts).values(account).returning();
  if (!row) throw new Error('insert into accounts returned nothing');
  return row;
}

export async function findAccount(tx: Tx, id: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

/**
 * Whether the account exists; with `hold`, its row is held until the transaction ends, so
 * that what other modules keep per account (budget codes) changes one writer at a time.
 * FOR NO KEY UPDATE, weaker than `findAccountForUpdate`, does not block the foreign keys
 * that name the row.
 */
export async function accountExists(tx: Tx, id: string, options: { hold: boolean }): Promise<boolean> {
  const query = tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, id));
  const rows = options.hold ? await query.for('no key update') : await query;
  return rows.length === 1;
}

/** Locks the account row: changes to its members or company data queue up behind it. */
export async function findAccountForUpdate(tx: Tx, id: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
  return row;
}

export async function updateAccount(
  tx: Tx,
  id: string,
  changes: Partial<{
    name: string;
    organisationNumber: string;
    customerReference: string | null;
    postalAddress: AddressJson | null;
    payOnInvoiceAllowed: boolean;
  }>,
  at: Date,
): Promise<AccountRow | undefined> {
  const [row] = await tx
    .update(accounts)
    .set({ ...changes, updatedAt: at })
    .where(eq(accounts.id, id))
    .returning();
  return row;
}

const ACCENTED = 'ÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÇÑáàâäéèêëíìîïóòôöúùûüçñ';
const PLAIN = 'AAAAEEEEIIIIOOOOUUUUCNaaaaeeeeiiiioooouuuucn';
/** Lower case without accents (é → e), keeping Norwegian æ, ø and å: "bokkafe" finds "Bokkafé". */
const folded = (value: SQL | AnyColumn) => sql`lower(translate(${value}, ${ACCENTED}, ${PLAIN}))`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Backoffice search: customer number, name, organisation number, customer reference, and
 * the name or e-mail of any of the account's users — how customers name themselves on the
 * phone.
 */
export async function searchAccounts(tx: Tx, query: { q: string; limit: number; offset: number }) {
  const pattern = `%${escapeLike(query.q)}%`;
  const digits = query.q.replace(/[\s.]/g, '');
  const where = query.q
    ? or(
        sql`${folded(accounts.name)} LIKE ${folded(sql`${pattern}`)}`,
        ilike(accounts.customerNumber, pattern),
        ilike(accounts.customerReference, pattern),
        digits ? ilike(accounts.organisationNumber, `%${escapeLike(digits)}%`) : undefined,
        sql`EXISTS (SELECT 1 FROM ${memberships} JOIN ${users} ON ${users.id} = ${memberships.userId}
              WHERE ${memberships.accountId} = ${accounts.id}
                AND (${users.email} ILIKE ${pattern} OR ${folded(users.name)} LIKE ${folded(sql`${pattern}`)}))`,
      )
    : undefined;
  const memberCount = sql<number>`(SELECT count(*)::int FROM ${memberships} WHERE ${memberships.accountId} = ${accounts.id})`;
  const items = await tx
    .select({
      id: accounts.id,
      customerNumber: accounts.customerNumber,
      name: accounts.name,
      organisationNumber: accounts.organisationNumber,
      customerReference: accounts.customerReference,
      memberCount,
    })
    .from(accounts)
    .where(where)
    .orderBy(asc(accounts.name), asc(accounts.customerNumber))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await tx.select({ n: count() }).from(accounts).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function anyAccountExists(tx: Tx): Promise<boolean> {
  const [row] = await tx.select({ id: accounts.id }).from(accounts).limit(1);
  return Boolean(row);
}

export async function findAccountByCustomerNumber(tx: Tx, customerNumber: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(accounts).where(eq(accounts.customerNumber, customerNumber));
  return row;
}
