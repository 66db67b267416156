import type { LoanProfile } from '@hylle/contracts';
import type { Translate } from '../../shared/i18n/translate.ts';

/** "15. juni": a yearly return date (MM-DD) in the reader's language; a leap year, so 29 February can be named. */
export function formatMonthDay(monthDay: string, locales: readonly string[]): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  if (Number.isNaN(date.getTime())) return monthDay;
  return new Intl.DateTimeFormat([...locales], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A profile's terms in short, for the list: the loan period, the renewals and what it
 * allows ("28 dager", "2 fornyelser på 14 dager", "Utlån, reservasjon").
 */
export function loanProfileTerms(t: Translate, profile: LoanProfile, locales: readonly string[]): { period: string; renewals: string; allows: string } {
  const period =
    profile.yearlyReturnDate !== null
      ? t('libAdmin.profile.yearlyTerm', { date: formatMonthDay(profile.yearlyReturnDate, locales) })
      : t(profile.loanDays === 1 ? 'libAdmin.profile.daysTerm.one' : 'libAdmin.profile.daysTerm.other', { days: profile.loanDays ?? 0 });
  const renewals =
    profile.renewals === 0
      ? t('libAdmin.profile.noRenewals')
      : t(profile.renewals === 1 ? 'libAdmin.profile.renewalsTerm.one' : 'libAdmin.profile.renewalsTerm.other', { count: profile.renewals, days: profile.renewalDays });
  const allowed = [
    profile.allowsLoan ? t('libAdmin.profile.allowsLoan') : null,
    profile.allowsIll ? t('libAdmin.profile.allowsIll') : null,
    profile.allowsReservation ? t('libAdmin.profile.allowsReservation') : null,
  ].filter((item): item is string => item !== null);
  return { period, renewals, allows: allowed.length > 0 ? allowed.join(', ') : t('libAdmin.profile.allowsNothing') };
}
