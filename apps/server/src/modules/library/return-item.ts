import type { Loan } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { returnLoanOfItem } from './circulation.repo.ts';
import { findBorrower } from './borrowers.repo.ts';
import { libraryToday } from './desk-context.ts';
import { toLoanView } from './desk-views.ts';
import { findItemByBarcode, setItemStatus } from './items.repo.ts';

/** Takes an item back by its barcode: its open loan ends today and the item is on the shelf again. */
export async function returnItem(ctx: AppContext, libraryId: string, barcode: string): Promise<Result<Loan, 'not_found' | 'not_on_loan'>> {
  return inTransaction(ctx.db, async (tx) => {
    const item = await findItemByBarcode(tx, libraryId, barcode, { lock: true });
    if (!item) return err('not_found', `No item has the barcode ${barcode}`, 'barcode');
    const loan = await returnLoanOfItem(tx, item.id, libraryToday(ctx), ctx.clock.now());
    if (!loan) return err('not_on_loan', `“${item.title}” is not on loan`, 'barcode');
    await setItemStatus(tx, item.id, 'available');
    const borrower = (await findBorrower(tx, libraryId, loan.borrowerId, { lock: false }))!;
    return ok(toLoanView({ loan, item: { id: item.id, barcode: item.barcode, title: item.title }, borrower: { id: borrower.id, cardNumber: borrower.cardNumber, name: borrower.name } }));
  });
}
