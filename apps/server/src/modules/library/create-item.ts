import type { Item, ItemBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { toItemView } from './desk-views.ts';
import { findItemByBarcode, insertItem } from './items.repo.ts';
import { findMaterialGroup } from './policy.repo.ts';

/** Registers an item under a material group (LIB-1: every material belongs to one). */
export async function createItem(ctx: AppContext, libraryId: string, body: ItemBody): Promise<Result<Item, 'not_found' | 'barcode_taken'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await findMaterialGroup(tx, libraryId, body.materialGroupId))) return err('not_found', 'No such material group', 'materialGroupId');
    if (await findItemByBarcode(tx, libraryId, body.barcode, { lock: false })) return err('barcode_taken', `Another item has the barcode ${body.barcode}`, 'barcode');
    if (!(await insertItem(tx, libraryId, body, ctx.clock.now()))) return err('barcode_taken', `Another item has the barcode ${body.barcode}`, 'barcode');
    return ok(toItemView((await findItemByBarcode(tx, libraryId, body.barcode, { lock: false }))!));
  });
}
