import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DeliveryAddressBody } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import { deliveryAddresses } from './accounts.schema.ts';

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
