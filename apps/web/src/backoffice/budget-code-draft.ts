import type { BudgetCode, BudgetCodeBody } from '@hylle/contracts';
import { moneyInputValue, parseMoneyInput } from '../shared/money-input.ts';
import { parsePercent, percentInputValue } from './percent.ts';

/** A budget code's form: what staff type, as typed; converted to the API's units on submit. */
export interface BudgetCodeDraft {
  code: string;
  description: string;
  total: string;
  fixedPriceDiscount: string;
  standardDiscount: string;
  /** Empty: the store's fixed-price period applies. */
  periodMonths: string;
}

/** The fields of a draft that can be wrong before the server sees them, in form order. */
export type BudgetDraftProblem = 'code' | 'total' | 'fixedPriceDiscount' | 'standardDiscount' | 'periodMonths';

/** The same rule as the contract's BudgetCodeText (the server upper-cases too). */
const CODE = /^[A-Z0-9ÆØÅ_-]{1,20}$/;

export function emptyBudgetDraft(): BudgetCodeDraft {
  return { code: '', description: '', total: '', fixedPriceDiscount: '', standardDiscount: '', periodMonths: '' };
}

export function budgetDraftFrom(code: BudgetCode, locales: readonly string[]): BudgetCodeDraft {
  return {
    code: code.code,
    description: code.description,
    total: moneyInputValue(code.totalMinor, locales),
    fixedPriceDiscount: percentInputValue(code.fixedPriceDiscountBp, locales),
    standardDiscount: percentInputValue(code.standardDiscountBp, locales),
    periodMonths: code.fixedPricePeriodMonths === null ? '' : String(code.fixedPricePeriodMonths),
  };
}

/** "" → null (the store's period), "6" → 6; undefined when it is no whole number of months 0–36. */
export function parsePeriodMonths(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const months = Number(trimmed);
  return months <= 36 ? months : undefined;
}

/** The request body, or the fields to fix first. Empty discounts mean 0 %. */
export function budgetCodeBody(
  draft: BudgetCodeDraft,
  locales: readonly string[],
): { ok: true; body: BudgetCodeBody } | { ok: false; problems: BudgetDraftProblem[] } {
  const code = draft.code.trim().toLocaleUpperCase('nb');
  const totalMinor = parseMoneyInput(draft.total, locales);
  const fixed = draft.fixedPriceDiscount.trim() === '' ? 0 : parsePercent(draft.fixedPriceDiscount);
  const standard = draft.standardDiscount.trim() === '' ? 0 : parsePercent(draft.standardDiscount);
  const months = parsePeriodMonths(draft.periodMonths);
  const problems: BudgetDraftProblem[] = [];
  if (!CODE.test(code)) problems.push('code');
  if (totalMinor === null) problems.push('total');
  if (fixed === null) problems.push('fixedPriceDiscount');
  if (standard === null) problems.push('standardDiscount');
  if (months === undefined) problems.push('periodMonths');
  if (problems.length > 0 || totalMinor === null || fixed === null || standard === null || months === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    body: {
      code,
      description: draft.description.trim(),
      totalMinor,
      fixedPriceDiscountBp: fixed,
      standardDiscountBp: standard,
      fixedPricePeriodMonths: months,
    },
  };
}
