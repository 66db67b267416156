import type { PriceTermsView } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findPriceTerms, type PriceTermsRow } from './price-terms.repo.ts';

export function priceTermsView(ctx: AppContext, terms: PriceTermsRow): PriceTermsView {
  const pricing = ctx.config.store.pricing;
  return {
    ...terms,
    fixedPriceCapBp: pricing.fixedPriceDiscountCapBp[terms.customerType],
    fixedPriceCapsBp: { ...pricing.fixedPriceDiscountCapBp },
    fixedPricePeriodMonths: pricing.fixedPricePeriodMonths,
  };
}

/** An account's discounts for the backoffice, with the law's cap for its customer type. */
export async function getPriceTerms(ctx: AppContext, accountId: string): Promise<Result<PriceTermsView, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const terms = await findPriceTerms(tx, accountId);
    return terms ? ok(priceTermsView(ctx, terms)) : err('not_found', 'No such account');
  });
}
