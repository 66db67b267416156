import type { CartLineValues } from '@hylle/contracts';
import { judgeDistributionChoice } from '../distribution/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { NewCartLine } from './carts.repo.ts';
import type { CartSetting } from './read-cart.ts';

export type LineValueFailure = 'invalid_budget_code' | 'invalid_distribution' | 'required_field_missing';

/**
 * Checks a line's library values against the account (CHK-1, INT-1): the budget code must be
 * one of the account's, the distribution info must come from its lists. Required extra fields
 * may still be empty in the cart; checkout insists on them.
 */
export function checkLineValues(setting: CartSetting, values: CartLineValues): Result<Omit<NewCartLine, 'productId'>, LineValueFailure> {
  if (values.budgetCodeId && !setting.codes.has(values.budgetCodeId)) {
    return err('invalid_budget_code', 'The budget code is not one of the account’s', 'budgetCodeId');
  }
  const judged = judgeDistributionChoice(setting.rules, values, { complete: false });
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

/** A new line's values: what the buyer gave, and their defaults (INT-1) for what they left out. */
type Defaultable = Pick<CartLineValues, 'budgetCodeId' | 'department' | 'shelfLocation' | 'materialType'>;
export function withDefaults(setting: CartSetting, given: Partial<Defaultable>): Defaultable {
  const { defaults } = setting;
  return {
    budgetCodeId: given.budgetCodeId === undefined ? defaults.budgetCodeId : given.budgetCodeId,
    department: given.department === undefined ? defaults.department : given.department,
    shelfLocation: given.shelfLocation === undefined ? defaults.shelfLocation : given.shelfLocation,
    materialType: given.materialType === undefined ? defaults.materialType : given.materialType,
  };
}
