import { ApiError } from './api-error.ts';
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

/** The message to show beside one field, or undefined when the error is about something else. */
export function fieldErrorMessage(t: Translate, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.field === undefined) return undefined;
  if (error.field !== field) return undefined;
  const specific = error.code !== 'validation' ? asKey(`errors.${error.code}`) : undefined;
  if (specific) return t(specific);
  const lastSegment = field.split('.').at(-1) ?? field;
  const byField = asKey(`errors.field.${lastSegment}`);
  return byField ? t(byField) : t('errors.field.generic');
}

/** True when a form shows this error beside one of its fields, so the form-level alert can stay quiet. */
export function isShownAtField(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.field !== undefined && fields.includes(error.field);
}
