import type { DeliveryAddress, DeliveryAddressBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount } from './accounts.repo.ts';
import { auditChange, type Actor } from './actor.ts';
import { mayManageDeliveryAddresses } from './delivery-address-permission.ts';
import { insertDeliveryAddress } from './delivery-addresses.repo.ts';
import { toDeliveryAddress } from './views.ts';

export async function addDeliveryAddress(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  body: DeliveryAddressBody,
): Promise<Result<DeliveryAddress, 'forbidden' | 'addresses_by_customer_service' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayManageDeliveryAddresses(tx, ctx.config.store, actor, accountId);
    if (!allowed.ok) return allowed;
    if (!(await findAccount(tx, accountId))) return err('not_found', 'No such account');
    const address = toDeliveryAddress(await insertDeliveryAddress(tx, accountId, body));
    await auditChange(tx, actor, { action: 'delivery_address.added', accountId, before: null, after: address }, ctx.clock.now());
    return ok(address);
  });
}
