import type { MaterialGroupBody } from '@hylle/contracts';
import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeRules } from './change-rules.ts';
import { checkMaterialGroup } from './domain/policy-checks.ts';
import { columnsOf, materialGroupNameTaken } from './material-group-values.ts';
import { insertMaterialGroup, toMaterialGroupConfig } from './policy.repo.ts';

/** Rules 2 and 3, checked on save. */
export function createMaterialGroup(ctx: AppContext, libraryId: string, body: MaterialGroupBody) {
  return changeRules(ctx, libraryId, async (tx) => {
    if (await materialGroupNameTaken(tx, libraryId, body.name)) return err('name_taken', 'Another material group has that name', 'name');
    const checked = checkMaterialGroup(toMaterialGroupConfig({ id: 'new', accountId: libraryId, ...columnsOf(body), createdAt: new Date(), updatedAt: new Date() }), []);
    if (!checked.ok) return checked;
    return ok(await insertMaterialGroup(tx, libraryId, columnsOf(body), ctx.clock.now()));
  });
}
