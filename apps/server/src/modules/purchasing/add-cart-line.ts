import type { AddCartLineBody, Cart } from '@hylle/contracts';
import { distributionDefaultsOf, loadDistributionRules } from '../distribution/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkLineValues, type LineValueFailure } from './cart-line-values.ts';
import { countCartLines, insertCartLines, MAX_CART_LINES, productExists, type CartOwner } from './carts.repo.ts';
import { readCart } from './read-cart.ts';

/**
 * Puts a title in the cart (CHK-1) as a new line, even when the title is already there: a
 * library orders one title for several departments on separate lines. Values the buyer
 * leaves out come from their distribution defaults (INT-1).
 */
export async function addCartLine(
  ctx: AppContext,
  owner: CartOwner,
  body: AddCartLineBody,
): Promise<Result<Cart, 'not_found' | 'unavailable' | 'cart_full' | 'account_changed' | LineValueFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    const rules = await loadDistributionRules(tx, owner.accountId);
    const product = await productExists(tx, body.productId);
    if (!product) return err('not_found', 'No such title', 'productId');
    if (product.availability === 'out_of_print') return err('unavailable', 'The title is out of print and cannot be ordered', 'productId');
    if ((await countCartLines(tx, owner)) >= MAX_CART_LINES) {
      return err('cart_full', `A cart holds at most ${MAX_CART_LINES} lines; check out or remove some first`);
    }
    const defaults = await distributionDefaultsOf(tx, owner.accountId, owner.userId);
    const values = await checkLineValues(tx, owner.accountId, rules, {
      quantity: body.quantity,
      lineReference: body.lineReference ?? '',
      budgetCodeId: body.budgetCodeId === undefined ? defaults.budgetCodeId : body.budgetCodeId,
      department: body.department === undefined ? defaults.department : body.department,
      shelfLocation: body.shelfLocation === undefined ? defaults.shelfLocation : body.shelfLocation,
      materialType: body.materialType === undefined ? defaults.materialType : body.materialType,
      extraFields: body.extraFields ?? [],
    });
    if (!values.ok) return values;
    await insertCartLines(tx, owner, [{ ...values.value, productId: body.productId }], ctx.clock.now());
    const cart = await readCart(ctx, tx, owner, { lock: false, rules });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
