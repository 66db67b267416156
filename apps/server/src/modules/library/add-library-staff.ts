import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findOrInsertUser } from '../identity/index.ts';
import { upsertStaff } from './libraries.repo.ts';

/** A library administrator names another member of the library's staff, or changes their role. */
export async function addLibraryStaff(ctx: AppContext, libraryId: string, person: { email: string; name: string; role: 'admin' | 'desk' }): Promise<Result<null>> {
  return inTransaction(ctx.db, async (tx) => {
    const user = await findOrInsertUser(tx, { email: person.email, name: person.name });
    await upsertStaff(tx, libraryId, user.id, person.role, ctx.clock.now());
    return ok(null);
  });
}
