import { dateOf, dayOfChecked, nextYearlyDay } from './calendar-days.ts';
import { decide, type Transaction } from './decide.ts';
import { explainDecision, type CirculationRefusal, type Explanation } from './explain.ts';
import { borrowerMaskOf, type CompiledPolicy, type LoanPeriod, type LoanProfileConfig } from './policy.ts';

/** What the rules need of a borrower. */
export type BorrowerFacts = { groupIds: readonly string[]; blocked: boolean };

/** The desk's answer: allowed or not, why, and under which profile. */
export type Verdict = { allowed: boolean; explanation: Explanation; profile: LoanProfileConfig | null };

/** Due date of a loan made on `loanDay` (rule 9): loan days later, or the yearly date's next occurrence after it. */
export function dueDayOf(period: LoanPeriod, loanDay: number): number {
  return period.kind === 'days' ? loanDay + period.days : nextYearlyDay(loanDay, period.month, period.day);
}

function profileVerdict(policy: CompiledPolicy, borrower: BorrowerFacts, materialGroupId: string, transaction: Transaction) {
  const decision = decide(policy, materialGroupId, borrowerMaskOf(policy, borrower.groupIds), transaction);
  const explanation = explainDecision(policy, decision, borrower.groupIds);
  return { decision, explanation, profile: decision.profile?.config ?? null };
}

function refuse(verdict: { explanation: Explanation; profile: LoanProfileConfig | null }, reason: CirculationRefusal, facts: Explanation['facts'] = {}): Verdict {
  return { allowed: false, profile: verdict.profile, explanation: { ...verdict.explanation, outcome: 'refused', reason, facts: { ...verdict.explanation.facts, ...facts } } };
}

function allow(verdict: { explanation: Explanation; profile: LoanProfileConfig | null }, facts: Explanation['facts']): Verdict {
  return { allowed: true, profile: verdict.profile, explanation: { ...verdict.explanation, outcome: 'allowed', reason: null, facts: { ...verdict.explanation.facts, ...facts } } };
}

/**
 * A loan at the desk (rules 7, 9, 11): the profile decides, then the material group's limit
 * on open loans, which counts loans on hold and loans with an unpaid replacement charge (the
 * caller counts them). An automatic loan is never limited.
 */
export function loanVerdict(
  policy: CompiledPolicy,
  input: {
    borrower: BorrowerFacts;
    materialGroupId: string;
    loanDate: string;
    openLoansInGroup: number;
    automatic: boolean;
    /** The item's bookings: a loan may not run into the span a booking blocks (rule 12). */
    bookings?: readonly BlockedSpan[];
  },
): Verdict & { dueDate: string | null } {
  const verdict = profileVerdict(policy, input.borrower, input.materialGroupId, 'loan');
  const refused = (reason: CirculationRefusal, facts?: Explanation['facts']) => ({ ...refuse(verdict, reason, facts), dueDate: null });
  if (input.borrower.blocked) return refused('borrower_blocked');
  if (!verdict.decision.allowed || !verdict.profile) return refused(verdict.decision.refusal ?? 'no_loan_profile');
  const maxLoans = policy.materialGroups.get(input.materialGroupId)?.config.maxLoans ?? null;
  if (!input.automatic && maxLoans !== null && input.openLoansInGroup >= maxLoans) {
    return refused('loan_limit_reached', { loans: input.openLoansInGroup, maxLoans });
  }
  const loanDay = dayOfChecked(input.loanDate);
  const dueDay = dueDayOf(verdict.profile.period, loanDay);
  const booked = (input.bookings ?? []).find((b) => dayOfChecked(b.blockedFrom) <= dueDay && loanDay <= dayOfChecked(b.end));
  if (booked) return refused('item_booked', { dueDate: dateOf(dueDay), blockedFrom: booked.blockedFrom, otherStart: booked.start, otherEnd: booked.end });
  const dueDate = dateOf(dueDay);
  return { ...allow(verdict, { loanDate: input.loanDate, dueDate }), dueDate };
}

/**
 * A renewal (rule 10): the profile is resolved again now; refused when it no longer matches
 * (or no longer lends), when the renewals are used up, when another borrower has reserved the
 * item, or when the new due date would not be later than the current one. The new due date is
 * the later of today and the current due date plus the renewal days, or for a yearly
 * profile the next yearly date after today. Never limited by the loan limit (rule 11).
 */
export function renewalVerdict(
  policy: CompiledPolicy,
  input: { borrower: BorrowerFacts; materialGroupId: string; today: string; dueDate: string; renewalsUsed: number; reservedByOther: boolean },
): Verdict & { newDueDate: string | null } {
  const verdict = profileVerdict(policy, input.borrower, input.materialGroupId, 'loan');
  verdict.explanation.transaction = 'renewal';
  const refused = (reason: CirculationRefusal, facts?: Explanation['facts']) => ({ ...refuse(verdict, reason, facts), newDueDate: null });
  if (input.borrower.blocked) return refused('borrower_blocked');
  const profile = verdict.profile;
  if (!profile) return refused('profile_no_longer_matches');
  if (!verdict.decision.allowed) return refused('not_allowed_by_profile');
  if (input.renewalsUsed >= profile.renewals) return refused('renewals_used_up', { renewalsUsed: input.renewalsUsed, renewals: profile.renewals });
  if (input.reservedByOther) return refused('reserved_by_other');
  const today = dayOfChecked(input.today);
  const due = dayOfChecked(input.dueDate);
  const newDue = profile.period.kind === 'yearly' ? nextYearlyDay(today, profile.period.month, profile.period.day) : Math.max(today, due) + profile.renewalDays;
  if (newDue <= due) return refused('due_date_not_later', { dueDate: input.dueDate, newDueDate: dateOf(newDue) });
  const newDueDate = dateOf(newDue);
  return { ...allow(verdict, { dueDate: input.dueDate, newDueDate, renewalsUsed: input.renewalsUsed + 1, renewals: profile.renewals }), newDueDate };
}

/** A reservation (rule 7): the winning profile must allow it. */
export function reservationVerdict(policy: CompiledPolicy, input: { borrower: BorrowerFacts; materialGroupId: string }): Verdict {
  const verdict = profileVerdict(policy, input.borrower, input.materialGroupId, 'reservation');
  if (input.borrower.blocked) return refuse(verdict, 'borrower_blocked');
  return verdict.decision.allowed ? allow(verdict, {}) : refuse(verdict, verdict.decision.refusal ?? 'no_loan_profile');
}

/** An inter-library loan (rule 8): decided by the first profile for "All", whoever asks. */
export function illVerdict(policy: CompiledPolicy, input: { borrower: BorrowerFacts; materialGroupId: string }): Verdict {
  const verdict = profileVerdict(policy, input.borrower, input.materialGroupId, 'ill');
  if (input.borrower.blocked) return refuse(verdict, 'borrower_blocked');
  return verdict.decision.allowed ? allow(verdict, {}) : refuse(verdict, verdict.decision.refusal ?? 'not_available_for_ill');
}

export type BookingPeriod = { start: string; end: string };
/** A booking as it blocks its item: from its own `blockedFrom` (start − the preparation days when it was made) to its end. */
export type BlockedSpan = BookingPeriod & { blockedFrom: string };

/**
 * A booking of one item for a period (rule 12), in a bookable material group only, for a
 * borrower a profile lets borrow it. It starts no earlier than today plus the preparation
 * days, lasts no longer than the group's maximum (start and end both count), and blocks the
 * item from start minus the preparation days to the end: that span may not overlap another
 * booking's (each as it was blocked when made), nor start before an open loan of the item is due.
 */
export function bookingVerdict(
  policy: CompiledPolicy,
  input: {
    borrower: BorrowerFacts;
    materialGroupId: string;
    today: string;
    period: BookingPeriod;
    otherBookings: readonly BlockedSpan[];
    /** The due date of the item's open loan, if it is out: it must be back before the booking's blocked span. */
    onLoanUntil?: string | null;
  },
): Verdict & { blockedFrom: string | null } {
  const verdict = profileVerdict(policy, input.borrower, input.materialGroupId, 'loan');
  verdict.explanation.transaction = 'booking';
  const refused = (reason: CirculationRefusal, facts?: Explanation['facts']) => ({ ...refuse(verdict, reason, facts), blockedFrom: null });
  if (input.borrower.blocked) return refused('borrower_blocked');
  const bookable = policy.materialGroups.get(input.materialGroupId)?.config.bookable ?? null;
  if (!bookable) return refused('not_bookable');
  if (!verdict.decision.allowed) return refused(verdict.decision.refusal ?? 'no_loan_profile');
  const start = dayOfChecked(input.period.start);
  const end = dayOfChecked(input.period.end);
  if (end < start) return refused('booking_ends_before_start');
  const earliest = dayOfChecked(input.today) + bookable.preparationDays;
  if (start < earliest) return refused('booking_too_early', { earliestStart: dateOf(earliest), preparationDays: bookable.preparationDays });
  const days = end - start + 1;
  if (bookable.maxBookingDays !== null && days > bookable.maxBookingDays) return refused('booking_too_long', { days, maxBookingDays: bookable.maxBookingDays });
  const blockedFrom = start - bookable.preparationDays;
  const clash = input.otherBookings.find((other) => dayOfChecked(other.blockedFrom) <= end && blockedFrom <= dayOfChecked(other.end));
  if (clash) return refused('booking_overlaps', { otherStart: clash.start, otherEnd: clash.end });
  if (input.onLoanUntil && dayOfChecked(input.onLoanUntil) >= blockedFrom) {
    return refused('booking_overlaps_loan', { dueDate: input.onLoanUntil, blockedFrom: dateOf(blockedFrom) });
  }
  return { ...allow(verdict, { blockedFrom: dateOf(blockedFrom), start: input.period.start, end: input.period.end }), blockedFrom: dateOf(blockedFrom) };
}
