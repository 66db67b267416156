import type { OrderDetail } from '@hylle/contracts';
import { takeNextNumber } from '../accounts/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { todayInZone } from '../pricing/index.ts';
import { addDays } from './domain/calendar.ts';
import { insertInvoice, markLinesInvoiced, setOrderStatus } from './fulfilment.repo.ts';
import { findOrder, invoiceOfOrder } from './orders.repo.ts';
import { readOrderDetail } from './read-order.ts';

export const INVOICE_NUMBERS = 'invoice_number';
/** Days from the invoice date to its due date. */
export const PAYMENT_TERMS_DAYS = 30;

/**
 * Staff invoice a delivered order (ORD-6): one invoice per order, never several orders on one.
 * The number comes from a locked series in this transaction, so a failure gives it back and
 * numbers stay gapless; the order's row lock makes a second invoice of the order impossible.
 */
export async function issueInvoice(ctx: AppContext, staff: Actor, orderId: string): Promise<Result<OrderDetail, 'not_found' | 'not_delivered' | 'already_invoiced'>> {
  return inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, null, { lock: true });
    if (!found) return err('not_found', 'No such order');
    const { order } = found;
    if (await invoiceOfOrder(tx, orderId)) return err('already_invoiced', 'The order already has its invoice');
    if (order.status !== 'shipped') return err('not_delivered', 'Only an order delivered in full can be invoiced');
    const now = ctx.clock.now();
    const issuedOn = todayInZone(now, ctx.config.store.timeZone);
    const invoiceNumber = String(await takeNextNumber(tx, INVOICE_NUMBERS));
    await insertInvoice(tx, {
      invoiceNumber,
      orderId,
      accountId: order.accountId,
      issuedOn,
      dueOn: addDays(issuedOn, PAYMENT_TERMS_DAYS),
      currency: order.currency,
      totalNetMinor: order.totalNetMinor,
      totalVatMinor: order.totalVatMinor,
      totalGrossMinor: order.totalGrossMinor,
      issuedAt: now,
      issuedByUserId: staff.userId,
    });
    await markLinesInvoiced(tx, orderId);
    await setOrderStatus(tx, orderId, 'invoiced', now);
    await writeAudit(tx, { actor: staff, action: 'order.invoiced', accountId: order.accountId, before: { status: order.status }, after: { status: 'invoiced', invoiceNumber } }, now);
    const detail = await readOrderDetail(ctx, tx, orderId, null);
    return detail ? ok(detail) : err('not_found', 'No such order');
  });
}
