import type { DistributionSettings } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';

/** The fields of a line the server may name in a refusal, as LineValueFields shows them. */
export function lineFieldPaths(settings: DistributionSettings, draftFieldNames: readonly string[] = []): string[] {
  const names = new Set([...settings.fields.map((field) => field.name), ...draftFieldNames]);
  return ['quantity', 'lineReference', 'budgetCodeId', 'department', 'shelfLocation', 'materialType', ...[...names].map((name) => `extraFields.${name}`)];
}

/**
 * `(field) => message` for a refused line, in words of the page: a code the lists no longer
 * have, a budget code gone from the account, an extra field too long or removed; the rest
 * as any form says it. `local` is the page's own finding (a quantity it could not read).
 */
export function useLineErrors(error: unknown, settings: DistributionSettings, local?: { field: string; message: string } | null) {
  const t = useT();
  const generic = useFieldErrors(error);
  return (field: string): string | undefined => {
    if (local && local.field === field) return local.message;
    if (!(error instanceof ApiError)) return undefined;
    if (error.field === field) {
      if (error.code === 'invalid_budget_code') return t('errors.invalid_budget_code');
      if (error.code === 'invalid_distribution') {
        if (!field.startsWith('extraFields.')) return t('cart.field.invalidCode');
        const rule = settings.fields.find((candidate) => `extraFields.${candidate.name}` === field);
        return rule ? t('errors.field.tooLong', { max: rule.maxLength }) : t('cart.field.fieldGone');
      }
    }
    return generic(field);
  };
}
