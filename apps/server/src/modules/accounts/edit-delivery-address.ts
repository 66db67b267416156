import type { DeliveryAddress, DeliveryAddressBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { auditChange, type Actor } from './actor.ts';
import { mayManageDeliveryAddresses } from './delivery-address-permission.ts';
import { findDeliveryAddress, updateDeliveryAddress } from './delivery-addresses.repo.ts';
import { toDeliveryAddress } from './views.ts';

export async function editDeliveryAddress(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  addressId: string,
  body: DeliveryAddressBody,
): Promise<Result<DeliveryAddress, 'forbidden' | 'addresses_by_customer_service' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayManageDeliveryAddresses(tx, ctx.config.store, actor, accountId);
    if (!allowed.ok) return allowed;
    const before = await findDeliveryAddress(tx, accountId, addressId);
    if (!before) return err('not_found', 'No such delivery address');
    const after = await updateDeliveryAddress(tx, accountId, addressId, body);
    if (!after) return err('not_found', 'No such delivery address');
    const view = toDeliveryAddress(after);
    await auditChange(
      tx,
      actor,
      { action: 'delivery_address.changed', accountId, before: toDeliveryAddress(before), after: view },
      ctx.clock.now(),
    );
    return ok(view);
  });
}
