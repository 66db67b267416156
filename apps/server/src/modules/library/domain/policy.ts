import { lineageOf, type BorrowerGroupNode } from './borrower-group-tree.ts';

/** How long a loan runs: a number of days, or until a date that comes round every year (rule 4). */
export type LoanPeriod = { kind: 'days'; days: number } | { kind: 'yearly'; month: number; day: number };

/** A material group (rule 2); `bookable` null when its materials cannot be booked. */
export type MaterialGroupConfig = {
  id: string;
  name: string;
  description: string;
  bookable: { preparationDays: number; maxBookingDays: number | null } | null;
  /** Null: no limit. */
  maxLoans: number | null;
};

/** A loan profile (rule 4): the lower the priority number, the earlier it is tried. */
export type LoanProfileConfig = {
  id: string;
  materialGroupId: string;
  name: string;
  period: LoanPeriod;
  renewals: number;
  renewalDays: number;
  allowsLoan: boolean;
  allowsIll: boolean;
  allowsReservation: boolean;
  borrowerGroupIds: readonly string[];
  priority: number;
};

/** A library's whole lending configuration, as the admin keeps it. */
export type LibraryPolicy = {
  groups: readonly BorrowerGroupNode[];
  materialGroups: readonly MaterialGroupConfig[];
  profiles: readonly LoanProfileConfig[];
};

/** A profile ready for deciding: its borrower groups as a bit mask over the library's groups. */
export type CompiledProfile = { config: LoanProfileConfig; mask: Uint32Array; includesAll: boolean };
export type CompiledMaterialGroup = { config: MaterialGroupConfig; profiles: readonly CompiledProfile[] };

/**
 * The configuration compiled for deciding (rules 6–8): each group's lineage (itself and
 * its ancestors) and each profile's groups as bit masks, so that whether a borrower shares
 * a group with a profile is one AND per 32 groups, and each material group's profiles in
 * priority order. Compiled from the configuration as it is when a decision is asked for.
 */
export type CompiledPolicy = {
  groups: ReadonlyMap<string, BorrowerGroupNode>;
  groupIndex: ReadonlyMap<string, number>;
  groupList: readonly BorrowerGroupNode[];
  rootId: string;
  words: number;
  /** Each group and its ancestors, nearest first. */
  lineages: ReadonlyMap<string, readonly BorrowerGroupNode[]>;
  lineageMasks: ReadonlyMap<string, Uint32Array>;
  materialGroups: ReadonlyMap<string, CompiledMaterialGroup>;
};

export function compilePolicy(policy: LibraryPolicy): CompiledPolicy {
  const groups = new Map(policy.groups.map((g) => [g.id, g]));
  const groupIndex = new Map(policy.groups.map((g, i) => [g.id, i]));
  const root = policy.groups.find((g) => g.parentId === null);
  if (!root) throw new Error('a library policy needs its root borrower group');
  const words = Math.max(1, Math.ceil(policy.groups.length / 32));
  const maskOf = (ids: Iterable<string>) => {
    const mask = new Uint32Array(words);
    for (const id of ids) {
      const i = groupIndex.get(id);
      if (i !== undefined) mask[i >>> 5]! |= 1 << (i & 31);
    }
    return mask;
  };
  const lineages = new Map(policy.groups.map((g) => [g.id, lineageOf(groups, g.id)]));
  const lineageMasks = new Map(policy.groups.map((g) => [g.id, maskOf(lineages.get(g.id)!.map((a) => a.id))]));
  const materialGroups = new Map<string, CompiledMaterialGroup>();
  for (const config of policy.materialGroups) {
    const profiles = policy.profiles
      .filter((p) => p.materialGroupId === config.id)
      .sort((a, b) => a.priority - b.priority)
      .map((p) => ({ config: p, mask: maskOf(p.borrowerGroupIds), includesAll: p.borrowerGroupIds.includes(root.id) }));
    materialGroups.set(config.id, { config, profiles });
  }
  return { groups, groupIndex, groupList: policy.groups, rootId: root.id, words, lineages, lineageMasks, materialGroups };
}

/** The borrower's groups and all their ancestors as one mask (rule 6). Unknown ids add nothing. */
export function borrowerMaskOf(policy: CompiledPolicy, groupIds: readonly string[]): Uint32Array {
  const mask = new Uint32Array(policy.words);
  for (const id of groupIds) {
    const lineage = policy.lineageMasks.get(id);
    if (lineage) for (let w = 0; w < mask.length; w += 1) mask[w]! |= lineage[w]!;
  }
  return mask;
}

export function sharesGroup(profile: CompiledProfile, borrowerMask: Uint32Array): boolean {
  const { mask } = profile;
  for (let w = 0; w < mask.length; w += 1) if ((mask[w]! & borrowerMask[w]!) !== 0) return true;
  return false;
}
