import type { Cart } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { deleteCartLine, deleteCartLines, type CartOwner } from './carts.repo.ts';
import { loadCartSetting, readCart } from './read-cart.ts';

/** Takes one line out of the cart, or every line when `lineId` is null. */
export async function removeCartLine(ctx: AppContext, owner: CartOwner, lineId: string | null): Promise<Result<Cart, 'not_found' | 'account_changed'>> {
  return inTransaction(ctx.db, async (tx) => {
    const setting = await loadCartSetting(tx, owner);
    if (!setting) return err('account_changed', 'You are no longer a member of the account');
    if (lineId === null) await deleteCartLines(tx, owner);
    else if (!(await deleteCartLine(tx, owner, lineId))) return err('not_found', 'No such line in your cart');
    const cart = await readCart(ctx, tx, owner, { lock: false, setting });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
