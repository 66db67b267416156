import type { PolicyTestResult } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findBorrower } from './borrowers.repo.ts';
import { currentPolicy } from './compiled-policy.ts';
import { illVerdict, loanVerdict, reservationVerdict } from './domain/circulation-rules.ts';

/**
 * The admin's policy tester (rule 13): a material group, a borrower or some borrower groups,
 * a transaction and a date give the decision the desk would get, with its explanation. A
 * loan is tested as the first of its kind (no open loans yet).
 */
export async function testPolicy(
  ctx: AppContext,
  libraryId: string,
  query: { materialGroupId: string; borrowerId?: string | undefined; borrowerGroupIds?: string[] | undefined; transaction: 'loan' | 'reservation' | 'ill'; date: string },
): Promise<Result<PolicyTestResult, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const policy = await currentPolicy(tx, libraryId);
    if (!policy) return err('not_found', 'No such library');
    if (!policy.materialGroups.has(query.materialGroupId)) return err('not_found', 'No such material group', 'materialGroupId');
    let borrower = { groupIds: query.borrowerGroupIds ?? [], blocked: false };
    if (query.borrowerId) {
      const found = await findBorrower(tx, libraryId, query.borrowerId, { lock: false });
      if (!found) return err('not_found', 'No such borrower', 'borrowerId');
      borrower = { groupIds: found.groupIds, blocked: found.blocked };
    }
    const unknown = borrower.groupIds.find((id) => !policy.groups.has(id));
    if (unknown) return err('not_found', 'No such borrower group', 'borrowerGroupIds');
    const input = { borrower, materialGroupId: query.materialGroupId };
    if (query.transaction === 'loan') {
      const verdict = loanVerdict(policy, { ...input, loanDate: query.date, openLoansInGroup: 0, automatic: false });
      return ok({ allowed: verdict.allowed, dueDate: verdict.dueDate, explanation: verdict.explanation });
    }
    const verdict = query.transaction === 'reservation' ? reservationVerdict(policy, input) : illVerdict(policy, input);
    return ok({ allowed: verdict.allowed, dueDate: null, explanation: verdict.explanation });
  });
}
