import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeRules } from './change-rules.ts';
import { deleteLoanProfile, listLoanProfiles } from './policy.repo.ts';

/** Deletes a profile; the others keep their priorities. */
export function removeLoanProfile(ctx: AppContext, libraryId: string, materialGroupId: string, profileId: string) {
  return changeRules(ctx, libraryId, async (tx) => {
    const found = (await listLoanProfiles(tx, libraryId)).find((p) => p.id === profileId && p.materialGroupId === materialGroupId);
    if (!found) return err('not_found', 'No such loan profile');
    await deleteLoanProfile(tx, libraryId, profileId);
    return ok(null);
  });
}
