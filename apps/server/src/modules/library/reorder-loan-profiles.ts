import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeRules } from './change-rules.ts';
import { findMaterialGroup, listLoanProfiles, setPriorities } from './policy.repo.ts';

/** Rule 4's reordering: the profiles of the material group in their new order get priorities 1, 2, 3, … */
export function reorderLoanProfiles(ctx: AppContext, libraryId: string, materialGroupId: string, profileIds: string[]) {
  return changeRules(ctx, libraryId, async (tx) => {
    if (!(await findMaterialGroup(tx, libraryId, materialGroupId))) return err('not_found', 'No such material group');
    const current = (await listLoanProfiles(tx, libraryId)).filter((p) => p.materialGroupId === materialGroupId).map((p) => p.id);
    if (profileIds.length !== current.length || new Set(profileIds).size !== current.length || !profileIds.every((id) => current.includes(id))) {
      return err('invalid_order', 'Give every profile of the material group exactly once', 'profileIds');
    }
    await setPriorities(tx, libraryId, profileIds.map((id, i) => ({ id, priority: i + 1 })));
    return ok(null);
  });
}
