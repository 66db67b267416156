import type { LoanProfile } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { nb } from '../../shared/i18n/nb.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { formatMonthDay, loanProfileTerms } from './loan-profile-terms.ts';

const t = (key: keyof typeof nb, vars?: Record<string, string | number>) => translate(nb, key, vars);
const base: LoanProfile = {
  id: 'p',
  materialGroupId: 'g',
  name: 'Voksne',
  loanDays: 28,
  yearlyReturnDate: null,
  renewals: 2,
  renewalDays: 14,
  allowsLoan: true,
  allowsIll: false,
  allowsReservation: true,
  borrowerGroupIds: [],
  priority: 1,
};

describe('loanProfileTerms', () => {
  it('sums up a profile with loan days', () => {
    expect(loanProfileTerms(t, base, ['nb'])).toEqual({ period: '28 dager', renewals: '2 fornyelser på 14 dager', allows: 'Utlån, Reservasjon' });
  });

  it('sums up a yearly profile without renewals that allows nothing', () => {
    const profile = { ...base, loanDays: null, yearlyReturnDate: '02-29', renewals: 0, renewalDays: 0, allowsLoan: false, allowsReservation: false };
    expect(loanProfileTerms(t, profile, ['nb'])).toEqual({ period: 'Til 29. februar hvert år', renewals: 'Ingen fornyelser', allows: 'Ingenting' });
  });

  it('names a month-day in the reader’s language', () => {
    expect(formatMonthDay('06-15', ['en-GB'])).toBe('15 June');
    expect(formatMonthDay('xx', ['nb'])).toBe('xx');
  });
});
