import type { ProfileDecision, ProfileRefusal, Transaction } from './decide.ts';
import type { CompiledMaterialGroup, CompiledPolicy } from './policy.ts';

/** Why the desk or the engine says no, beyond the profiles (rules 10–12) and the borrower. */
export type CirculationRefusal =
  | ProfileRefusal
  | 'borrower_blocked'
  | 'loan_limit_reached'
  | 'renewals_used_up'
  | 'reserved_by_other'
  | 'profile_no_longer_matches'
  | 'due_date_not_later'
  | 'not_bookable'
  | 'booking_too_early'
  | 'booking_too_long'
  | 'booking_overlaps'
  | 'booking_overlaps_loan'
  | 'item_booked'
  | 'booking_ends_before_start';

export type NamedRef = { id: string; name: string };

/** One profile as the engine met it, in priority order. */
export type TraceStep = NamedRef & {
  priority: number;
  outcome: 'no_shared_group' | 'not_for_all' | 'decided' | 'not_consulted';
};

/**
 * Why a rule applied (rule 13), the same for the admin's policy tester, the desk's answer
 * and what is stored on a loan: the profile that decided and its priority, the borrower group
 * that matched and the borrower's own group it was reached through, every profile considered,
 * and the figures behind a refusal (loans and limit, renewals used, dates).
 */
export type Explanation = {
  transaction: Transaction | 'renewal' | 'booking';
  materialGroup: NamedRef | null;
  outcome: 'allowed' | 'refused';
  reason: CirculationRefusal | null;
  profile: (NamedRef & { priority: number }) | null;
  matchedGroup: (NamedRef & { through: NamedRef | null }) | null;
  borrowerGroups: NamedRef[];
  trace: TraceStep[];
  facts: Record<string, string | number | null>;
};

const ref = (x: { id: string; name: string }): NamedRef => ({ id: x.id, name: x.name });

type StepsOfProfile = Readonly<Record<TraceStep['outcome'], Readonly<TraceStep>>> & { profile: Readonly<NamedRef & { priority: number }> };
const stepsCache = new WeakMap<CompiledMaterialGroup, readonly StepsOfProfile[]>();
const groupRefsCache = new WeakMap<CompiledPolicy, ReadonlyMap<string, Readonly<NamedRef>>>();

/** The borrower groups as frozen references, made once per compiled policy. */
function groupRefsOf(policy: CompiledPolicy): ReadonlyMap<string, Readonly<NamedRef>> {
  let refs = groupRefsCache.get(policy);
  if (!refs) {
    refs = new Map(policy.groupList.map((g) => [g.id, Object.freeze(ref(g))]));
    groupRefsCache.set(policy, refs);
  }
  return refs;
}

/**
 * The four steps a profile can be in a trace, made once per compiled material group and
 * shared (frozen) by every explanation: a trace is then an array of references.
 */
function stepsOf(group: CompiledMaterialGroup): readonly StepsOfProfile[] {
  let steps = stepsCache.get(group);
  if (!steps) {
    steps = group.profiles.map(({ config }) => {
      const step = (outcome: TraceStep['outcome']) => Object.freeze({ id: config.id, name: config.name, priority: config.priority, outcome });
      return {
        no_shared_group: step('no_shared_group'),
        not_for_all: step('not_for_all'),
        decided: step('decided'),
        not_consulted: step('not_consulted'),
        profile: Object.freeze({ id: config.id, name: config.name, priority: config.priority }),
      };
    });
    stepsCache.set(group, steps);
  }
  return steps;
}

/** The full explanation of a profile decision, for the borrower's own groups. */
export function explainDecision(policy: CompiledPolicy, decision: ProfileDecision, borrowerGroupIds: readonly string[]): Explanation {
  const group = policy.materialGroups.get(decision.materialGroupId);
  const passedOver = decision.transaction === 'ill' ? 'not_for_all' : 'no_shared_group';
  const steps = group ? stepsOf(group) : [];
  const trace: TraceStep[] = steps.map((s, rank) => s[rank === decision.rank ? 'decided' : decision.rank >= 0 && rank > decision.rank ? 'not_consulted' : passedOver]);
  const profile = decision.profile?.config ?? null;
  const groupRefs = groupRefsOf(policy);
  return {
    transaction: decision.transaction,
    materialGroup: group ? ref(group.config) : null,
    outcome: decision.allowed ? 'allowed' : 'refused',
    reason: decision.refusal,
    profile: decision.rank >= 0 ? steps[decision.rank]!.profile : null,
    matchedGroup: profile ? matchedGroup(policy, profile.borrowerGroupIds, decision.transaction === 'ill' ? [] : borrowerGroupIds) : null,
    borrowerGroups: borrowerGroupIds.flatMap((id) => groupRefs.get(id) ?? []),
    trace,
    facts: {},
  };
}

/**
 * The profile's group that took the borrower in, and the borrower's own group it was reached
 * through (the nearest, when there are several ways). For an inter-library loan it is "All",
 * reached through nothing.
 */
function matchedGroup(policy: CompiledPolicy, profileGroupIds: readonly string[], borrowerGroupIds: readonly string[]): Explanation['matchedGroup'] {
  const root = policy.groups.get(policy.rootId)!;
  if (borrowerGroupIds.length === 0) return { ...ref(root), through: null };
  let best: { distance: number; matched: NamedRef; through: NamedRef } | undefined;
  for (const own of borrowerGroupIds) {
    const lineage = policy.lineages.get(own) ?? [];
    const distance = lineage.findIndex((g) => profileGroupIds.includes(g.id));
    if (distance >= 0 && (!best || distance < best.distance)) best = { distance, matched: ref(lineage[distance]!), through: ref(lineage[0]!) };
  }
  return best ? { ...best.matched, through: best.through } : null;
}
