import type { DeskDecision } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findBorrower } from './borrowers.repo.ts';
import { findLoan, markRenewed, reservedByOther } from './circulation.repo.ts';
import { currentPolicy } from './compiled-policy.ts';
import { borrowerFacts, libraryToday } from './desk-context.ts';
import { deskDecision, toLoanView } from './desk-views.ts';
import { renewalVerdict } from './domain/circulation-rules.ts';

/**
 * Renews a loan (rule 10): the profile is resolved again now, from the borrower's groups and
 * the rules as they are today. The loan keeps the decision of its latest renewal. Never
 * limited by the loan limit (rule 11).
 */
export async function renewLoan(ctx: AppContext, libraryId: string, loanId: string): Promise<Result<DeskDecision, 'not_found' | 'loan_closed'>> {
  return inTransaction(ctx.db, async (tx) => {
    const policy = await currentPolicy(tx, libraryId);
    if (!policy) return err('not_found', 'No such library');
    const found = await findLoan(tx, libraryId, loanId, { lock: true });
    if (!found) return err('not_found', 'No such loan', 'loanId');
    if (found.loan.status === 'returned') return err('loan_closed', 'The loan has ended; lend the item again instead', 'loanId');
    const borrower = (await findBorrower(tx, libraryId, found.loan.borrowerId, { lock: false }))!;
    const verdict = renewalVerdict(policy, {
      borrower: borrowerFacts(borrower),
      materialGroupId: found.loan.materialGroupId,
      today: libraryToday(ctx),
      dueDate: found.loan.dueOn,
      renewalsUsed: found.loan.renewalsUsed,
      reservedByOther: await reservedByOther(tx, found.loan.itemId, borrower.id),
    });
    if (!verdict.allowed || !verdict.newDueDate) return ok(deskDecision(verdict.explanation, { loan: toLoanView(found) }));
    await markRenewed(tx, loanId, verdict.newDueDate, verdict.explanation, ctx.clock.now());
    return ok(deskDecision(verdict.explanation, { loan: toLoanView((await findLoan(tx, libraryId, loanId, { lock: false }))!) }));
  });
}
