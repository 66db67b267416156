import type { Cart } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { CartOwner } from './carts.repo.ts';
import { readCart } from './read-cart.ts';

/** The buyer's cart for the current account, priced now (CHK-1). */
export async function getCart(ctx: AppContext, owner: CartOwner): Promise<Result<Cart, 'account_changed'>> {
  return inTransaction(ctx.db, async (tx) => {
    const cart = await readCart(ctx, tx, owner, { lock: false });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
