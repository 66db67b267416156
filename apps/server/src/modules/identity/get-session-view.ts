import type { SessionView } from '@hylle/contracts';
import type { Auth } from '../../platform/auth-session.ts';
import type { IdentityContext } from './identity-context.ts';
import { setSessionAccount } from './sessions.repo.ts';

/**
 * What the web app shows in its header. The current account is only trusted while the
 * user is still a member of it; otherwise the session moves to the first account the user
 * still has (or none), here, where the user sees it — customer requests never move it.
 */
export async function getSessionView(
  ctx: IdentityContext,
  auth: Auth | null,
  csrfToken: string,
): Promise<SessionView> {
  const { store } = ctx.config;
  const storeInfo = {
    name: store.name,
    country: store.country,
    currency: store.currency,
    timeZone: store.timeZone,
    languages: store.languages,
    defaultLanguage: store.defaultLanguage,
    customerManagesDeliveryAddresses: store.customerManagesDeliveryAddresses,
    customerService: store.customerService,
  };
  if (!auth) return { user: null, memberships: [], currentAccountId: null, csrfToken, store: storeInfo };
  const { memberships, current } = await ctx.db.transaction(async (tx) => {
    const all = await ctx.memberships.membershipsOf(tx, auth.user.id);
    const chosen = all.find((m) => m.accountId === auth.currentAccountId) ?? all[0];
    const chosenId = chosen?.accountId ?? null;
    if (chosenId !== auth.currentAccountId) await setSessionAccount(tx, auth.tokenHash, chosenId);
    return { memberships: all, current: chosen };
  });
  return {
    user: auth.user,
    memberships,
    currentAccountId: current?.accountId ?? null,
    csrfToken,
    store: storeInfo,
  };
}
