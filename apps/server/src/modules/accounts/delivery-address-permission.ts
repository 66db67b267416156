import type { StoreConfig } from '../../store-config.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { mayAdminister, type Actor } from './actor.ts';

/**
 * Staff always manage delivery addresses; an account admin only where the store lets
 * customers do it (S4) — elsewhere customer service adds them (S1).
 */
export function mayManageDeliveryAddresses(
  store: StoreConfig,
  actor: Actor,
  accountId: string,
): Result<null, 'forbidden' | 'addresses_by_customer_service'> {
  const admin = mayAdminister(actor, accountId);
  if (!admin.ok) return admin;
  if (actor.kind === 'member' && !store.customerManagesDeliveryAddresses) {
    return err('addresses_by_customer_service', 'Contact customer service to add or change delivery addresses');
  }
  return ok(null);
}
