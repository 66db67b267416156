import type { MaterialGroupBody } from '@hylle/contracts';
import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeRules } from './change-rules.ts';
import { checkMaterialGroup } from './domain/policy-checks.ts';
import { columnsOf, materialGroupNameTaken } from './material-group-values.ts';
import { findMaterialGroup, listLoanProfiles, toMaterialGroupConfig, updateMaterialGroup } from './policy.repo.ts';

/** Rules 2 and 3 again, now with the group's profiles: a group whose profile reserves cannot become bookable. */
export function changeMaterialGroup(ctx: AppContext, libraryId: string, id: string, body: MaterialGroupBody) {
  return changeRules(ctx, libraryId, async (tx) => {
    const row = await findMaterialGroup(tx, libraryId, id);
    if (!row) return err('not_found', 'No such material group');
    if (await materialGroupNameTaken(tx, libraryId, body.name, id)) return err('name_taken', 'Another material group has that name', 'name');
    const profiles = (await listLoanProfiles(tx, libraryId)).filter((p) => p.materialGroupId === id);
    const checked = checkMaterialGroup(toMaterialGroupConfig({ ...row, ...columnsOf(body) }), profiles);
    if (!checked.ok) return checked;
    await updateMaterialGroup(tx, libraryId, id, columnsOf(body), ctx.clock.now());
    return ok(null);
  });
}
