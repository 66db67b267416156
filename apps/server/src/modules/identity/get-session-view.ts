import type { SessionView } from '@hylle/contracts';
import type { Auth } from '../../platform/auth-session.ts';
import type { IdentityContext } from './identity-context.ts';

/**
 * What the web app shows in its header. The current account is only trusted while the
 * user is still a member of it: a removed member falls back to another account at once.
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
  };
  if (!auth) return { user: null, memberships: [], currentAccountId: null, csrfToken, store: storeInfo };
  const memberships = await ctx.db.transaction((tx) => ctx.memberships.membershipsOf(tx, auth.user.id));
  const current = memberships.find((m) => m.accountId === auth.currentAccountId) ?? memberships[0];
  return {
    user: auth.user,
    memberships,
    currentAccountId: current?.accountId ?? null,
    csrfToken,
    store: storeInfo,
  };
}
