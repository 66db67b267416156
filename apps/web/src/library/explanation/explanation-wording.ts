import type { Explanation } from '@hylle/contracts';
import type { MessageKey } from '../../shared/i18n/nb.ts';
import type { Translate } from '../../shared/i18n/translate.ts';

/** A calendar date (YYYY-MM-DD) as the reader's language writes it. */
export type DateFormatter = (date: string) => string;

type Outcome = Explanation['trace'][number]['outcome'];
type Facts = Explanation['facts'];

export interface WordingContext {
  t: Translate;
  formatDate: DateFormatter;
  /** The root group's name ("Alle"): inter-library loans go by it, so the text names it when known. */
  rootName?: string | undefined;
}

const number = (facts: Facts, key: string): number | undefined => (typeof facts[key] === 'number' ? facts[key] : undefined);
const text = (facts: Facts, key: string): string | undefined => (typeof facts[key] === 'string' && facts[key] !== '' ? facts[key] : undefined);

/** The transaction as a noun inside a sentence ("tillater ikke utlån"); a renewal or booking is a loan to the profile. */
function transactionNoun(t: Translate, transaction: Explanation['transaction']): string {
  if (transaction === 'reservation') return t('library.transactionNoun.reservation');
  if (transaction === 'ill') return t('library.transactionNoun.ill');
  return t('library.transactionNoun.loan');
}

export function transactionLabel(t: Translate, transaction: Explanation['transaction']): string {
  return t(`library.transaction.${transaction}`);
}

/**
 * Why the answer was no, in one sentence with the figures behind it (rules 7–12). When a
 * figure the detailed sentence needs is missing, the plain sentence is used: a refusal is
 * never explained with a gap. Null when the answer was yes.
 */
export function reasonText({ t, formatDate, rootName }: WordingContext, explanation: Explanation): string | null {
  if (explanation.outcome === 'allowed') return null;
  const { facts } = explanation;
  const group = explanation.materialGroup?.name;
  const date = (key: string) => {
    const value = text(facts, key);
    return value === undefined ? undefined : formatDate(value);
  };
  switch (explanation.reason) {
    case 'no_material_group':
      return t('library.reason.no_material_group');
    case 'no_loan_profile':
      return group ? t('library.reason.no_loan_profile.detail', { group }) : t('library.reason.no_loan_profile');
    case 'not_allowed_by_profile':
      return explanation.profile
        ? t('library.reason.not_allowed_by_profile.detail', { profile: explanation.profile.name, transaction: transactionNoun(t, explanation.transaction) })
        : t('library.reason.not_allowed_by_profile');
    case 'not_available_for_ill':
      return group && rootName ? t('library.reason.not_available_for_ill.detail', { group, root: rootName }) : t('library.reason.not_available_for_ill');
    case 'borrower_blocked':
      return t('library.reason.borrower_blocked');
    case 'loan_limit_reached': {
      const loans = number(facts, 'loans');
      const maxLoans = number(facts, 'maxLoans');
      return loans !== undefined && maxLoans !== undefined ? t('library.reason.loan_limit_reached.detail', { loans, maxLoans }) : t('library.reason.loan_limit_reached');
    }
    case 'renewals_used_up': {
      const used = number(facts, 'renewalsUsed');
      const renewals = number(facts, 'renewals');
      return used !== undefined && renewals !== undefined ? t('library.reason.renewals_used_up.detail', { used, renewals }) : t('library.reason.renewals_used_up');
    }
    case 'reserved_by_other':
      return t('library.reason.reserved_by_other');
    case 'profile_no_longer_matches':
      return t('library.reason.profile_no_longer_matches');
    case 'due_date_not_later': {
      const dueDate = date('dueDate');
      const newDueDate = date('newDueDate');
      return dueDate && newDueDate ? t('library.reason.due_date_not_later.detail', { dueDate, newDueDate }) : t('library.reason.due_date_not_later');
    }
    case 'not_bookable':
      return group ? t('library.reason.not_bookable.detail', { group }) : t('library.reason.not_bookable');
    case 'booking_too_early': {
      const earliest = date('earliestStart');
      const days = number(facts, 'preparationDays');
      if (earliest && days !== undefined) return t('library.reason.booking_too_early.detail', { earliest, days });
      return earliest ? t('library.reason.booking_too_early.date', { earliest }) : t('library.reason.booking_too_early');
    }
    case 'booking_too_long': {
      const days = number(facts, 'days');
      const max = number(facts, 'maxBookingDays');
      return days !== undefined && max !== undefined ? t('library.reason.booking_too_long.detail', { days, max }) : t('library.reason.booking_too_long');
    }
    case 'booking_overlaps': {
      const start = date('otherStart');
      const end = date('otherEnd');
      return start && end ? t('library.reason.booking_overlaps.detail', { start, end }) : t('library.reason.booking_overlaps');
    }
    case 'booking_ends_before_start':
      return t('library.reason.booking_ends_before_start');
    case 'item_booked': {
      const start = date('otherStart');
      const end = date('otherEnd');
      return start && end ? t('library.reason.item_booked.detail', { start, end }) : t('library.reason.item_booked');
    }
    case 'booking_overlaps_loan': {
      const due = date('dueDate');
      return due ? t('library.reason.booking_overlaps_loan.detail', { due }) : t('library.reason.booking_overlaps_loan');
    }
    default:
      // A reason the server learnt after this page was built still gets a sentence.
      return t('library.reason.unknown');
  }
}

/**
 * Which profile decided and why it applied to this borrower (rule 13): "Profil «Voksne»
 * (prioritet 1) gjelder fordi låneren er i «Voksne»", or reached through a sub-group, or for
 * an inter-library loan through the root. Null when no profile decided.
 */
export function profileText({ t }: WordingContext, explanation: Explanation): string | null {
  const { profile, matchedGroup } = explanation;
  if (!profile) return null;
  const vars = { profile: profile.name, priority: profile.priority };
  if (!matchedGroup) return t('library.explain.profileOnly', vars);
  const through = matchedGroup.through;
  if (through === null) return t('library.explain.profileForAll', { ...vars, group: matchedGroup.name });
  if (through.id === matchedGroup.id) return t('library.explain.profileDirect', { ...vars, group: matchedGroup.name });
  return t('library.explain.profileThrough', { ...vars, group: matchedGroup.name, through: through.name });
}

const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  no_shared_group: 'library.trace.no_shared_group',
  not_for_all: 'library.trace.not_for_all',
  decided: 'library.trace.decided',
  not_consulted: 'library.trace.not_consulted',
};

/** What happened to one profile on the way to the decision. */
export function traceOutcomeText(t: Translate, outcome: Outcome): string {
  return t(OUTCOME_KEYS[outcome]);
}

export type FactLine = { key: string; label: string; value: string };

/**
 * The dates and counts an allowed answer carries (due date, new due date, renewals, booking
 * period), labelled; figures the page has no words for are left out rather than shown raw.
 */
export function allowedFacts({ t, formatDate }: WordingContext, explanation: Explanation): FactLine[] {
  if (explanation.outcome !== 'allowed') return [];
  const { facts } = explanation;
  const lines: FactLine[] = [];
  const dateLine = (key: string, label: MessageKey) => {
    const value = text(facts, key);
    if (value) lines.push({ key, label: t(label), value: formatDate(value) });
  };
  dateLine('loanDate', 'library.fact.loanDate');
  dateLine(explanation.transaction === 'renewal' ? 'newDueDate' : 'dueDate', 'library.fact.dueDate');
  const used = number(facts, 'renewalsUsed');
  const renewals = number(facts, 'renewals');
  if (used !== undefined && renewals !== undefined) lines.push({ key: 'renewals', label: t('library.fact.renewals'), value: t('library.fact.renewalsValue', { used, renewals }) });
  const start = text(facts, 'start');
  const end = text(facts, 'end');
  if (start && end) lines.push({ key: 'period', label: t('library.fact.period'), value: t('library.fact.periodValue', { start: formatDate(start), end: formatDate(end) }) });
  dateLine('blockedFrom', 'library.fact.blockedFrom');
  return lines;
}
