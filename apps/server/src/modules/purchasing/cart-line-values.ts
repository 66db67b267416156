import type { CartLineValues } from '@hylle/contracts';
import { judgeDistributionChoice, type DistributionRules } from '../distribution/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import { findBudgetCode } from './budget-codes.repo.ts';
import type { NewCartLine } from './carts.repo.ts';

export type LineValueFailure = 'invalid_budget_code' | 'invalid_distribution' | 'required_field_missing';

/**
 * Checks a line's library values against the account (CHK-1, INT-1): the budget code must be
 * one of the account's, the distribution info must come from its lists. Required extra fields
 * may still be empty in the cart; checkout insists on them.
 */
export async function checkLineValues(
  tx: Tx,
  accountId: string,
  rules: DistributionRules,
  values: CartLineValues,
): Promise<Result<Omit<NewCartLine, 'productId'>, LineValueFailure>> {
  if (values.budgetCodeId && !(await findBudgetCode(tx, accountId, values.budgetCodeId, { lock: false }))) {
    return err('invalid_budget_code', 'The budget code is not one of the account’s', 'budgetCodeId');
  }
  const judged = judgeDistributionChoice(rules, values, { complete: false });
  if (!judged.ok) return judged;
  return ok({
    quantity: values.quantity,
    lineReference: values.lineReference,
    budgetCodeId: values.budgetCodeId,
    department: judged.value.department,
    shelfLocation: judged.value.shelfLocation,
    materialType: judged.value.materialType,
    extraFields: judged.value.extraFields,
  });
}
