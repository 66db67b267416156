import type { LoanProfile, LoanProfileBody } from '@hylle/contracts';
import { parseWholeNumber, wholeNumberInput } from './whole-number.ts';

/** A loan period is a number of days or a yearly return date, never both (rule 4). */
export type PeriodKind = 'days' | 'yearly';

/** A loan profile's form as typed; numbers stay text until the form is sent. */
export interface LoanProfileDraft {
  name: string;
  periodKind: PeriodKind;
  loanDays: string;
  /** "01"…"12" and "1"…"31"; empty until chosen. */
  month: string;
  day: string;
  renewals: string;
  renewalDays: string;
  allowsLoan: boolean;
  allowsIll: boolean;
  allowsReservation: boolean;
  borrowerGroupIds: string[];
}

/** The fields a draft can get wrong before the server sees it, in form order; named as the API names them. */
export type LoanProfileProblem = 'name' | 'loanDays' | 'yearlyReturnDate' | 'renewals' | 'renewalDays';

export const emptyLoanProfileDraft = (): LoanProfileDraft => ({
  name: '',
  periodKind: 'days',
  loanDays: '28',
  month: '',
  day: '',
  renewals: '0',
  renewalDays: '',
  allowsLoan: true,
  allowsIll: false,
  allowsReservation: false,
  borrowerGroupIds: [],
});

export function loanProfileDraftFrom(profile: LoanProfile): LoanProfileDraft {
  const [month = '', day = ''] = profile.yearlyReturnDate?.split('-') ?? [];
  return {
    name: profile.name,
    periodKind: profile.yearlyReturnDate === null ? 'days' : 'yearly',
    loanDays: wholeNumberInput(profile.loanDays),
    month,
    day: day === '' ? '' : String(Number(day)),
    renewals: String(profile.renewals),
    renewalDays: profile.renewals === 0 && profile.renewalDays === 0 ? '' : String(profile.renewalDays),
    allowsLoan: profile.allowsLoan,
    allowsIll: profile.allowsIll,
    allowsReservation: profile.allowsReservation,
    borrowerGroupIds: [...profile.borrowerGroupIds],
  };
}

/** Days in a month of any year: 29 February is a valid yearly return date (it becomes the 28th in other years, rule 9). */
export function daysInMonth(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "MM-DD" from the month and day fields, or undefined when they name no real day. */
export function yearlyReturnDate(month: string, day: string): string | undefined {
  const m = parseWholeNumber(month, 1, 12);
  const d = parseWholeNumber(day, 1, 31);
  if (typeof m !== 'number' || typeof d !== 'number' || d > daysInMonth(m)) return undefined;
  return `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The request body, or the fields to fix first. Only the chosen period is sent; renewal
 * days are needed (at least 1) only when the loan can be renewed, and are 0 otherwise.
 * The priority is left out: a new profile goes last, an edited one keeps its place.
 */
export function loanProfileBody(draft: LoanProfileDraft): { ok: true; body: LoanProfileBody } | { ok: false; problems: LoanProfileProblem[] } {
  const problems: LoanProfileProblem[] = [];
  if (draft.name.trim() === '') problems.push('name');
  const loanDays = draft.periodKind === 'days' ? parseWholeNumber(draft.loanDays, 1, 3650) : null;
  if (draft.periodKind === 'days' && typeof loanDays !== 'number') problems.push('loanDays');
  const yearly = draft.periodKind === 'yearly' ? yearlyReturnDate(draft.month, draft.day) : null;
  if (yearly === undefined) problems.push('yearlyReturnDate');
  const renewals = parseWholeNumber(draft.renewals, 0, 100);
  if (typeof renewals !== 'number') problems.push('renewals');
  const renewable = typeof renewals === 'number' && renewals > 0;
  const renewalDays = renewable ? parseWholeNumber(draft.renewalDays, 1, 3650) : 0;
  if (renewable && typeof renewalDays !== 'number') problems.push('renewalDays');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      name: draft.name.trim(),
      loanDays: loanDays ?? null,
      yearlyReturnDate: yearly ?? null,
      renewals: renewals ?? 0,
      renewalDays: renewalDays ?? 0,
      allowsLoan: draft.allowsLoan,
      allowsIll: draft.allowsIll,
      allowsReservation: draft.allowsReservation,
      borrowerGroupIds: draft.borrowerGroupIds,
    },
  };
}
