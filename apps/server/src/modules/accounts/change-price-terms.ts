import type { PriceTerms, PriceTermsView } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccountForUpdate } from './accounts.repo.ts';
import { auditChange, type Actor } from './actor.ts';
import { priceTermsView } from './get-price-terms.ts';
import { updatePriceTermsRow } from './price-terms.repo.ts';

/**
 * Staff set an account's customer type and discounts (CAT-4). A fixed-price discount above
 * the law's cap is kept as agreed and cut to the cap when prices are computed, so a later
 * change of the law or of the customer type needs no new agreement; the form shows the cap.
 */
export async function changePriceTerms(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'staff' }>,
  accountId: string,
  terms: PriceTerms,
): Promise<Result<PriceTermsView, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const account = await findAccountForUpdate(tx, accountId);
    if (!account) return err('not_found', 'No such account');
    const before = {
      customerType: account.customerType,
      fixedPriceDiscountBp: account.fixedPriceDiscountBp,
      standardDiscountBp: account.standardDiscountBp,
    };
    await updatePriceTermsRow(tx, accountId, terms, ctx.clock.now());
    await auditChange(tx, actor, { action: 'account.price_terms_changed', accountId, before, after: { ...terms } }, ctx.clock.now());
    return ok(priceTermsView(ctx, terms));
  });
}
