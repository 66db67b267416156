import { sharesGroup, type CompiledPolicy, type CompiledProfile } from './policy.ts';

/** What a borrower asks of a material group's profiles. Renewals and bookings decide as a loan. */
export type Transaction = 'loan' | 'reservation' | 'ill';

/** Why the profiles say no (rules 7, 8). */
export type ProfileRefusal = 'no_material_group' | 'no_loan_profile' | 'not_allowed_by_profile' | 'not_available_for_ill';

/**
 * The profiles' answer: the profile that decided (its place in priority order, or -1), and
 * whether it allows the transaction. Small and allocation-light, as the desk asks for many;
 * `explainDecision` turns it into the full explanation.
 */
export type ProfileDecision = {
  transaction: Transaction;
  materialGroupId: string;
  allowed: boolean;
  refusal: ProfileRefusal | null;
  /** Index of the deciding profile in the material group's priority order; -1 when none decided. */
  rank: number;
  profile: CompiledProfile | null;
};

/**
 * Rules 7 and 8. A loan or reservation: the first profile by priority that shares a group
 * with the borrower decides, and if it does not allow the transaction the answer is no —
 * lower priorities are not asked. An inter-library loan: only profiles that include "All"
 * count, and the first of them decides.
 */
export function decide(policy: CompiledPolicy, materialGroupId: string, borrowerMask: Uint32Array, transaction: Transaction): ProfileDecision {
  const group = policy.materialGroups.get(materialGroupId);
  if (!group) return { transaction, materialGroupId, allowed: false, refusal: 'no_material_group', rank: -1, profile: null };
  const { profiles } = group;
  for (let rank = 0; rank < profiles.length; rank += 1) {
    const profile = profiles[rank]!;
    if (transaction === 'ill' ? !profile.includesAll : !sharesGroup(profile, borrowerMask)) continue;
    const allowed = allows(profile, transaction);
    return { transaction, materialGroupId, allowed, refusal: allowed ? null : 'not_allowed_by_profile', rank, profile };
  }
  return {
    transaction,
    materialGroupId,
    allowed: false,
    refusal: transaction === 'ill' ? 'not_available_for_ill' : 'no_loan_profile',
    rank: -1,
    profile: null,
  };
}

function allows(profile: CompiledProfile, transaction: Transaction): boolean {
  const { config } = profile;
  if (transaction === 'loan') return config.allowsLoan;
  if (transaction === 'reservation') return config.allowsReservation;
  return config.allowsIll;
}
