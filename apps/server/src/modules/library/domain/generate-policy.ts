import type { BorrowerGroupNode } from './borrower-group-tree.ts';
import type { LibraryPolicy, LoanProfileConfig } from './policy.ts';

/** A small deterministic random source, so a generated library is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

/**
 * A library of a given size for benchmarks and load tests: a borrower-group tree under
 * "All", material groups with profiles at distinct priorities (the last of each for "All"),
 * and borrowers in one to three groups.
 */
export function generatePolicy(size: { groups: number; materialGroups: number; profiles: number; borrowers: number }, seed = 5) {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const groups: BorrowerGroupNode[] = [{ id: 'g0', name: 'Alle', parentId: null }];
  for (let i = 1; i < size.groups; i += 1) groups.push({ id: `g${i}`, name: `Gruppe ${i}`, parentId: pick(groups).id });
  const materialGroups = Array.from({ length: size.materialGroups }, (_, i) => ({
    id: `m${i}`,
    name: `Materialgruppe ${i}`,
    description: '',
    bookable: null,
    maxLoans: i % 3 === 0 ? null : 5,
  }));
  const profiles: LoanProfileConfig[] = [];
  for (let i = 0; i < size.profiles; i += 1) {
    const materialGroup = materialGroups[i % size.materialGroups]!;
    const rank = Math.floor(i / size.materialGroups);
    const last = i + size.materialGroups >= size.profiles;
    profiles.push({
      id: `p${i}`,
      materialGroupId: materialGroup.id,
      name: `Profil ${i}`,
      period: { kind: 'days', days: 14 + (i % 4) * 7 },
      renewals: 2,
      renewalDays: 14,
      allowsLoan: random() < 0.9,
      allowsIll: random() < 0.5,
      allowsReservation: true,
      borrowerGroupIds: last ? ['g0'] : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(groups).id),
      priority: rank + 1,
    });
  }
  const policy: LibraryPolicy = { groups, materialGroups, profiles };
  const borrowers = Array.from({ length: size.borrowers }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(groups).id));
  return { policy, borrowers };
}
