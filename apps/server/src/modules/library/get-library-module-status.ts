import type { LibraryModuleStatus } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { accountExists } from '../accounts/index.ts';
import { libraryAdmins } from './libraries.repo.ts';

/** For the store's staff: whether an account runs the library module, and who administers it. */
export async function getLibraryModuleStatus(ctx: AppContext, accountId: string): Promise<Result<LibraryModuleStatus, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await accountExists(tx, accountId, { hold: false }))) return err('not_found', 'No such account');
    const admins = await libraryAdmins(tx, accountId);
    return ok({ enabled: admins !== undefined, admins: admins ?? [] });
  });
}
