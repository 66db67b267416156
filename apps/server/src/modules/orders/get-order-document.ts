import { findAccount } from '../accounts/index.ts';
import { todayInZone } from '../pricing/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { invoicePdf, packingSlipPdf } from './documents/index.ts';
import { invoiceDocumentOf, packingSlipOf } from './order-documents.ts';
import { deliveriesOfOrder, findOrder, invoiceOfOrder, linesOfOrder } from './orders.repo.ts';

export type PdfFile = { fileName: string; bytes: Uint8Array };

/**
 * The invoice copy of an order as a PDF (ORD-6), for a member of its account (`accountId`)
 * or staff (null). Not found when the order is another account's or not yet invoiced.
 */
export async function getInvoicePdf(ctx: AppContext, orderId: string, accountId: string | null): Promise<Result<PdfFile, 'not_found'>> {
  const parts = await inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, accountId, { lock: false });
    const invoice = found && (await invoiceOfOrder(tx, orderId));
    const account = found && (await findAccount(tx, found.order.accountId));
    if (!found || !invoice || !account) return err('not_found', 'The order has no invoice');
    const deliveries = await deliveriesOfOrder(tx, orderId);
    return ok({ order: found.order, lines: await linesOfOrder(tx, orderId), account, invoice, deliveryNos: deliveries.map((d) => d.delivery.deliveryNo) });
  });
  if (!parts.ok) return parts;
  // Drawn outside the transaction: the connection is not held while the PDF is laid out.
  const bytes = await invoicePdf(invoiceDocumentOf(ctx, parts.value));
  return ok({ fileName: `faktura-${parts.value.invoice.invoiceNumber}.pdf`, bytes });
}

/** The packing slip of one delivery of an order as a PDF (ORD-5). */
export async function getPackingSlipPdf(ctx: AppContext, orderId: string, deliveryId: string, accountId: string | null): Promise<Result<PdfFile, 'not_found'>> {
  const parts = await inTransaction(ctx.db, async (tx) => {
    const found = await findOrder(tx, orderId, accountId, { lock: false });
    const account = found && (await findAccount(tx, found.order.accountId));
    if (!found || !account) return err('not_found', 'No such order');
    const deliveries = await deliveriesOfOrder(tx, orderId);
    const delivery = deliveries.find((d) => d.delivery.id === deliveryId);
    if (!delivery) return err('not_found', 'No such delivery of the order');
    const lines = new Map((await linesOfOrder(tx, orderId)).map((line) => [line.id, line]));
    return ok({
      order: found.order,
      account,
      delivery: {
        deliveryNo: delivery.delivery.deliveryNo,
        carrier: delivery.delivery.carrier,
        waybill: delivery.delivery.waybill,
        shippedOn: todayInZone(delivery.delivery.shippedAt, ctx.config.store.timeZone),
      },
      deliveryCount: deliveries.length,
      lines: delivery.lines.flatMap((sent) => {
        const line = lines.get(sent.orderLineId);
        return line ? [{ line, quantity: sent.quantity }] : [];
      }),
    });
  });
  if (!parts.ok) return parts;
  const bytes = await packingSlipPdf(packingSlipOf(ctx, parts.value));
  return ok({ fileName: `folgeseddel-${parts.value.order.orderNumber}-${parts.value.delivery.deliveryNo}.pdf`, bytes });
}
