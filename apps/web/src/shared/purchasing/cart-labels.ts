import type { CartLineProblem, QuickAddReport } from '@hylle/contracts';
import type { MessageKey } from '../i18n/nb.ts';

/** Why a cart line cannot be ordered as it stands, in words (CHK-1). */
export const LINE_PROBLEM_KEYS: Record<CartLineProblem, MessageKey> = {
  unavailable: 'cart.problem.unavailable',
  no_price: 'cart.problem.no_price',
  budget_code_gone: 'cart.problem.budget_code_gone',
  distribution_invalid: 'cart.problem.distribution_invalid',
  required_field_missing: 'cart.problem.required_field_missing',
};

/** Why a line of a quick-add list was not added. */
export const QUICK_ADD_REASON_KEYS: Record<QuickAddReport['notAdded'][number]['reason'], MessageKey> = {
  not_an_isbn: 'cart.quick.reason.not_an_isbn',
  not_in_catalogue: 'cart.quick.reason.not_in_catalogue',
  unavailable: 'cart.quick.reason.unavailable',
  bad_quantity: 'cart.quick.reason.bad_quantity',
};
