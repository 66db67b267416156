import type { AddressJson } from '../accounts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { todayInZone } from '../pricing/index.ts';
import type { InvoiceDocument, PackingSlip } from './documents/index.ts';
import type { DeliveryAddressSnapshot } from './orders.schema.ts';
import type { OrderLineRow, OrderRow } from './orders.repo.ts';

type Account = { name: string; customerNumber: string; organisationNumber: string; postalAddress: AddressJson | null };

function addressLines(address: Pick<AddressJson, 'line1' | 'line2' | 'postalCode' | 'city'>): string[] {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`].filter((line) => line.trim() !== '');
}

function shipTo(address: DeliveryAddressSnapshot, accountName: string) {
  return { name: address.recipient || accountName, lines: [...(address.recipient ? [accountName] : []), address.label, ...addressLines(address)] };
}

/** The invoice as a document (ORD-6): the order's lines and totals as they were charged. */
export function invoiceDocumentOf(
  ctx: AppContext,
  parts: { order: OrderRow; lines: OrderLineRow[]; account: Account; invoice: { invoiceNumber: string; issuedOn: string; dueOn: string }; deliveryNos: number[] },
): InvoiceDocument {
  const { store } = ctx.config;
  const { order, lines, account, invoice } = parts;
  const byRate = new Map<number, { vatRateBp: number; net: number; vat: number; gross: number }>();
  for (const line of lines) {
    const total = byRate.get(line.vatRateBp) ?? { vatRateBp: line.vatRateBp, net: 0, vat: 0, gross: 0 };
    total.net += line.lineNetMinor;
    total.vat += line.lineVatMinor;
    total.gross += line.lineGrossMinor;
    byRate.set(line.vatRateBp, total);
  }
  return {
    language: store.defaultLanguage,
    currency: store.currency,
    seller: { name: store.name, lines: store.seller.addressLines, organisationNumber: store.seller.organisationNumber, bankAccount: store.seller.bankAccount, vatRegistered: store.seller.vatRegistered },
    buyer: {
      name: account.name,
      lines: account.postalAddress ? addressLines(account.postalAddress) : [],
      organisationNumber: account.organisationNumber,
      customerNumber: account.customerNumber,
    },
    invoiceNumber: invoice.invoiceNumber,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    paidOn: order.paidAt ? todayInZone(order.paidAt, store.timeZone) : null,
    orderNumber: order.orderNumber,
    orderDate: order.placedOn,
    requisition: order.requisition,
    orderReference: order.orderReference,
    costCentre: order.costCentre,
    deliveryNos: parts.deliveryNos,
    lines: lines.map((line) => ({
      isbn: line.isbn,
      title: line.title,
      quantity: line.quantity,
      unitListGross: line.unitListGrossMinor,
      discountBp: line.discountBp,
      unitGross: line.unitGrossMinor,
      vatRateBp: line.vatRateBp,
      lineNet: line.lineNetMinor,
      lineVat: line.lineVatMinor,
      lineGross: line.lineGrossMinor,
      lineReference: line.lineReference,
      department: line.department,
      budgetCode: line.budgetCode,
    })),
    vatTotals: [...byRate.values()].sort((a, b) => b.vatRateBp - a.vatRateBp),
    totals: { net: order.totalNetMinor, vat: order.totalVatMinor, gross: order.totalGrossMinor },
  };
}

/** The packing slip of one delivery (ORD-5): what this parcel holds, by department. */
export function packingSlipOf(
  ctx: AppContext,
  parts: {
    order: OrderRow;
    account: Account;
    delivery: { deliveryNo: number; carrier: string; waybill: string; shippedOn: string };
    deliveryCount: number;
    lines: { line: OrderLineRow; quantity: number }[];
  },
): PackingSlip {
  const { store } = ctx.config;
  const { order, account, delivery } = parts;
  return {
    language: store.defaultLanguage,
    store: { name: store.name, lines: store.seller.addressLines },
    shipTo: shipTo(order.deliveryAddress, account.name),
    customerNumber: account.customerNumber,
    accountName: account.name,
    orderNumber: order.orderNumber,
    deliveryNo: delivery.deliveryNo,
    deliveryCount: parts.deliveryCount,
    orderDate: order.placedOn,
    shippedOn: delivery.shippedOn,
    requisition: order.requisition,
    orderReference: order.orderReference,
    carrier: delivery.carrier,
    waybill: delivery.waybill,
    lines: parts.lines.map(({ line, quantity }) => ({
      isbn: line.isbn,
      title: line.title,
      contributor: line.contributor,
      quantity,
      lineReference: line.lineReference,
      budgetCode: line.budgetCode,
      department: line.department,
      shelfLocation: line.shelfLocation,
      materialType: line.materialType,
      extraFields: line.extraFields,
    })),
  };
}
