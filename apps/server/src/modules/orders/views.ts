import type { OrderDetail, OrderLine, OrderSummary, TrackedDelivery, VatTotal } from '@hylle/contracts';
import type { Carrier } from './fulfilment.schema.ts';
import type { OrderLineRow, OrderRow } from './orders.repo.ts';

/** The carrier's tracking page for a waybill, from the store's templates (ORD-3). */
export type TrackingLink = (carrier: Carrier, waybill: string) => string | null;

export function toOrderSummary(
  order: OrderRow,
  counts: { lineCount: number; copies: number },
  account: { name: string; customerNumber: string },
): OrderSummary {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    status: order.status,
    channel: order.channel,
    payment: order.payment,
    placedAt: order.placedAt.toISOString(),
    placedOn: order.placedOn,
    placedBy: { userId: order.placedByUserId, name: order.placedByName },
    requisition: order.requisition,
    orderReference: order.orderReference,
    lineCount: counts.lineCount,
    copies: counts.copies,
    currency: order.currency,
    totals: { net: order.totalNetMinor, vat: order.totalVatMinor, gross: order.totalGrossMinor },
    account: { id: order.accountId, name: account.name, customerNumber: account.customerNumber },
  };
}

export function toOrderLine(line: OrderLineRow): OrderLine {
  return {
    id: line.id,
    lineNo: line.lineNo,
    productId: line.productId,
    isbn: line.isbn,
    title: line.title,
    contributor: line.contributor,
    quantity: line.quantity,
    deliveredQuantity: line.deliveredQuantity,
    status: line.status,
    lineReference: line.lineReference,
    budgetCode: line.budgetCode,
    department: line.department,
    shelfLocation: line.shelfLocation,
    materialType: line.materialType,
    extraFields: line.extraFields,
    vatRateBp: line.vatRateBp,
    discountBp: line.discountBp,
    unitListGross: line.unitListGrossMinor,
    unitGross: line.unitGrossMinor,
    line: { net: line.lineNetMinor, vat: line.lineVatMinor, gross: line.lineGrossMinor },
  };
}

/** Totals per VAT rate, highest rate first, as the review page and the invoice show them. */
export function vatTotalsOf(lines: OrderLineRow[]): VatTotal[] {
  const byRate = new Map<number, VatTotal>();
  for (const line of lines) {
    const total = byRate.get(line.vatRateBp) ?? { vatRateBp: line.vatRateBp, net: 0, vat: 0, gross: 0 };
    total.net += line.lineNetMinor;
    total.vat += line.lineVatMinor;
    total.gross += line.lineGrossMinor;
    byRate.set(line.vatRateBp, total);
  }
  return [...byRate.values()].sort((a, b) => b.vatRateBp - a.vatRateBp);
}

export type OrderParts = {
  order: OrderRow;
  account: { name: string; customerNumber: string };
  lines: OrderLineRow[];
  deliveries: { delivery: { id: string; deliveryNo: number; carrier: Carrier; waybill: string; shippedAt: Date }; lines: { orderLineId: string; quantity: number }[] }[];
  invoice: { id: string; invoiceNumber: string; issuedOn: string; dueOn: string; totalGrossMinor: number } | undefined;
  cancellable: boolean;
};

export function toOrderDetail(parts: OrderParts, trackingLink: TrackingLink): OrderDetail {
  const { order, lines } = parts;
  const deliveries: TrackedDelivery[] = parts.deliveries.map(({ delivery, lines: sent }) => ({
    id: delivery.id,
    deliveryNo: delivery.deliveryNo,
    carrier: delivery.carrier,
    waybill: delivery.waybill,
    trackingUrl: trackingLink(delivery.carrier, delivery.waybill),
    shippedAt: delivery.shippedAt.toISOString(),
    lines: sent.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
  }));
  return {
    ...toOrderSummary(order, { lineCount: lines.length, copies: lines.reduce((n, l) => n + l.quantity, 0) }, parts.account),
    costCentre: order.costCentre,
    deliveryAddress: order.deliveryAddress,
    paidAt: order.paidAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    lines: lines.map(toOrderLine),
    vatTotals: vatTotalsOf(lines),
    deliveries,
    invoice: parts.invoice
      ? {
          id: parts.invoice.id,
          invoiceNumber: parts.invoice.invoiceNumber,
          issuedOn: parts.invoice.issuedOn,
          dueOn: parts.invoice.dueOn,
          totalGrossMinor: parts.invoice.totalGrossMinor,
        }
      : null,
    cancellable: parts.cancellable,
  };
}
