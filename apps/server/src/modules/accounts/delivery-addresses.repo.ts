import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DeliveryAddressBody } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement } from '../../platform/prepared.ts';
import { accounts, deliveryAddresses } from './accounts.schema.ts';

export type DeliveryAddressRow = typeof deliveryAddresses.$inferSelect;

/** Every query names the account: an address id of another account matches nothing. */
const ofAccount = (accountId: string, id?: string) =>
  and(
    eq(deliveryAddresses.accountId, accountId),
    isNull(deliveryAddresses.removedAt),
    id ? eq(deliveryAddresses.id, id) : undefined,
  );

export async function listDeliveryAddresses(tx: Tx, accountId: string): Promise<DeliveryAddressRow[]> {
  return tx
    .select()
    .from(deliveryAddresses)
    .where(ofAccount(accountId))
    .orderBy(asc(deliveryAddresses.label), asc(deliveryAddresses.createdAt));
}

export async function findDeliveryAddress(tx: Tx, accountId: string, id: string) {
  const [row] = await tx.select().from(deliveryAddresses).where(ofAccount(accountId, id));
  return row;
}

const accountAndAddress = reusableStatement('account_with_delivery_address', (db) =>
  db
    .select({ account: accounts, address: deliveryAddresses })
    .from(accounts)
    .leftJoin(
      deliveryAddresses,
      and(eq(deliveryAddresses.accountId, accounts.id), isNull(deliveryAddresses.removedAt), eq(deliveryAddresses.id, sql.placeholder('addressId'))),
    )
    .where(eq(accounts.id, sql.placeholder('accountId'))),
);

/** The account and one of its delivery addresses, in one read (checkout needs both); address null when it is not the account's. */
export async function findAccountWithDeliveryAddress(tx: Tx, accountId: string, addressId: string) {
  const [row] = await accountAndAddress(tx, { accountId, addressId });
  return row;
}

export async function insertDeliveryAddress(tx: Tx, accountId: string, address: DeliveryAddressBody) {
  const [row] = await tx.insert(deliveryAddresses).values({ ...address, accountId }).returning();
  if (!row) throw new Error('insert into delivery_addresses returned nothing');
  return row;
}

export async function updateDeliveryAddress(tx: Tx, accountId: string, id: string, address: DeliveryAddressBody) {
  const [row] = await tx.update(deliveryAddresses).set(address).where(ofAccount(accountId, id)).returning();
  return row;
}

/** Removed, not deleted: orders placed to it keep showing where they went. */
export async function removeDeliveryAddress(tx: Tx, accountId: string, id: string, at: Date) {
  const [row] = await tx.update(deliveryAddresses).set({ removedAt: at }).where(ofAccount(accountId, id)).returning();
  return row;
}
