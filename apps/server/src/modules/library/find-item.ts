import type { Item } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findItemByBarcode } from './items.repo.ts';
import { toItemView } from './desk-views.ts';

/** An item by its barcode, as the desk scans it. */
export async function findItem(ctx: AppContext, libraryId: string, barcode: string): Promise<Result<Item, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await findItemByBarcode(tx, libraryId, barcode, { lock: false });
    return row ? ok(toItemView(row)) : err('not_found', `No item has the barcode ${barcode}`, 'barcode');
  });
}
