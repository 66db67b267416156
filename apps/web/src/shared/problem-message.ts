import { ApiError, fieldError } from './api-error.ts';
import { nb, type MessageKey } from './i18n/nb.ts';
import type { Translate } from './i18n/translate.ts';

function asKey(candidate: string): MessageKey | undefined {
  return Object.hasOwn(nb, candidate) ? (candidate as MessageKey) : undefined;
}

/** Localized text for any error: by stable code first, then the server's detail, then a generic line. */
export function problemMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  const byCode = asKey(`errors.${error.code}`);
  const main = byCode ? t(byCode) : (error.detail ?? t('errors.generic'));
  const showReference = error.requestId !== undefined && (error.status >= 500 || !byCode);
  return showReference && error.requestId ? `${main} ${t('errors.withRequestId', { id: error.requestId })}` : main;
}

/** What the server's (English, schema-generated) message says is wrong with a field. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'postcodeDigits' }
  | { kind: 'postcodeChars' }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'country' }
  | { kind: 'code' }
  | { kind: 'unknown' };

/**
 * Reads a field message of the API (zod's defaults and the contracts' own texts) into a
 * kind the UI has a translation for. Unknown messages stay unknown: the field then gets
 * its own generic text rather than English from the server.
 */
export function classifyFieldMessage(message: string): FieldProblem {
  if (/expected string to have >=1 character/i.test(message) || /received undefined/i.test(message) || /^required$/i.test(message)) {
    return { kind: 'required' };
  }
  const tooLong = /too big: expected string to have <=(\d+) character/i.exec(message);
  if (tooLong) return { kind: 'tooLong', max: Number(tooLong[1]) };
  if (/postcode in [A-Z]{2} has four digits/i.test(message)) return { kind: 'postcodeDigits' };
  if (/letters, digits, spaces and hyphens only/i.test(message)) return { kind: 'postcodeChars' };
  if (/e-?mail address/i.test(message)) return { kind: 'email' };
  if (/only digits, spaces/i.test(message)) return { kind: 'phone' };
  if (/country code/i.test(message)) return { kind: 'country' };
  if (/code has 6 digits/i.test(message)) return { kind: 'code' };
  return { kind: 'unknown' };
}

export interface FieldMessageContext {
  /** The store's country decides what a valid organisation number looks like. */
  country?: 'NO' | 'BE' | undefined;
}

function organisationNumberMessage(t: Translate, context: FieldMessageContext): string {
  return t(context.country === 'BE' ? 'errors.orgNumber.BE' : 'errors.orgNumber.NO');
}

/** The message to show beside one field, or undefined when the error is about something else. */
export function fieldErrorMessage(t: Translate, error: unknown, field: string, context: FieldMessageContext = {}): string | undefined {
  const entry = fieldError(error, field);
  if (!entry || !(error instanceof ApiError)) return undefined;
  const lastSegment = field.split('.').at(-1) ?? field;
  // A refusal with its own code (already_member on the e-mail, say) says more about its
  // field than the server's English; other fields of the same problem keep their own text.
  if (error.code !== 'validation' && (error.field === undefined || error.field === field)) {
    if (error.code === 'invalid_organisation_number') return organisationNumberMessage(t, context);
    const specific = asKey(`errors.${error.code}`);
    if (specific) return t(specific);
  }

  const problem = classifyFieldMessage(entry.message);
  switch (problem.kind) {
    case 'required':
      return t('errors.field.required');
    case 'tooLong':
      return t('errors.field.tooLong', { max: problem.max });
    case 'postcodeDigits':
      return t('errors.field.postcodeDigits');
    case 'postcodeChars':
      return t('errors.field.postcodeChars');
    case 'email':
      return t('errors.field.email');
    case 'phone':
      return t('errors.field.phone');
    case 'country':
      return t('errors.field.country');
    case 'code':
      return t('errors.field.code');
    case 'unknown':
      break;
  }
  if (lastSegment === 'organisationNumber') return organisationNumberMessage(t, context);
  const byField = asKey(`errors.field.${lastSegment}`);
  return byField ? t(byField) : t('errors.field.generic');
}

/**
 * True when a form shows every field error of this problem beside its field, so the
 * form-level alert can stay quiet. One invalid field the form doesn't show is enough to
 * need the alert: otherwise the user would see nothing at all.
 */
export function isShownAtField(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.errors.length > 0 && error.errors.every((entry) => fields.includes(entry.field));
}

/** Codes whose text sends the user to customer service. */
const CUSTOMER_SERVICE_CODES = new Set(['too_many_wrong_codes', 'no_account', 'addresses_by_customer_service']);

/** True when the message for this error asks the user to contact customer service (then show how). */
export function mentionsCustomerService(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return CUSTOMER_SERVICE_CODES.has(error.code) || (error.requestId !== undefined && (error.status >= 500 || !Object.hasOwn(nb, `errors.${error.code}`)));
}
