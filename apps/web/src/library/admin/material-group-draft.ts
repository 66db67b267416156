import type { MaterialGroup, MaterialGroupBody } from '@hylle/contracts';
import { parseWholeNumber, wholeNumberInput } from './whole-number.ts';

/** A material group's form as typed (rule 2); numbers stay text until the form is sent. */
export interface MaterialGroupDraft {
  name: string;
  description: string;
  bookable: boolean;
  preparationDays: string;
  /** Empty: bookings of any length. */
  maxBookingDays: string;
  /** Empty: no limit on loans. */
  maxLoans: string;
}

/** The fields a draft can get wrong before the server sees it, in form order; named as the API names them. */
export type MaterialGroupProblem = 'name' | 'preparationDays' | 'maxBookingDays' | 'maxLoans';

export const emptyMaterialGroupDraft = (): MaterialGroupDraft => ({ name: '', description: '', bookable: false, preparationDays: '0', maxBookingDays: '', maxLoans: '' });

export function materialGroupDraftFrom(group: MaterialGroup): MaterialGroupDraft {
  return {
    name: group.name,
    description: group.description,
    bookable: group.bookable,
    preparationDays: String(group.preparationDays),
    maxBookingDays: wholeNumberInput(group.maxBookingDays),
    maxLoans: wholeNumberInput(group.maxLoans),
  };
}

/**
 * The request body, or the fields to fix first. Booking fields only count for a bookable
 * group: when it is not bookable they are sent as their defaults, so a leftover value in a
 * hidden field never blocks saving. Whether a bookable group may have a loan limit is the
 * server's to say (rule 3), next to the field.
 */
export function materialGroupBody(draft: MaterialGroupDraft): { ok: true; body: MaterialGroupBody } | { ok: false; problems: MaterialGroupProblem[] } {
  const problems: MaterialGroupProblem[] = [];
  if (draft.name.trim() === '') problems.push('name');
  const preparationDays = draft.bookable ? parseWholeNumber(draft.preparationDays, 0, 365) : 0;
  if (draft.bookable && (preparationDays === undefined || preparationDays === null)) problems.push('preparationDays');
  const maxBookingDays = draft.bookable ? parseWholeNumber(draft.maxBookingDays, 1, 3650) : null;
  if (maxBookingDays === undefined) problems.push('maxBookingDays');
  const maxLoans = parseWholeNumber(draft.maxLoans, 1, 10_000);
  if (maxLoans === undefined) problems.push('maxLoans');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      name: draft.name.trim(),
      description: draft.description.trim(),
      bookable: draft.bookable,
      preparationDays: preparationDays ?? 0,
      maxBookingDays: maxBookingDays ?? null,
      maxLoans: maxLoans ?? null,
    },
  };
}
