import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { accountExists } from '../accounts/index.ts';
import { findOrInsertUser } from '../identity/index.ts';
import { insertLibrary, upsertStaff } from './libraries.repo.ts';
import { insertBorrowerGroup } from './policy.repo.ts';

/** "All" in the store's language: the root of every library's borrower groups. */
const ALL = { nb: 'Alle', nn: 'Alle', en: 'All', nl: 'Iedereen' } as const;

/**
 * Staff switch the library module on for a customer account: the library gets its root
 * borrower group, "All" in the store's language (rule 1), and its first administrator. Switching on twice adds the
 * administrator and changes nothing else.
 */
export async function enableLibrary(
  ctx: AppContext,
  staff: Actor,
  accountId: string,
  admin: { email: string; name: string },
): Promise<Result<{ libraryId: string; created: boolean }, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await accountExists(tx, accountId, { hold: true }))) return err('not_found', 'No such account');
    const now = ctx.clock.now();
    const created = await insertLibrary(tx, accountId, now);
    if (created) await insertBorrowerGroup(tx, accountId, { name: ALL[ctx.config.store.defaultLanguage], parentId: null }, now);
    const user = await findOrInsertUser(tx, admin);
    await upsertStaff(tx, accountId, user.id, 'admin', now);
    // In the account's log, so customer service can say who switched it on and for whom.
    await writeAudit(tx, { actor: staff, action: created ? 'library.enabled' : 'library.admin_added', accountId, before: null, after: { admin: user.email } }, now);
    return ok({ libraryId: accountId, created });
  });
}
