import { describe, expect, it } from 'vitest';
import { bookingVerdict, illVerdict, loanVerdict, renewalVerdict, reservationVerdict, type BorrowerFacts } from './circulation-rules.ts';
import { books, examplePolicy, exampleGroups, profile } from './example-policy.ts';
import { compilePolicy, type LibraryPolicy } from './policy.ts';

const policy = compilePolicy(examplePolicy);
const borrower = (...groupIds: string[]): BorrowerFacts => ({ groupIds, blocked: false });
const lend = (who: BorrowerFacts, overrides: Partial<Parameters<typeof loanVerdict>[1]> = {}, p = policy) =>
  loanVerdict(p, { borrower: who, materialGroupId: books.id, loanDate: '2026-03-10', openLoansInGroup: 0, automatic: false, ...overrides });
const withProfiles = (profiles: LibraryPolicy['profiles'], materialGroup = books) =>
  compilePolicy({ groups: exampleGroups, materialGroups: [materialGroup], profiles });

describe('rule 6 and 7: the first profile by priority that shares a group with the borrower decides', () => {
  it.each([
    ['an adult', ['adults'], 'adults-profile', 'adults', 'adults', '2026-04-07'],
    ['a library', ['libraries'], 'libraries-profile', 'libraries', 'libraries', '2026-05-09'],
    ['a child, through Persons and All', ['children'], 'all-profile', 'all', 'children', '2026-03-24'],
    ['a person in no sub-group', ['persons'], 'all-profile', 'all', 'persons', '2026-03-24'],
    ['an adult who is also a library: the adults profile has priority 1', ['libraries', 'adults'], 'adults-profile', 'adults', 'adults', '2026-04-07'],
  ])('%s', (_, groups, profileId, matched, through, dueDate) => {
    const verdict = lend(borrower(...groups));
    expect(verdict.allowed).toBe(true);
    expect(verdict.profile?.id).toBe(profileId);
    expect(verdict.dueDate).toBe(dueDate);
    expect(verdict.explanation.matchedGroup).toMatchObject({ id: matched, through: { id: through } });
  });

  it('explains every profile considered: passed over, deciding, not consulted', () => {
    const { explanation } = lend(borrower('libraries'));
    expect(explanation.profile).toEqual({ id: 'libraries-profile', name: 'libraries-profile', priority: 2 });
    expect(explanation.trace.map((s) => [s.id, s.priority, s.outcome])).toEqual([
      ['adults-profile', 1, 'no_shared_group'],
      ['libraries-profile', 2, 'decided'],
      ['all-profile', 3, 'not_consulted'],
    ]);
    expect(explanation.borrowerGroups).toEqual([{ id: 'libraries', name: 'Bibliotek' }]);
    expect(explanation.materialGroup).toEqual({ id: 'books', name: 'Bøker' });
  });

  it('refuses with "no loan profile" when no profile shares a group, having tried them all', () => {
    const p = withProfiles([profile({ id: 'adults-only', priority: 1, borrowerGroupIds: ['adults'] })]);
    const verdict = lend(borrower('children'), {}, p);
    expect(verdict.allowed).toBe(false);
    expect(verdict.explanation.reason).toBe('no_loan_profile');
    expect(verdict.explanation.trace.map((s) => s.outcome)).toEqual(['no_shared_group']);
    expect(verdict.dueDate).toBeNull();
  });

  it('says no when the winning profile does not allow the loan, without asking lower priorities', () => {
    const p = withProfiles([
      profile({ id: 'children-no', priority: 1, borrowerGroupIds: ['children'], allowsLoan: false }),
      profile({ id: 'all-yes', priority: 2, borrowerGroupIds: ['all'] }),
    ]);
    const verdict = lend(borrower('children'), {}, p);
    expect(verdict.allowed).toBe(false);
    expect(verdict.explanation.reason).toBe('not_allowed_by_profile');
    expect(verdict.explanation.profile?.id).toBe('children-no');
    expect(verdict.explanation.trace.map((s) => s.outcome)).toEqual(['decided', 'not_consulted']);
  });

  it('treats a profile without borrower groups as applying to nobody', () => {
    const p = withProfiles([profile({ id: 'nobody', priority: 1, borrowerGroupIds: [] }), profile({ id: 'all', priority: 2, borrowerGroupIds: ['all'] })]);
    expect(lend(borrower('adults'), {}, p).profile?.id).toBe('all');
  });

  it('refuses a borrower with no groups at all, and a material group that does not exist', () => {
    expect(lend(borrower()).explanation.reason).toBe('no_loan_profile');
    expect(lend(borrower('adults'), { materialGroupId: 'nope' }).explanation.reason).toBe('no_material_group');
  });

  it('refuses a blocked borrower, still showing which profile would have applied', () => {
    const verdict = lend({ groupIds: ['adults'], blocked: true });
    expect(verdict.allowed).toBe(false);
    expect(verdict.explanation.reason).toBe('borrower_blocked');
    expect(verdict.explanation.profile?.id).toBe('adults-profile');
  });

  it('decides reservations by the same walk: the libraries profile does not allow them', () => {
    expect(reservationVerdict(policy, { borrower: borrower('adults'), materialGroupId: books.id }).allowed).toBe(true);
    const library = reservationVerdict(policy, { borrower: borrower('libraries'), materialGroupId: books.id });
    expect(library.allowed).toBe(false);
    expect(library.explanation).toMatchObject({ transaction: 'reservation', reason: 'not_allowed_by_profile', profile: { id: 'libraries-profile' } });
  });
});

describe('rule 8: inter-library loans', () => {
  it('are decided by the first profile that includes All, whoever the borrower is', () => {
    const verdict = illVerdict(policy, { borrower: borrower('libraries'), materialGroupId: books.id });
    expect(verdict.allowed).toBe(true);
    expect(verdict.explanation.profile?.id).toBe('all-profile');
    expect(verdict.explanation.matchedGroup).toEqual({ id: 'all', name: 'Alle', through: null });
    expect(verdict.explanation.trace.map((s) => s.outcome)).toEqual(['not_for_all', 'not_for_all', 'decided']);
  });

  it('are refused when that first All profile does not allow them, even if a later one would', () => {
    const p = withProfiles([
      profile({ id: 'all-no-ill', priority: 1, borrowerGroupIds: ['all'], allowsIll: false }),
      profile({ id: 'all-ill', priority: 2, borrowerGroupIds: ['all', 'libraries'], allowsIll: true }),
    ]);
    const verdict = illVerdict(p, { borrower: borrower('libraries'), materialGroupId: books.id });
    expect(verdict.explanation).toMatchObject({ reason: 'not_allowed_by_profile', profile: { id: 'all-no-ill' } });
  });

  it('are "not available for inter-library loan" without a profile for All', () => {
    const p = withProfiles([profile({ id: 'libraries-ill', priority: 1, borrowerGroupIds: ['libraries'], allowsIll: true })]);
    expect(illVerdict(p, { borrower: borrower('libraries'), materialGroupId: books.id }).explanation.reason).toBe('not_available_for_ill');
  });
});

describe('rule 9: due dates in calendar days', () => {
  const yearly = (month: number, day: number) => withProfiles([profile({ id: 'yearly', priority: 1, borrowerGroupIds: ['all'], period: { kind: 'yearly', month, day } })]);
  it.each([
    ['loan days across a month end', { kind: 'days', days: 28 } as const, '2026-01-20', '2026-02-17'],
    ['loan days across a leap day', { kind: 'days', days: 1 } as const, '2028-02-28', '2028-02-29'],
  ])('%s', (_, period, loanDate, dueDate) => {
    const p = withProfiles([profile({ id: 'days', priority: 1, borrowerGroupIds: ['all'], period })]);
    expect(lend(borrower('adults'), { loanDate }, p).dueDate).toBe(dueDate);
  });
  it.each([
    ['later this year', 6, 15, '2026-03-10', '2026-06-15'],
    ['strictly after: a loan on the return date is due next year', 6, 15, '2026-06-15', '2027-06-15'],
    ['next year when this year’s date has passed', 6, 15, '2026-08-01', '2027-06-15'],
    ['29 February is 28 February in a common year', 2, 29, '2026-01-10', '2026-02-28'],
    ['29 February in a leap year', 2, 29, '2028-01-10', '2028-02-29'],
    ['28 February is not "after" a loan on 28 February of a common year', 2, 29, '2027-02-28', '2028-02-29'],
    ['31 December, lent on 31 December', 12, 31, '2026-12-31', '2027-12-31'],
  ])('a yearly return date: %s', (_, month, day, loanDate, dueDate) => {
    expect(lend(borrower('adults'), { loanDate }, yearly(month, day)).dueDate).toBe(dueDate);
  });
});

describe('rule 10: renewals', () => {
  const renew = (overrides: Partial<Parameters<typeof renewalVerdict>[1]> = {}, p = policy) =>
    renewalVerdict(p, { borrower: borrower('adults'), materialGroupId: books.id, today: '2026-04-01', dueDate: '2026-04-07', renewalsUsed: 0, reservedByOther: false, ...overrides });

  it('adds the renewal days to the later of today and the due date', () => {
    expect(renew().newDueDate).toBe('2026-04-21');
    // Overdue: counted from today, not from the old due date.
    expect(renew({ today: '2026-04-10' }).newDueDate).toBe('2026-04-24');
  });

  it('allows the last renewal and refuses the next, saying how many were used', () => {
    expect(renew({ renewalsUsed: 1 }).allowed).toBe(true);
    const used = renew({ renewalsUsed: 2 });
    expect(used.allowed).toBe(false);
    expect(used.explanation).toMatchObject({ transaction: 'renewal', reason: 'renewals_used_up', facts: { renewalsUsed: 2, renewals: 2 } });
  });

  it('is refused when another borrower has reserved the item', () => {
    expect(renew({ reservedByOther: true }).explanation.reason).toBe('reserved_by_other');
  });

  it('resolves the profile again: a borrower who moved groups renews under the new profile, or not at all', () => {
    const moved = renew({ borrower: borrower('children') });
    expect(moved.explanation.profile?.id).toBe('all-profile');
    expect(moved.newDueDate).toBe('2026-04-14');
    const p = withProfiles([profile({ id: 'adults-only', priority: 1, borrowerGroupIds: ['adults'] })]);
    expect(renew({ borrower: borrower('children') }, p).explanation.reason).toBe('profile_no_longer_matches');
  });

  it('is refused when the profile no longer lends', () => {
    const p = withProfiles([profile({ id: 'closed', priority: 1, borrowerGroupIds: ['all'], allowsLoan: false })]);
    expect(renew({}, p).explanation.reason).toBe('not_allowed_by_profile');
  });

  it('moves a yearly loan to the next yearly date after today, and refuses when that is not later', () => {
    const p = withProfiles([profile({ id: 'term', priority: 1, borrowerGroupIds: ['all'], period: { kind: 'yearly', month: 6, day: 15 } })]);
    expect(renew({ today: '2026-06-20', dueDate: '2026-06-15' }, p).newDueDate).toBe('2027-06-15');
    const notLater = renew({ today: '2026-03-01', dueDate: '2026-06-15' }, p);
    expect(notLater.allowed).toBe(false);
    expect(notLater.explanation).toMatchObject({ reason: 'due_date_not_later', facts: { dueDate: '2026-06-15', newDueDate: '2026-06-15' } });
  });

  it('is never held back by the loan limit, and refused for a blocked borrower', () => {
    // renewalVerdict takes no loan count at all: re-loans are not limited (rule 11).
    expect(renew({ borrower: { groupIds: ['adults'], blocked: true } }).explanation.reason).toBe('borrower_blocked');
  });
});

describe('rule 12 at the desk: a loan may not run into a booking', () => {
  it('refuses a loan whose due date reaches another borrower’s blocked span, and lends one that ends before it', () => {
    const booking = (blockedFrom: string) => [{ start: '2026-04-10', end: '2026-04-20', blockedFrom }];
    expect(lend(borrower('adults'), { bookings: booking('2026-04-07') }).explanation).toMatchObject({
      reason: 'item_booked',
      facts: { dueDate: '2026-04-07', blockedFrom: '2026-04-07', otherStart: '2026-04-10', otherEnd: '2026-04-20' },
    });
    expect(lend(borrower('adults'), { bookings: booking('2026-04-08') }).allowed).toBe(true);
    // A booking already over is no obstacle.
    expect(lend(borrower('adults'), { bookings: [{ start: '2026-03-01', end: '2026-03-09', blockedFrom: '2026-02-27' }] }).allowed).toBe(true);
  });
});

describe('rule 11: the loan limit of a material group', () => {
  it('lends while the open loans are under the limit and refuses at it, with count and maximum', () => {
    expect(lend(borrower('adults'), { openLoansInGroup: 2 }).allowed).toBe(true);
    const full = lend(borrower('adults'), { openLoansInGroup: 3 });
    expect(full.allowed).toBe(false);
    expect(full.explanation).toMatchObject({ reason: 'loan_limit_reached', facts: { loans: 3, maxLoans: 3 }, profile: { id: 'adults-profile' } });
  });

  it('never limits an automatic loan, nor a group without a limit', () => {
    expect(lend(borrower('adults'), { openLoansInGroup: 9, automatic: true }).allowed).toBe(true);
    expect(lend(borrower('adults'), { openLoansInGroup: 99 }, compilePolicy({ ...examplePolicy, materialGroups: [{ ...books, maxLoans: null }] })).allowed).toBe(true);
  });
});

describe('rule 12: bookings', () => {
  const bookable = { ...books, id: 'kits', name: 'Klassesett', maxLoans: null, bookable: { preparationDays: 2, maxBookingDays: 14 } };
  const p = withProfiles([profile({ id: 'kits-all', materialGroupId: 'kits', priority: 1, borrowerGroupIds: ['all'], allowsReservation: false })], bookable);
  const book = (start: string, end: string, otherBookings: { start: string; end: string; blockedFrom: string }[] = [], pol = p, materialGroupId = 'kits') =>
    bookingVerdict(pol, { borrower: borrower('libraries'), materialGroupId, today: '2026-05-01', period: { start, end }, otherBookings });

  it('starts no earlier than today plus the preparation days', () => {
    expect(book('2026-05-03', '2026-05-05')).toMatchObject({ allowed: true, blockedFrom: '2026-05-01' });
    expect(book('2026-05-02', '2026-05-05').explanation).toMatchObject({ reason: 'booking_too_early', facts: { earliestStart: '2026-05-03', preparationDays: 2 } });
  });

  it('lasts at most the maximum booking length, start and end both counted', () => {
    expect(book('2026-05-10', '2026-05-23').allowed).toBe(true);
    expect(book('2026-05-10', '2026-05-24').explanation).toMatchObject({ reason: 'booking_too_long', facts: { days: 15, maxBookingDays: 14 } });
    expect(book('2026-05-10', '2026-05-09').explanation.reason).toBe('booking_ends_before_start');
  });

  it('blocks the item from start minus the preparation days to the end, and refuses what overlaps', () => {
    const other = [{ start: '2026-05-12', end: '2026-05-20', blockedFrom: '2026-05-10' }];
    // The other booking blocks 10–20; this one would block 20–25: the 20th clashes.
    expect(book('2026-05-22', '2026-05-25', other).explanation).toMatchObject({ reason: 'booking_overlaps', facts: { otherStart: '2026-05-12', otherEnd: '2026-05-20' } });
    expect(book('2026-05-23', '2026-05-25', other).allowed).toBe(true);
    // Ending on the 9th leaves the 10th free for the other booking's preparation.
    expect(book('2026-05-05', '2026-05-09', other).allowed).toBe(true);
    expect(book('2026-05-05', '2026-05-10', other).explanation.reason).toBe('booking_overlaps');
  });

  it('keeps each booking’s span as it was blocked when made, whatever the preparation days are now', () => {
    // Made when the group needed no preparation: it blocks only its own days.
    const older = [{ start: '2026-05-12', end: '2026-05-20', blockedFrom: '2026-05-12' }];
    expect(book('2026-05-05', '2026-05-11', older).allowed).toBe(true);
    expect(book('2026-05-05', '2026-05-12', older).explanation.reason).toBe('booking_overlaps');
  });

  it('refuses a booking whose blocked span starts before the item’s loan is due back', () => {
    const onLoan = (start: string, onLoanUntil: string) =>
      bookingVerdict(p, { borrower: borrower('libraries'), materialGroupId: 'kits', today: '2026-05-01', period: { start, end: '2026-05-20' }, otherBookings: [], onLoanUntil });
    expect(onLoan('2026-05-13', '2026-05-12').explanation).toMatchObject({ reason: 'booking_overlaps_loan', facts: { dueDate: '2026-05-12', blockedFrom: '2026-05-11' } });
    expect(onLoan('2026-05-15', '2026-05-12').allowed).toBe(true);
  });

  it('is only for bookable groups, and only for a borrower a profile lets borrow', () => {
    expect(book('2026-05-10', '2026-05-12', [], policy, books.id).explanation.reason).toBe('not_bookable');
    const closed = withProfiles([profile({ id: 'kits-adults', materialGroupId: 'kits', priority: 1, borrowerGroupIds: ['adults'], allowsReservation: false })], bookable);
    expect(book('2026-05-10', '2026-05-12', [], closed).explanation.reason).toBe('no_loan_profile');
  });

  it('takes a booking without a maximum length or preparation when the group sets none', () => {
    const open = { ...bookable, bookable: { preparationDays: 0, maxBookingDays: null } };
    const pol = withProfiles([profile({ id: 'kits-all', materialGroupId: 'kits', priority: 1, borrowerGroupIds: ['all'], allowsReservation: false })], open);
    expect(book('2026-05-01', '2027-05-01', [], pol)).toMatchObject({ allowed: true, blockedFrom: '2026-05-01' });
  });
});
