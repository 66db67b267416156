import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpProblem } from '../../platform/http-errors.ts';
import { findStaffRole } from './libraries.repo.ts';

/** Who acts in which library, as every library use case is given it. */
export type LibraryActor = { libraryId: string; userId: string; role: 'admin' | 'desk' };

/**
 * The one place a library request gets its library: the user must be on its staff, read on
 * every request. A library the user is not on the staff of does not exist for them (404),
 * like another account's data; the desk may not configure (403).
 */
export async function libraryScope(ctx: AppContext, auth: Auth | null, libraryId: string, needs: 'admin' | 'desk'): Promise<LibraryActor> {
  if (!auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  const role = await findStaffRole(ctx.db, libraryId, auth.user.id);
  if (!role) throw new HttpProblem('not_found', 'No such library');
  if (needs === 'admin' && role !== 'admin') throw new HttpProblem('forbidden', 'Only the library’s administrators may change its rules');
  return { libraryId, userId: auth.user.id, role };
}
