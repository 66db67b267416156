import type { LibrarySettings } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { inTreeOrder } from './domain/borrower-group-tree.ts';
import { policyWarnings } from './domain/policy-checks.ts';
import { policyVersion } from './libraries.repo.ts';
import { borrowerGroupUse, itemCounts, listBorrowerGroups, listLoanProfiles, listMaterialGroups, toMaterialGroupConfig } from './policy.repo.ts';
import { toLoanProfileView } from './views.ts';

/** The admin's view of the rules (rules 1–5): the tree, the material groups with their profiles by priority, and the warnings. */
export async function getLibrarySettings(ctx: AppContext, libraryId: string): Promise<Result<LibrarySettings, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const settings = await readLibrarySettings(tx, libraryId);
    return settings ? ok(settings) : err('not_found', 'No such library');
  });
}

/** Also the answer of every configuration change, read in its transaction. */
export async function readLibrarySettings(tx: Tx, libraryId: string): Promise<LibrarySettings | undefined> {
  const version = await policyVersion(tx, libraryId);
  if (version === undefined) return undefined;
  const [groups, use, materialGroups, profiles, counts] = [
    await listBorrowerGroups(tx, libraryId),
    await borrowerGroupUse(tx, libraryId),
    await listMaterialGroups(tx, libraryId),
    await listLoanProfiles(tx, libraryId),
    await itemCounts(tx, libraryId),
  ];
  const warnings = policyWarnings({
    groups,
    materialGroups: materialGroups.map(toMaterialGroupConfig),
    profiles,
  });
  return {
    policyVersion: version,
    borrowerGroups: inTreeOrder(groups).map((g) => ({ ...g, borrowers: use.get(g.id)?.borrowers ?? 0, profiles: use.get(g.id)?.profiles ?? 0 })),
    materialGroups: materialGroups.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      bookable: g.bookable,
      preparationDays: g.preparationDays,
      maxBookingDays: g.maxBookingDays,
      maxLoans: g.maxLoans,
      items: counts.get(g.id) ?? 0,
      profiles: profiles.filter((p) => p.materialGroupId === g.id).map(toLoanProfileView),
    })),
    warnings,
  };
}
