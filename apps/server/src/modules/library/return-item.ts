import type { Loan } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findLoan, markReturned, openLoanIdOfItem } from './circulation.repo.ts';
import { libraryToday } from './desk-context.ts';
import { toLoanView } from './desk-views.ts';
import { findItemByBarcode, setItemStatus } from './items.repo.ts';

/** Takes an item back by its barcode: its open loan ends today and the item is on the shelf again. */
export async function returnItem(ctx: AppContext, libraryId: string, barcode: string): Promise<Result<Loan, 'not_found' | 'not_on_loan'>> {
  return inTransaction(ctx.db, async (tx) => {
    const item = await findItemByBarcode(tx, libraryId, barcode, { lock: true });
    if (!item) return err('not_found', `No item has the barcode ${barcode}`, 'barcode');
    const loanId = await openLoanIdOfItem(tx, item.id);
    if (!loanId) return err('not_on_loan', `“${item.title}” is not on loan`, 'barcode');
    await markReturned(tx, loanId, libraryToday(ctx), ctx.clock.now());
    await setItemStatus(tx, item.id, 'available');
    return ok(toLoanView((await findLoan(tx, libraryId, loanId, { lock: false }))!));
  });
}
