import type { LoanProfile } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { daysInMonth, emptyLoanProfileDraft, loanProfileBody, loanProfileDraftFrom, yearlyReturnDate } from './loan-profile-draft.ts';

const draft = { ...emptyLoanProfileDraft(), name: 'Voksne', borrowerGroupIds: ['voksne'] };

describe('the loan period', () => {
  it('sends loan days and no yearly date, or the other way round', () => {
    expect(loanProfileBody({ ...draft, loanDays: '28', month: '06', day: '15' })).toMatchObject({ ok: true, body: { loanDays: 28, yearlyReturnDate: null } });
    expect(loanProfileBody({ ...draft, periodKind: 'yearly', loanDays: '28', month: '06', day: '15' })).toMatchObject({ ok: true, body: { loanDays: null, yearlyReturnDate: '06-15' } });
  });

  it('accepts 29 February and refuses days no month has', () => {
    expect(yearlyReturnDate('02', '29')).toBe('02-29');
    expect(yearlyReturnDate('2', '30')).toBeUndefined();
    expect(yearlyReturnDate('04', '31')).toBeUndefined();
    expect(yearlyReturnDate('', '1')).toBeUndefined();
    expect(daysInMonth(2)).toBe(29);
    expect(daysInMonth(12)).toBe(31);
  });

  it('needs at least one loan day', () => {
    expect(loanProfileBody({ ...draft, loanDays: '0' })).toEqual({ ok: false, problems: ['loanDays'] });
    expect(loanProfileBody({ ...draft, periodKind: 'yearly' })).toEqual({ ok: false, problems: ['yearlyReturnDate'] });
  });
});

describe('renewals', () => {
  it('needs renewal days only when the loan can be renewed', () => {
    expect(loanProfileBody({ ...draft, renewals: '0', renewalDays: '' })).toMatchObject({ ok: true, body: { renewals: 0, renewalDays: 0 } });
    expect(loanProfileBody({ ...draft, renewals: '0', renewalDays: 'tull' })).toMatchObject({ ok: true, body: { renewalDays: 0 } });
    expect(loanProfileBody({ ...draft, renewals: '2', renewalDays: '' })).toEqual({ ok: false, problems: ['renewalDays'] });
    expect(loanProfileBody({ ...draft, renewals: '2', renewalDays: '14' })).toMatchObject({ ok: true, body: { renewals: 2, renewalDays: 14 } });
  });

  it('names every field to fix, in form order', () => {
    expect(loanProfileBody({ ...draft, name: '', loanDays: '', renewals: 'x' })).toEqual({ ok: false, problems: ['name', 'loanDays', 'renewals'] });
  });
});

describe('a saved profile', () => {
  it('round-trips, keeping its groups and leaving the priority out', () => {
    const profile: LoanProfile = {
      id: 'p',
      materialGroupId: 'g',
      name: 'Semester',
      loanDays: null,
      yearlyReturnDate: '06-05',
      renewals: 1,
      renewalDays: 30,
      allowsLoan: true,
      allowsIll: false,
      allowsReservation: true,
      borrowerGroupIds: ['a', 'b'],
      priority: 2,
    };
    const back = loanProfileDraftFrom(profile);
    expect(back).toMatchObject({ periodKind: 'yearly', month: '06', day: '5', renewalDays: '30' });
    const result = loanProfileBody(back);
    expect(result).toEqual({
      ok: true,
      body: { name: 'Semester', loanDays: null, yearlyReturnDate: '06-05', renewals: 1, renewalDays: 30, allowsLoan: true, allowsIll: false, allowsReservation: true, borrowerGroupIds: ['a', 'b'] },
    });
  });
});
