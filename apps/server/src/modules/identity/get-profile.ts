import type { Profile } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findUserById, type UserRow } from './users.repo.ts';

export const toProfile = (user: UserRow): Profile => ({
  email: user.email,
  name: user.name,
  phone: user.phone,
  newsletter: user.newsletter,
});

export async function getProfile(ctx: AppContext, userId: string): Promise<Result<Profile, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const user = await findUserById(tx, userId);
    return user ? ok(toProfile(user)) : err('not_found');
  });
}
