import type { Borrower, BorrowerBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { borrowerIdByCard, findBorrower, insertBorrower, knownGroupIds, setBorrowerGroups, updateBorrower } from './borrowers.repo.ts';
import { toBorrowerView } from './desk-views.ts';
import { listBorrowerGroups } from './policy.repo.ts';

/**
 * Registers a borrower, or (`borrowerId`) changes one: card number unique in the library,
 * groups from its tree. A borrower may be in several groups (rule 1).
 */
export async function saveBorrower(
  ctx: AppContext,
  libraryId: string,
  borrowerId: string | null,
  body: BorrowerBody,
): Promise<Result<Borrower, 'not_found' | 'card_taken' | 'unknown_borrower_group'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (borrowerId && !(await findBorrower(tx, libraryId, borrowerId, { lock: true }))) return err('not_found', 'No such borrower');
    const holder = await borrowerIdByCard(tx, libraryId, body.cardNumber);
    if (holder && holder !== borrowerId) return err('card_taken', `Card number ${body.cardNumber} belongs to another borrower`, 'cardNumber');
    const known = await knownGroupIds(tx, libraryId, body.groupIds);
    if (body.groupIds.some((id) => !known.has(id))) return err('unknown_borrower_group', 'A borrower group does not exist', 'groupIds');
    const values = { cardNumber: body.cardNumber, name: body.name, blocked: body.blocked };
    const id = borrowerId ?? (await insertBorrower(tx, libraryId, values, ctx.clock.now()));
    if (!id) return err('card_taken', `Card number ${body.cardNumber} belongs to another borrower`, 'cardNumber');
    if (borrowerId) await updateBorrower(tx, libraryId, id, values);
    await setBorrowerGroups(tx, id, body.groupIds);
    return ok(await borrowerView(tx, libraryId, id));
  });
}

export async function borrowerView(tx: Tx, libraryId: string, id: string): Promise<Borrower> {
  const names = new Map((await listBorrowerGroups(tx, libraryId)).map((g) => [g.id, g.name]));
  return toBorrowerView((await findBorrower(tx, libraryId, id, { lock: false }))!, names);
}
