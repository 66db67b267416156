import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findOrInsertUser } from '../identity/index.ts';
import { adminIds, upsertStaff } from './libraries.repo.ts';

/** A library administrator names another member of the library's staff, or changes their role. */
export async function addLibraryStaff(ctx: AppContext, libraryId: string, person: { email: string; name: string; role: 'admin' | 'desk' }): Promise<Result<null, 'last_admin'>> {
  return inTransaction(ctx.db, async (tx) => {
    const user = await findOrInsertUser(tx, { email: person.email, name: person.name });
    const admins = await adminIds(tx, libraryId);
    if (person.role !== 'admin' && admins.length === 1 && admins[0] === user.id) {
      return err('last_admin', 'The library needs at least one administrator; make someone else one first', 'role');
    }
    await upsertStaff(tx, libraryId, user.id, person.role, ctx.clock.now());
    return ok(null);
  });
}
