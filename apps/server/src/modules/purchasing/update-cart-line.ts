import type { Cart, UpdateCartLineBody } from '@hylle/contracts';
import { loadDistributionRules } from '../distribution/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkLineValues, type LineValueFailure } from './cart-line-values.ts';
import { updateCartLine as updateLineRow, type CartOwner } from './carts.repo.ts';
import { readCart } from './read-cart.ts';

/** Changes a line's quantity, reference, budget code or distribution info (CHK-1); the cart is priced again. */
export async function updateCartLine(
  ctx: AppContext,
  owner: CartOwner,
  lineId: string,
  body: UpdateCartLineBody,
): Promise<Result<Cart, 'not_found' | 'account_changed' | LineValueFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    const rules = await loadDistributionRules(tx, owner.accountId);
    const values = await checkLineValues(tx, owner.accountId, rules, body);
    if (!values.ok) return values;
    if (!(await updateLineRow(tx, owner, lineId, values.value, ctx.clock.now()))) return err('not_found', 'No such line in your cart');
    const cart = await readCart(ctx, tx, owner, { lock: false, rules });
    return cart ? ok(cart.view) : err('account_changed', 'You are no longer a member of the account');
  });
}
