import type { Profile } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { toProfile } from './get-profile.ts';
import { updateUserProfile } from './users.repo.ts';

/** Name, phone and the newsletter choice (ACC-10); the e-mail is the sign-in and stays. */
export async function updateProfile(
  ctx: AppContext,
  userId: string,
  profile: { name: string; phone: string; newsletter: boolean },
): Promise<Result<Profile, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const user = await updateUserProfile(tx, userId, profile);
    return user ? ok(toProfile(user)) : err('not_found');
  });
}
