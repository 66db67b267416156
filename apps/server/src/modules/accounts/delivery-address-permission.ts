import { err, ok, type Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import type { StoreConfig } from '../../store-config.ts';
import { mayAdminister, type Actor } from './actor.ts';

/**
 * Staff always manage delivery addresses; an account admin only where the store lets
 * customers do it (S4) — elsewhere customer service adds them (S1).
 */
export async function mayManageDeliveryAddresses(
  tx: Tx,
  store: StoreConfig,
  actor: Actor,
  accountId: string,
): Promise<Result<null, 'forbidden' | 'addresses_by_customer_service'>> {
  const admin = await mayAdminister(tx, actor, accountId);
  if (!admin.ok) return admin;
  if (actor.kind === 'member' && !store.customerManagesDeliveryAddresses) {
    return err('addresses_by_customer_service', 'Contact customer service to add or change delivery addresses');
  }
  return ok(null);
}
