import type { LibrarySettings } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { ConfigFailure } from './domain/policy-checks.ts';
import { readLibrarySettings } from './get-library-settings.ts';
import { bumpPolicyVersion } from './libraries.repo.ts';

export type RulesFailure = ConfigFailure | 'not_found' | 'name_taken' | 'invalid_order';

/** A configuration change: the library row held and the version moved on, the settings after it as the answer. */
export function changeRules(ctx: AppContext, libraryId: string, change: (tx: Tx) => Promise<Result<unknown, RulesFailure>>): Promise<Result<LibrarySettings, RulesFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    await bumpPolicyVersion(tx, libraryId);
    const changed = await change(tx);
    if (!changed.ok) return changed;
    return ok((await readLibrarySettings(tx, libraryId))!);
  });
}
