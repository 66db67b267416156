import type { DeliveryAddress } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { listDeliveryAddresses } from './delivery-addresses.repo.ts';
import { toDeliveryAddress } from './views.ts';

/** Every member may see the addresses: buyers pick one at checkout (ACC-7). */
export async function listAccountDeliveryAddresses(ctx: AppContext, accountId: string): Promise<Result<DeliveryAddress[]>> {
  return inTransaction(ctx.db, async (tx) => ok((await listDeliveryAddresses(tx, accountId)).map(toDeliveryAddress)));
}
