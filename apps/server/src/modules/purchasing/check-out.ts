import type { CheckoutBody, OrderDetail } from '@hylle/contracts';
import { findAccountWithDeliveryAddress } from '../accounts/index.ts';
import { insertOrder, newOrderDetail, orderIdByKey, readOrderDetail, type NewOrderLine } from '../orders/index.ts';
import { err, ok, type Failure, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { debitBudget } from './budget-ledger.repo.ts';
import { deleteOrderedCartLines, type CartOwner } from './carts.repo.ts';
import { orderConfirmationMail } from './mail-texts.ts';
import { bylineOf, readCart, type ReadCart } from './read-cart.ts';

export type Buyer = CartOwner & { name: string; email: string };
export type CheckoutFailure =
  | 'cart_empty'
  | 'cart_changed'
  | 'cart_not_orderable'
  | 'invalid_delivery_address'
  | 'payment_not_allowed'
  | 'budget_exceeded'
  | 'idempotency_key_reused'
  | 'account_changed'
  | 'not_found';

/**
 * Places the buyer's cart as one order (CHK-2, CHK-3, CHK-4), in one transaction: the order
 * and its lines, the budget debits and the emptied cart stand or fall together.
 *
 * Idempotent: the client sends one key per checkout attempt. A retry, a double click or a
 * reload with the same key gets the order the key already made (`created: false`); two
 * requests with one key at the same time make one order, because the second waits on the
 * first's cart row locks and then finds the key taken. The key is looked up only after the
 * lines are locked: a repeat after success finds an empty cart to lock, then the order.
 */
export async function checkOut(ctx: AppContext, buyer: Buyer, body: CheckoutBody): Promise<Result<{ order: OrderDetail; created: boolean }, CheckoutFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    // Web keys have their own namespace: an order file's keys (import:…) can never collide with them.
    const key = `web:${body.idempotencyKey}`;
    const cart = await readCart(ctx, tx, buyer, { lock: true });
    if (!cart) return err('account_changed', 'You are no longer a member of the account');
    // The lines are locked now: a concurrent checkout with this key has committed or not started.
    const placed = await existingOrder(ctx, tx, buyer, key);
    if (placed) return placed;

    const refused = checkCart(cart, body.cartVersion);
    if (refused) return refused;
    const found = await findAccountWithDeliveryAddress(tx, buyer.accountId, body.deliveryAddressId);
    if (!found) return err('account_changed', 'The account no longer exists');
    const { account, address } = found;
    if (!address) return err('invalid_delivery_address', 'Choose one of the account’s delivery addresses', 'deliveryAddressId');
    if (body.payment === 'invoice' && !account.payOnInvoiceAllowed) {
      return err('payment_not_allowed', 'This account pays in advance; choose prepayment', 'payment');
    }

    const now = ctx.clock.now();
    const inserted = await insertOrder(
      tx,
      {
        accountId: buyer.accountId,
        placedByUserId: buyer.userId,
        placedByName: buyer.name || buyer.email,
        channel: 'web',
        status: body.payment === 'prepayment' ? 'awaiting_payment' : 'processing',
        payment: body.payment,
        requisition: body.requisition,
        orderReference: body.orderReference,
        costCentre: body.costCentre,
        deliveryAddressId: address.id,
        deliveryAddress: {
          label: address.label,
          recipient: address.recipient,
          line1: address.line1,
          line2: address.line2,
          postalCode: address.postalCode,
          city: address.city,
          country: address.country,
        },
        currency: ctx.config.store.currency,
        totalNetMinor: cart.priced.totals.net,
        totalVatMinor: cart.priced.totals.vat,
        totalGrossMinor: cart.priced.totals.gross,
        idempotencyKey: key,
        placedOn: cart.pricing.today,
        placedAt: now,
      },
      orderLinesOf(cart),
      now,
    );
    if (!inserted) throw new Error('the idempotency key was taken after the cart was locked');
    await deleteOrderedCartLines(tx, buyer, cart.rows.map((row) => row.line.id));
    const detail = newOrderDetail(ctx, inserted, account);
    const { store } = ctx.config;
    await enqueueMail(
      tx,
      { to: buyer.email, ...orderConfirmationMail[store.defaultLanguage]({ order: detail, storeName: store.name, orderUrl: `${ctx.config.publicUrl}/min-side/bestillinger/${detail.id}` }) },
      now,
    );
    // Last, so the budget codes' row locks are held for as short a time as possible.
    const debited = await debitBudgets(tx, cart, buyer, inserted.order.id, now);
    if (debited) return debited;
    return ok({ order: detail, created: true });
  });
}

async function existingOrder(ctx: AppContext, tx: Tx, buyer: Buyer, key: string) {
  const found = await orderIdByKey(tx, buyer.accountId, key);
  if (!found) return undefined;
  if (found.placedByUserId !== buyer.userId) {
    return err('idempotency_key_reused', 'This checkout key belongs to another order; reload the page and check out again');
  }
  const detail = await readOrderDetail(ctx, tx, found.id, buyer.accountId);
  return detail ? ok({ order: detail, created: false }) : err('not_found', 'No such order');
}

function checkCart(cart: ReadCart, reviewedVersion: string): Failure<CheckoutFailure> | undefined {
  if (cart.rows.length === 0) return err('cart_empty', 'The cart is empty');
  if (cart.priced.version !== reviewedVersion) {
    return err('cart_changed', 'The cart has changed since you reviewed it; look it over again before you order', 'cartVersion');
  }
  const problem = cart.view.lines.find((line) => line.problems.length > 0);
  if (problem) return err('cart_not_orderable', `“${problem.product.title}” cannot be ordered as it stands: ${problem.problems.join(', ')}`, `lines.${problem.id}`);
  return undefined;
}

function orderLinesOf(cart: ReadCart): NewOrderLine[] {
  return cart.rows.map(({ line, product, budgetCode }, i) => {
    const quote = cart.priced.lines[i]!.quote!;
    return {
      productId: line.productId,
      isbn: product.isbn,
      title: product.title,
      contributor: bylineOf(product.contributors),
      quantity: line.quantity,
      lineReference: line.lineReference,
      budgetCodeId: line.budgetCodeId,
      budgetCode,
      department: line.department,
      shelfLocation: line.shelfLocation,
      materialType: line.materialType,
      extraFields: line.extraFields,
      vatRateBp: quote.vatRateBp,
      discountBp: quote.discountBp,
      unitListGrossMinor: quote.listUnit.gross,
      unitGrossMinor: quote.unit.gross,
      lineNetMinor: quote.line.net,
      lineVatMinor: quote.line.vat,
      lineGrossMinor: quote.line.gross,
    };
  });
}

/**
 * Debits each budget code with its lines' gross (the discounted price the cart showed), in
 * code id order so two checkouts on the same codes lock them in the same order and never
 * deadlock. A code without enough left refuses the whole order.
 */
async function debitBudgets(tx: Tx, cart: ReadCart, buyer: Buyer, orderId: string, at: Date): Promise<Failure<'budget_exceeded' | 'not_found'> | undefined> {
  const perCode = new Map<string, number>();
  cart.rows.forEach(({ line }, i) => {
    if (line.budgetCodeId) perCode.set(line.budgetCodeId, (perCode.get(line.budgetCodeId) ?? 0) + cart.priced.lines[i]!.quote!.line.gross);
  });
  for (const [budgetCodeId, amountMinor] of [...perCode].sort(([a], [b]) => a.localeCompare(b))) {
    if (amountMinor <= 0) continue;
    const debit = await debitBudget(tx, { budgetCodeId, accountId: buyer.accountId, amountMinor, orderId, actorUserId: buyer.userId, at });
    if (!debit.ok) {
      const code = cart.codes.get(budgetCodeId)?.code ?? budgetCodeId;
      return debit.code === 'budget_exceeded'
        ? err('budget_exceeded', `Budget code ${code} has ${debit.remainingMinor} left, and this order needs ${amountMinor}`, `budget.${code}`)
        : err('not_found', `Budget code ${code} no longer exists`, 'budgetCodeId');
    }
  }
  return undefined;
}
