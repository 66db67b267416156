import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement, type Runner } from '../../platform/prepared.ts';
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

const byBarcode = (db: Runner) =>
  db
    .select(columns)
    .from(items)
    .innerJoin(materialGroups, eq(materialGroups.id, items.materialGroupId))
    .where(and(eq(items.accountId, sql.placeholder('libraryId')), eq(items.barcode, sql.placeholder('barcode'))));
const readItem = reusableStatement('item_by_barcode', byBarcode);
const holdItem = reusableStatement('hold_item_by_barcode', (db) => byBarcode(db).for('update', { of: items }));

/** An item by barcode; `lock` holds it, so one item is lent, reserved or booked by one desk at a time. */
export async function findItemByBarcode(tx: Tx, libraryId: string, barcode: string, options: { lock: boolean }): Promise<ItemRow | undefined> {
  const [row] = await (options.lock ? holdItem : readItem)(tx, { libraryId, barcode });
  return row;
}

export async function insertItem(
  tx: Tx,
  libraryId: string,
  values: { barcode: string; title: string; materialGroupId: string; department: string | null; shelfLocation: string | null },
  at: Date,
): Promise<string | undefined> {
  // A barcode taken meanwhile by another desk or an import is an answer, not a crash.
  const [row] = await tx.insert(items).values({ ...values, accountId: libraryId, createdAt: at }).onConflictDoNothing().returning({ id: items.id });
  return row?.id;
}

export async function updateItemFromImport(
  tx: Tx,
  libraryId: string,
  barcode: string,
  values: { title: string; materialGroupId: string; department: string | null; shelfLocation: string | null },
): Promise<void> {
  await tx.update(items).set(values).where(and(eq(items.accountId, libraryId), eq(items.barcode, barcode)));
}

const itemStatus = reusableStatement('set_item_status', (db) =>
  db.update(items).set({ status: sql`${sql.placeholder('status')}::text` }).where(eq(items.id, sql.placeholder('itemId'))),
);

export async function setItemStatus(tx: Tx, itemId: string, status: ItemRow['status']): Promise<void> {
  await itemStatus(tx, { itemId, status });
}
