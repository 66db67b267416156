import type { AddCartLineBody, Cart } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkLineValues, withDefaults, type LineValueFailure } from './cart-line-values.ts';
import { addCheckedCartLine, MAX_CART_LINES, type CartOwner } from './carts.repo.ts';
import { loadCartSetting, readCart } from './read-cart.ts';

/**
 * Puts a title in the cart (CHK-1) as a new line, even when the title is already there: a
 * library orders one title for several departments on separate lines. Values the buyer
 * leaves out come from their distribution defaults (INT-1).
 *
 * The commonest write of all, so it is four statements: the setting, the line checked and
 * inserted in one, and the cart read back.
 */
export async function addCartLine(
  ctx: AppContext,
  owner: CartOwner,
  body: AddCartLineBody,
): Promise<Result<Cart, 'not_found' | 'unavailable' | 'cart_full' | 'account_changed' | LineValueFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    const setting = await loadCartSetting(tx, owner);
    if (!setting) return err('account_changed', 'You are no longer a member of the account');
    const values = checkLineValues(setting, {
      quantity: body.quantity,
      lineReference: body.lineReference ?? '',
      ...withDefaults(setting, body),
      extraFields: body.extraFields ?? [],
    });
    if (!values.ok) return values;
    const outcome = await addCheckedCartLine(tx, owner, { ...values.value, productId: body.productId }, ctx.clock.now());
    if (outcome === 'no_such_product') return err('not_found', 'No such title', 'productId');
    if (outcome === 'unavailable') return err('unavailable', 'The title is out of print and cannot be ordered', 'productId');
    if (outcome === 'cart_full') return err('cart_full', `A cart holds at most ${MAX_CART_LINES} lines; check out or remove some first`);
    const cart = await readCart(ctx, tx, owner, { lock: false, setting });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
