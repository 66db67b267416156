import type { Member, Role } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findOrInsertUser } from '../identity/index.ts';
import { findAccount } from './accounts.repo.ts';
import { auditChange, mayAdminister, type Actor } from './actor.ts';
import { invitationMail } from './mail-texts.ts';
import { insertMembership } from './memberships.repo.ts';
import { toMember } from './views.ts';

export type NewMember = { email: string; name: string; role: Role };

/** An admin (or staff) gives a colleague access; the colleague is told by e-mail. */
export async function addMember(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  person: NewMember,
): Promise<Result<Member, 'forbidden' | 'not_found' | 'already_member'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayAdminister(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const account = await findAccount(tx, accountId);
    if (!account) return err('not_found', 'No such account');
    // Each colleague has a personal sign-in (ACC-4): the person's user, made if new.
    const user = await findOrInsertUser(tx, person);
    const membership = await insertMembership(tx, { accountId, userId: user.id, role: person.role });
    if (!membership) return err('already_member', `${person.email} is already a user of this account`, 'email');

    const { store } = ctx.config;
    await enqueueMail(tx, {
      to: user.email,
      ...invitationMail[store.defaultLanguage]({
        accountName: account.name,
        storeName: store.name,
        signInUrl: `${ctx.config.publicUrl}/logg-inn`,
        invitedBy: actor.kind === 'member' ? actor.email : null,
      }),
    }, ctx.clock.now());
    const member = toMember({ userId: user.id, email: user.email, name: user.name, role: membership.role, joinedAt: membership.createdAt });
    await auditChange(tx, actor, { action: 'member.added', accountId, before: null, after: member }, ctx.clock.now());
    return ok(member);
  });
}
