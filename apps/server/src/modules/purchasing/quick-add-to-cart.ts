import type { QuickAddBody, QuickAddReport } from '@hylle/contracts';
import { parseIsbn } from '../catalog/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkLineValues, withDefaults, type LineValueFailure } from './cart-line-values.ts';
import { countCartLines, insertCartLines, MAX_CART_LINES, productsByIsbns, type CartOwner, type NewCartLine } from './carts.repo.ts';
import { parseIsbnList } from './domain/isbn-list.ts';
import { loadCartSetting, readCart } from './read-cart.ts';

/**
 * Quick add (CHK-1): a pasted ISBN list or CSV becomes cart lines with the given budget code
 * and distribution info (or the buyer's defaults), and a report of every line that could not
 * be added and why. All or nothing for what can be added: one transaction.
 */
export async function quickAddToCart(
  ctx: AppContext,
  owner: CartOwner,
  body: QuickAddBody,
): Promise<Result<QuickAddReport, 'empty_list' | 'cart_full' | 'account_changed' | LineValueFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    const setting = await loadCartSetting(tx, owner);
    if (!setting) return err('account_changed', 'You are no longer a member of the account');
    const entries = parseIsbnList(body.text, parseIsbn);
    if (entries.length === 0) return err('empty_list', 'Paste at least one ISBN', 'text');
    const values = checkLineValues(setting, { quantity: 1, lineReference: '', ...withDefaults(setting, body), extraFields: [] });
    if (!values.ok) return values;

    const found = await productsByIsbns(tx, [...new Set(entries.flatMap((e) => (e.ok ? [e.isbn] : [])))]);
    const notAdded: QuickAddReport['notAdded'] = [];
    const lines: NewCartLine[] = [];
    for (const entry of entries) {
      if (!entry.ok) {
        notAdded.push({ line: entry.line, text: entry.text, reason: entry.reason });
        continue;
      }
      const product = found.get(entry.isbn);
      if (!product) notAdded.push({ line: entry.line, text: entry.text, reason: 'not_in_catalogue' });
      else if (product.availability === 'out_of_print') notAdded.push({ line: entry.line, text: entry.text, reason: 'unavailable' });
      else lines.push({ ...values.value, productId: product.id, quantity: entry.quantity });
    }
    if ((await countCartLines(tx, owner)) + lines.length > MAX_CART_LINES) {
      return err('cart_full', `A cart holds at most ${MAX_CART_LINES} lines; this list would make it more`, 'text');
    }
    await insertCartLines(tx, owner, lines, ctx.clock.now());
    const cart = await readCart(ctx, tx, owner, { lock: false, setting });
    if (!cart) return err('account_changed', 'You are no longer a member of the account');
    return ok({ added: lines.length, notAdded, cart: cart.view });
  });
}
