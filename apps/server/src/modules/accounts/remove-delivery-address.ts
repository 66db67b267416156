import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { auditChange, type Actor } from './actor.ts';
import { mayManageDeliveryAddresses } from './delivery-address-permission.ts';
import { removeDeliveryAddress as removeAddressRow } from './delivery-addresses.repo.ts';
import { toDeliveryAddress } from './views.ts';

export async function removeDeliveryAddress(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  addressId: string,
): Promise<Result<null, 'forbidden' | 'addresses_by_customer_service' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayManageDeliveryAddresses(tx, ctx.config.store, actor, accountId);
    if (!allowed.ok) return allowed;
    const now = ctx.clock.now();
    const removed = await removeAddressRow(tx, accountId, addressId, now);
    if (!removed) return err('not_found', 'No such delivery address');
    await auditChange(
      tx,
      actor,
      { action: 'delivery_address.removed', accountId, before: toDeliveryAddress(removed), after: null },
      now,
    );
    return ok(null);
  });
}
