import { describe, expect, it } from 'vitest';
import { checkTree, type BorrowerGroupNode } from './borrower-group-tree.ts';
import { books, exampleGroups, examplePolicy, profile } from './example-policy.ts';
import { checkLoanProfile, checkMaterialGroup, policyWarnings } from './policy-checks.ts';
import type { LoanProfileConfig, MaterialGroupConfig } from './policy.ts';

const groups = new Map(exampleGroups.map((g) => [g.id, g]));
const failure = (result: { ok: boolean; code?: string; field?: string }) => (result.ok ? 'ok' : `${result.code}${result.field ? `@${result.field}` : ''}`);

describe('rule 1: borrower groups form one tree with a single root', () => {
  const tree = (extra: BorrowerGroupNode[], base = exampleGroups) => checkTree([...base, ...extra]);
  it('accepts the example tree and names its root', () => {
    expect(checkTree(exampleGroups)).toEqual({ ok: true, value: { rootId: 'all' } });
  });
  it.each([
    ['a second root', tree([{ id: 'x', name: 'Andre', parentId: null }]), 'several_roots'],
    ['no root', checkTree(exampleGroups.filter((g) => g.parentId !== null)), 'no_root'],
    ['an unknown parent', tree([{ id: 'x', name: 'X', parentId: 'nowhere' }]), 'unknown_parent@parentId'],
    [
      'a cycle',
      checkTree(exampleGroups.map((g) => (g.id === 'persons' ? { ...g, parentId: 'children' } : g))),
      'cycle@parentId',
    ],
    ['a group its own parent', tree([{ id: 'x', name: 'X', parentId: 'x' }]), 'cycle@parentId'],
  ])('refuses %s', (_, result, code) => {
    expect(failure(result)).toBe(code);
  });
});

describe('rules 2 and 3: material groups', () => {
  const group = (overrides: Partial<MaterialGroupConfig>): MaterialGroupConfig => ({ ...books, ...overrides });
  const bookable = { preparationDays: 2, maxBookingDays: 14 };
  it.each([
    ['a plain group with a limit', group({}), [], 'ok'],
    ['no limit', group({ maxLoans: null }), [], 'ok'],
    ['a limit of 0', group({ maxLoans: 0 }), [], 'invalid_material_group@maxLoans'],
    ['a fractional limit', group({ maxLoans: 1.5 }), [], 'invalid_material_group@maxLoans'],
    ['bookable, no limit', group({ maxLoans: null, bookable }), [], 'ok'],
    ['bookable with preparation 0 and no longest booking', group({ maxLoans: null, bookable: { preparationDays: 0, maxBookingDays: null } }), [], 'ok'],
    ['negative preparation days', group({ maxLoans: null, bookable: { preparationDays: -1, maxBookingDays: null } }), [], 'invalid_material_group@preparationDays'],
    ['a longest booking of 0 days', group({ maxLoans: null, bookable: { preparationDays: 0, maxBookingDays: 0 } }), [], 'invalid_material_group@maxBookingDays'],
    ['bookable with a loan limit', group({ maxLoans: 2, bookable }), [], 'bookable_with_loan_limit@maxLoans'],
    ['bookable while a profile allows reservation', group({ maxLoans: null, bookable }), [profile({ id: 'r', priority: 1, allowsReservation: true })], 'bookable_with_reservation@bookable'],
    ['bookable with profiles that do not reserve', group({ maxLoans: null, bookable }), [profile({ id: 'r', priority: 1, allowsReservation: false })], 'ok'],
  ])('%s', (_, g, profiles, expected) => {
    expect(failure(checkMaterialGroup(g, profiles))).toBe(expected);
  });
});

describe('rule 4: loan profiles', () => {
  const siblings = [profile({ id: 'other', priority: 1 })];
  const check = (overrides: Partial<LoanProfileConfig>, materialGroup: MaterialGroupConfig = books) =>
    checkLoanProfile(profile({ id: 'new', priority: 2, borrowerGroupIds: ['adults'], ...overrides }), { materialGroup, siblings, groups });
  it.each([
    ['loan days', {}, 'ok'],
    ['a yearly date', { period: { kind: 'yearly', month: 2, day: 29 } }, 'ok'],
    ['0 loan days', { period: { kind: 'days', days: 0 } }, 'invalid_loan_profile@loanDays'],
    ['31 April', { period: { kind: 'yearly', month: 4, day: 31 } }, 'invalid_loan_profile@yearlyReturnDate'],
    ['month 13', { period: { kind: 'yearly', month: 13, day: 1 } }, 'invalid_loan_profile@yearlyReturnDate'],
    ['negative renewals', { renewals: -1 }, 'invalid_loan_profile@renewals'],
    ['renewals without renewal days', { renewals: 2, renewalDays: 0 }, 'invalid_loan_profile@renewalDays'],
    ['no renewals and no renewal days', { renewals: 0, renewalDays: 0 }, 'ok'],
    ['a taken priority', { priority: 1 }, 'priority_taken@priority'],
    ['priority 0', { priority: 0 }, 'invalid_loan_profile@priority'],
    ['an unknown borrower group', { borrowerGroupIds: ['martians'] }, 'unknown_borrower_group@borrowerGroupIds'],
    ['no borrower group (a warning, not an error)', { borrowerGroupIds: [] }, 'ok'],
    ['reservation in a bookable group', { allowsReservation: true }, 'bookable_with_reservation@allowsReservation'],
  ] as const)('%s', (_, overrides, expected) => {
    const materialGroup = _ === 'reservation in a bookable group' ? { ...books, maxLoans: null, bookable: { preparationDays: 0, maxBookingDays: null } } : books;
    expect(failure(check(overrides as Partial<LoanProfileConfig>, materialGroup))).toBe(expected);
  });
  it('keeps its own priority when saved again, and each borrower group once', () => {
    const result = checkLoanProfile(profile({ id: 'other', priority: 1, borrowerGroupIds: ['adults', 'adults'] }), { materialGroup: books, siblings, groups });
    expect(result.ok && result.value.borrowerGroupIds).toEqual(['adults']);
  });
});

describe('rule 5: warnings', () => {
  it('gives none for the example', () => {
    expect(policyWarnings(examplePolicy)).toEqual([]);
  });
  it('warns of a profile for nobody, a shadowed profile and a group that cannot go out by inter-library loan', () => {
    const warnings = policyWarnings({
      groups: exampleGroups,
      materialGroups: [books],
      profiles: [
        profile({ id: 'persons', priority: 1, borrowerGroupIds: ['persons'] }),
        profile({ id: 'adults-and-children', priority: 2, borrowerGroupIds: ['adults', 'children'] }),
        profile({ id: 'nobody', priority: 3, borrowerGroupIds: [] }),
        profile({ id: 'adults-and-libraries', priority: 4, borrowerGroupIds: ['adults', 'libraries'] }),
      ],
    });
    expect(warnings).toEqual([
      { kind: 'shadowed', materialGroupId: 'books', profileId: 'adults-and-children', byProfileIds: ['persons'] },
      { kind: 'applies_to_nobody', materialGroupId: 'books', profileId: 'nobody' },
      { kind: 'no_ill', materialGroupId: 'books' },
    ]);
  });
  it('does not call a profile shadowed when a higher one covers only a sub-group of one of its groups', () => {
    const warnings = policyWarnings({
      groups: exampleGroups,
      materialGroups: [books],
      profiles: [profile({ id: 'children', priority: 1, borrowerGroupIds: ['children'] }), profile({ id: 'all', priority: 2, borrowerGroupIds: ['all'] })],
    });
    expect(warnings).toEqual([]);
  });
});
