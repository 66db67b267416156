import type { MaterialGroup } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { emptyMaterialGroupDraft, materialGroupBody, materialGroupDraftFrom } from './material-group-draft.ts';
import { parseWholeNumber } from './whole-number.ts';

describe('parseWholeNumber', () => {
  it('reads empty as none, digits as a number, anything else as wrong', () => {
    expect(parseWholeNumber('', 1, 10)).toBeNull();
    expect(parseWholeNumber('  ', 1, 10)).toBeNull();
    expect(parseWholeNumber(' 7 ', 1, 10)).toBe(7);
    expect(parseWholeNumber('1 000', 1, 10_000)).toBe(1000);
    expect(parseWholeNumber('0', 1, 10)).toBeUndefined();
    expect(parseWholeNumber('11', 1, 10)).toBeUndefined();
    expect(parseWholeNumber('2,5', 1, 10)).toBeUndefined();
    expect(parseWholeNumber('-1', 0, 10)).toBeUndefined();
    expect(parseWholeNumber('fem', 0, 10)).toBeUndefined();
  });
});

describe('materialGroupBody', () => {
  it('sends an empty loan limit as unlimited, and a plain group without booking values', () => {
    const result = materialGroupBody({ ...emptyMaterialGroupDraft(), name: ' Bøker ', description: ' For utlån ', preparationDays: 'x', maxBookingDays: 'y' });
    expect(result).toEqual({ ok: true, body: { name: 'Bøker', description: 'For utlån', bookable: false, preparationDays: 0, maxBookingDays: null, maxLoans: null } });
  });

  it('takes preparation days and an optional longest booking for a bookable group', () => {
    const result = materialGroupBody({ ...emptyMaterialGroupDraft(), name: 'Klassesett', bookable: true, preparationDays: '3', maxBookingDays: '' });
    expect(result).toMatchObject({ ok: true, body: { bookable: true, preparationDays: 3, maxBookingDays: null } });
    expect(materialGroupBody({ ...emptyMaterialGroupDraft(), name: 'Klassesett', bookable: true, preparationDays: '3', maxBookingDays: '14' })).toMatchObject({ ok: true, body: { maxBookingDays: 14 } });
  });

  it('names every field to fix, in form order', () => {
    const result = materialGroupBody({ name: ' ', description: '', bookable: true, preparationDays: '', maxBookingDays: '0', maxLoans: '0' });
    expect(result).toEqual({ ok: false, problems: ['name', 'preparationDays', 'maxBookingDays', 'maxLoans'] });
  });

  it('leaves the rule "bookable means no loan limit" to the server, which says it at the field', () => {
    expect(materialGroupBody({ ...emptyMaterialGroupDraft(), name: 'Klassesett', bookable: true, maxLoans: '2' })).toMatchObject({ ok: true, body: { maxLoans: 2 } });
  });

  it('round-trips a saved group', () => {
    const group: MaterialGroup = { id: 'g', name: 'Bøker', description: 'd', bookable: false, preparationDays: 0, maxBookingDays: null, maxLoans: 3, items: 0, profiles: [] };
    const draft = materialGroupDraftFrom(group);
    expect(draft.maxLoans).toBe('3');
    expect(materialGroupBody(draft)).toEqual({ ok: true, body: { name: 'Bøker', description: 'd', bookable: false, preparationDays: 0, maxBookingDays: null, maxLoans: 3 } });
  });
});
