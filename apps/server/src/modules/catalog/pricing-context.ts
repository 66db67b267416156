import { priceTermsForMember } from '../accounts/index.ts';
import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db.ts';
import { storePricing, todayInZone } from '../pricing/index.ts';
import type { PricingContext } from './product-views.ts';

/**
 * Prices for whoever asks: a member of an account gets the account's terms, anyone else
 * the list price. Membership is checked here, inside the reading transaction, so a user
 * removed from an account stops seeing its prices at once.
 */
export async function pricingContextFor(ctx: AppContext, tx: Tx | Database, auth: Auth | null): Promise<PricingContext> {
  const pricing = storePricing(ctx.config.store);
  const today = todayInZone(ctx.clock.now(), ctx.config.store.timeZone);
  if (!auth?.currentAccountId) return { pricing, terms: null, today };
  const terms = await priceTermsForMember(tx, auth.user.id, auth.currentAccountId);
  return { pricing, terms: terms ?? null, today };
}
