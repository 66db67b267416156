import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { items, materialGroups } from './library.schema.ts';

export type ItemRow = {
  id: string;
  barcode: string;
  title: string;
  materialGroupId: string;
  materialGroupName: string;
  department: string | null;
  shelfLocation: string | null;
  status: 'available' | 'on_loan' | 'missing';
};

const columns = {
  id: items.id,
  barcode: items.barcode,
  title: items.title,
  materialGroupId: items.materialGroupId,
  materialGroupName: materialGroups.name,
  department: items.department,
  shelfLocation: items.shelfLocation,
  status: items.status,
};

/** An item by barcode; `lock` holds it, so one item is lent, reserved or booked by one desk at a time. */
export async function findItemByBarcode(tx: Tx, libraryId: string, barcode: string, options: { lock: boolean }): Promise<ItemRow | undefined> {
  const query = tx
    .select(columns)
    .from(items)
    .innerJoin(materialGroups, eq(materialGroups.id, items.materialGroupId))
    .where(and(eq(items.accountId, libraryId), eq(items.barcode, barcode)));
  const [row] = options.lock ? await query.for('update', { of: items }) : await query;
  return row;
}

export async function insertItem(
  tx: Tx,
  libraryId: string,
  values: { barcode: string; title: string; materialGroupId: string; department: string | null; shelfLocation: string | null },
  at: Date,
): Promise<string> {
  const [row] = await tx.insert(items).values({ ...values, accountId: libraryId, createdAt: at }).returning({ id: items.id });
  return row!.id;
}

export async function updateItemFromImport(
  tx: Tx,
  libraryId: string,
  barcode: string,
  values: { title: string; materialGroupId: string; department: string | null; shelfLocation: string | null },
): Promise<void> {
  await tx.update(items).set(values).where(and(eq(items.accountId, libraryId), eq(items.barcode, barcode)));
}

export async function setItemStatus(tx: Tx, itemId: string, status: ItemRow['status']): Promise<void> {
  await tx.update(items).set({ status }).where(eq(items.id, itemId));
}
