import { err, ok, type Result } from '../../../kernel/result.ts';
import { lineageOf, type BorrowerGroupNode } from './borrower-group-tree.ts';
import { isMonthDay } from './calendar-days.ts';
import type { LibraryPolicy, LoanProfileConfig, MaterialGroupConfig } from './policy.ts';

export type ConfigFailure =
  | 'invalid_material_group'
  | 'bookable_with_loan_limit'
  | 'bookable_with_reservation'
  | 'invalid_loan_profile'
  | 'priority_taken'
  | 'unknown_borrower_group';

const isWhole = (n: number, min: number) => Number.isInteger(n) && n >= min;

/**
 * A material group as it is about to be saved, with its profiles (rules 2, 3): preparation
 * days ≥ 0, a maximum booking length ≥ 1 if any, a loan limit ≥ 1 if any; a bookable group
 * has no loan limit and no profile that allows reservation.
 */
export function checkMaterialGroup(group: MaterialGroupConfig, profiles: readonly LoanProfileConfig[]): Result<MaterialGroupConfig, ConfigFailure> {
  if (group.maxLoans !== null && !isWhole(group.maxLoans, 1)) return err('invalid_material_group', 'The loan limit is a whole number of at least 1, or empty for none', 'maxLoans');
  if (group.bookable) {
    if (!isWhole(group.bookable.preparationDays, 0)) return err('invalid_material_group', 'Preparation days are a whole number of at least 0', 'preparationDays');
    if (group.bookable.maxBookingDays !== null && !isWhole(group.bookable.maxBookingDays, 1)) {
      return err('invalid_material_group', 'The longest booking is a whole number of days, at least 1, or empty for no limit', 'maxBookingDays');
    }
    if (group.maxLoans !== null) return err('bookable_with_loan_limit', 'A bookable material group cannot limit the number of loans', 'maxLoans');
    const reservable = profiles.find((p) => p.materialGroupId === group.id && p.allowsReservation);
    if (reservable) return err('bookable_with_reservation', `The group cannot be bookable while the loan profile "${reservable.name}" allows reservation`, 'bookable');
  }
  return ok(group);
}

/**
 * A loan profile as it is about to be saved (rules 3, 4): exactly one of loan days (≥ 1) and
 * a yearly return date; renewals ≥ 0, renewal days ≥ 1 when there are renewals; known
 * borrower groups; a priority no other profile of the material group has; no reservation in
 * a bookable group. No borrower group at all is allowed, with a warning (rule 5).
 */
export function checkLoanProfile(
  profile: LoanProfileConfig,
  context: { materialGroup: MaterialGroupConfig; siblings: readonly LoanProfileConfig[]; groups: ReadonlyMap<string, BorrowerGroupNode> },
): Result<LoanProfileConfig, ConfigFailure> {
  const { period } = profile;
  if (period.kind === 'days' && !isWhole(period.days, 1)) return err('invalid_loan_profile', 'Loan days are a whole number of at least 1', 'loanDays');
  if (period.kind === 'yearly' && !isMonthDay(period.month, period.day)) return err('invalid_loan_profile', 'The yearly return date must be a real month and day', 'yearlyReturnDate');
  if (!isWhole(profile.renewals, 0)) return err('invalid_loan_profile', 'Renewals are a whole number of at least 0', 'renewals');
  if (profile.renewals > 0 && !isWhole(profile.renewalDays, 1)) return err('invalid_loan_profile', 'Renewal days are a whole number of at least 1 when the loan can be renewed', 'renewalDays');
  if (profile.renewals === 0 && !isWhole(profile.renewalDays, 0)) return err('invalid_loan_profile', 'Renewal days are a whole number', 'renewalDays');
  if (!isWhole(profile.priority, 1)) return err('invalid_loan_profile', 'The priority is a whole number of at least 1', 'priority');
  const unknown = profile.borrowerGroupIds.find((id) => !context.groups.has(id));
  if (unknown) return err('unknown_borrower_group', 'A borrower group of the profile does not exist', 'borrowerGroupIds');
  const taken = context.siblings.find((p) => p.id !== profile.id && p.priority === profile.priority);
  if (taken) return err('priority_taken', `"${taken.name}" already has priority ${profile.priority} in this material group`, 'priority');
  if (profile.allowsReservation && context.materialGroup.bookable) {
    return err('bookable_with_reservation', 'A profile of a bookable material group cannot allow reservation', 'allowsReservation');
  }
  return ok({ ...profile, borrowerGroupIds: [...new Set(profile.borrowerGroupIds)] });
}

/** What the admin is told, though saving is allowed (rule 5). */
export type PolicyWarning =
  | { kind: 'applies_to_nobody'; materialGroupId: string; profileId: string }
  | { kind: 'shadowed'; materialGroupId: string; profileId: string; byProfileIds: string[] }
  | { kind: 'no_ill'; materialGroupId: string };

/**
 * Rule 5. A profile is shadowed when every borrower it could take in is taken first by a
 * higher-priority profile: for each of its groups, some higher profile has that group or
 * one of its ancestors (a borrower placed directly in the group is then taken by it).
 */
export function policyWarnings(policy: LibraryPolicy): PolicyWarning[] {
  const groups = new Map(policy.groups.map((g) => [g.id, g]));
  const root = policy.groups.find((g) => g.parentId === null);
  const warnings: PolicyWarning[] = [];
  for (const materialGroup of policy.materialGroups) {
    const profiles = policy.profiles.filter((p) => p.materialGroupId === materialGroup.id).sort((a, b) => a.priority - b.priority);
    profiles.forEach((profile, rank) => {
      if (profile.borrowerGroupIds.length === 0) {
        warnings.push({ kind: 'applies_to_nobody', materialGroupId: materialGroup.id, profileId: profile.id });
        return;
      }
      const higher = profiles.slice(0, rank);
      const shadowing = new Set<string>();
      const covered = profile.borrowerGroupIds.every((groupId) => {
        const lineage = new Set(lineageOf(groups, groupId).map((g) => g.id));
        const by = higher.filter((h) => h.borrowerGroupIds.some((id) => lineage.has(id)));
        by.forEach((h) => shadowing.add(h.id));
        return by.length > 0;
      });
      if (covered) warnings.push({ kind: 'shadowed', materialGroupId: materialGroup.id, profileId: profile.id, byProfileIds: higher.filter((h) => shadowing.has(h.id)).map((h) => h.id) });
    });
    if (!root || !profiles.some((p) => p.borrowerGroupIds.includes(root.id))) warnings.push({ kind: 'no_ill', materialGroupId: materialGroup.id });
  }
  return warnings;
}
