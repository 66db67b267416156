import type { CheckoutOptions } from '@hylle/contracts';
import { findAccount, listDeliveryAddresses } from '../accounts/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';

/** What the checkout page offers (CHK-2, CHK-3): the account's delivery addresses and whether it may pay on invoice. */
export async function getCheckoutOptions(ctx: AppContext, accountId: string): Promise<Result<CheckoutOptions, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const account = await findAccount(tx, accountId);
    if (!account) return err('not_found', 'No such account');
    const addresses = await listDeliveryAddresses(tx, accountId);
    return ok({
      deliveryAddresses: addresses.map((a) => ({
        id: a.id,
        label: a.label,
        recipient: a.recipient,
        line1: a.line1,
        line2: a.line2,
        postalCode: a.postalCode,
        city: a.city,
        country: a.country,
      })),
      payOnInvoiceAllowed: account.payOnInvoiceAllowed,
    });
  });
}
