import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { todayInZone } from '../pricing/index.ts';
import { holdBorrowerForDesk, type BorrowerRow } from './borrowers.repo.ts';
import { currentPolicy } from './compiled-policy.ts';
import type { CompiledPolicy } from './domain/policy.ts';
import { findItemByBarcode, type ItemRow } from './items.repo.ts';

/** What every desk act starts from: the rules as they are now, the borrower and the item, both held. */
export type DeskBorrower = Omit<BorrowerRow, 'openLoans'>;
export type DeskContext = { policy: CompiledPolicy; borrower: DeskBorrower; item: ItemRow; today: string };

/**
 * Reads the rules, then holds the borrower's row and then the item's, always in that order
 * so two desks never wait on each other in a circle. Holding the borrower makes the loan
 * limit exact when two desks lend to one borrower at once (rule 11).
 */
export async function openDeskContext(ctx: AppContext, tx: Tx, libraryId: string, act: { borrowerId: string; barcode: string }): Promise<Result<DeskContext, 'not_found'>> {
  const policy = await currentPolicy(tx, libraryId);
  if (!policy) return err('not_found', 'No such library');
  const borrower = await holdBorrowerForDesk(tx, libraryId, act.borrowerId);
  if (!borrower) return err('not_found', 'No such borrower', 'borrowerId');
  const item = await findItemByBarcode(tx, libraryId, act.barcode, { lock: true });
  if (!item) return err('not_found', `No item has the barcode ${act.barcode}`, 'barcode');
  return ok({ policy, borrower, item, today: libraryToday(ctx) });
}

/** Loans are dated in the library's calendar: the store's time zone. */
export const libraryToday = (ctx: AppContext): string => todayInZone(ctx.clock.now(), ctx.config.store.timeZone);

export const borrowerFacts = (borrower: DeskBorrower) => ({ groupIds: borrower.groupIds, blocked: borrower.blocked });
