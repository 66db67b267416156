import { ApiError } from '../../shared/api-error.ts';
import type { MessageKey } from '../../shared/i18n/nb.ts';
import type { Translate } from '../../shared/i18n/translate.ts';
import { problemMessage } from '../../shared/problem-message.ts';

/** The refusals of the order actions (payment, delivery, invoice), each with a text that says what to do. */
const ORDER_ERROR_KEYS: Record<string, MessageKey> = {
  not_awaiting_payment: 'boOrders.error.not_awaiting_payment',
  not_shippable: 'boOrders.error.not_shippable',
  too_many_copies: 'boOrders.error.too_many_copies',
  duplicate_line: 'boOrders.error.duplicate_line',
  not_delivered: 'boOrders.error.not_delivered',
  already_invoiced: 'boOrders.error.already_invoiced',
};

/** A refusal the order's state explains: the page shows the order as it is now. */
export function isStateConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || Object.hasOwn(ORDER_ERROR_KEYS, error.code));
}

export function orderErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof ApiError && Object.hasOwn(ORDER_ERROR_KEYS, error.code)) return t(ORDER_ERROR_KEYS[error.code]!);
  return problemMessage(t, error);
}
