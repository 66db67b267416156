import type { Cart, UpdateCartLineBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkLineValues, type LineValueFailure } from './cart-line-values.ts';
import { updateCartLine as updateLineRow, type CartOwner } from './carts.repo.ts';
import { loadCartSetting, readCart } from './read-cart.ts';

/** Changes a line's quantity, reference, budget code or distribution info (CHK-1); the cart is priced again. */
export async function updateCartLine(
  ctx: AppContext,
  owner: CartOwner,
  lineId: string,
  body: UpdateCartLineBody,
): Promise<Result<Cart, 'not_found' | 'account_changed' | LineValueFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    const setting = await loadCartSetting(tx, owner);
    if (!setting) return err('account_changed', 'You are no longer a member of the account');
    const values = checkLineValues(setting, body);
    if (!values.ok) return values;
    if (!(await updateLineRow(tx, owner, lineId, values.value, ctx.clock.now()))) return err('not_found', 'No such line in your cart');
    const cart = await readCart(ctx, tx, owner, { lock: false, setting });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
