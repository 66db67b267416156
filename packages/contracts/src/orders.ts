import { z } from 'zod';
import { CalendarDate, Id } from './common.ts';
import { Amounts } from './catalog.ts';
import { VatTotal } from './cart.ts';
import { ExtraFieldValue } from './distribution.ts';

/** Checkout (CHK-2, CHK-3) and orders (ORD-1, ORD-2, ORD-4). */

export const OrderStatus = z.enum(['awaiting_payment', 'processing', 'partially_delivered', 'shipped', 'invoiced', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;
export const LineStatus = z.enum(['processing', 'partially_delivered', 'shipped', 'invoiced', 'cancelled']);
export type LineStatus = z.infer<typeof LineStatus>;
export const OrderChannel = z.enum(['web', 'phone', 'email', 'edi']);
export type OrderChannel = z.infer<typeof OrderChannel>;
export const PaymentMethod = z.enum(['invoice', 'prepayment']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export const Carrier = z.enum(['posten_bring', 'postnord', 'db_schenker', 'collicare', 'other']);
export type Carrier = z.infer<typeof Carrier>;

export const CheckoutBody = z
  .object({
    /** Made by the client once per checkout attempt: a retry with it returns the same order. */
    idempotencyKey: z.string().trim().min(16, 'At least 16 characters').max(100),
    /** The cart version the buyer reviewed; a cart changed since is refused (409 cart_changed). */
    cartVersion: z.string().min(1).max(100),
    deliveryAddressId: Id,
    requisition: z.string().trim().max(60, 'At most 60 characters').default(''),
    orderReference: z.string().trim().max(60, 'At most 60 characters').default(''),
    costCentre: z.string().trim().max(40, 'At most 40 characters').default(''),
    payment: PaymentMethod,
  })
  .strict();
export type CheckoutBody = z.infer<typeof CheckoutBody>;

/** What checkout offers the buyer: the account's addresses and whether it may pay on invoice. */
export const CheckoutOptions = z.object({
  deliveryAddresses: z.array(z.object({ id: Id, label: z.string(), recipient: z.string(), line1: z.string(), line2: z.string(), postalCode: z.string(), city: z.string(), country: z.string() })),
  payOnInvoiceAllowed: z.boolean(),
});
export type CheckoutOptions = z.infer<typeof CheckoutOptions>;

export const DeliveryAddressSnapshot = z.object({
  label: z.string(),
  recipient: z.string(),
  line1: z.string(),
  line2: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

export const OrderLine = z.object({
  id: Id,
  lineNo: z.number().int(),
  productId: Id.nullable(),
  isbn: z.string(),
  title: z.string(),
  contributor: z.string(),
  quantity: z.number().int(),
  deliveredQuantity: z.number().int(),
  status: LineStatus,
  lineReference: z.string(),
  budgetCode: z.string().nullable(),
  department: z.string().nullable(),
  shelfLocation: z.string().nullable(),
  materialType: z.string().nullable(),
  extraFields: z.array(ExtraFieldValue),
  vatRateBp: z.number().int(),
  discountBp: z.number().int(),
  unitListGross: z.number().int(),
  unitGross: z.number().int(),
  line: Amounts,
});
export type OrderLine = z.infer<typeof OrderLine>;

export const TrackedDelivery = z.object({
  id: Id,
  deliveryNo: z.number().int(),
  carrier: Carrier,
  waybill: z.string(),
  /** The carrier's tracking page for the waybill; null when the store has no template for the carrier. */
  trackingUrl: z.string().nullable(),
  shippedAt: z.string(),
  lines: z.array(z.object({ orderLineId: Id, quantity: z.number().int() })),
});
export type TrackedDelivery = z.infer<typeof TrackedDelivery>;

export const InvoiceSummary = z.object({
  id: Id,
  invoiceNumber: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  totalGrossMinor: z.number().int(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const OrderSummary = z.object({
  id: Id,
  orderNumber: z.string(),
  status: OrderStatus,
  channel: OrderChannel,
  payment: PaymentMethod,
  placedAt: z.string(),
  placedOn: z.string(),
  placedBy: z.object({ userId: Id.nullable(), name: z.string() }),
  requisition: z.string(),
  orderReference: z.string(),
  lineCount: z.number().int(),
  copies: z.number().int(),
  currency: z.string(),
  totals: Amounts,
  account: z.object({ id: Id, name: z.string(), customerNumber: z.string() }),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

export const OrderDetail = OrderSummary.extend({
  costCentre: z.string(),
  deliveryAddress: DeliveryAddressSnapshot,
  paidAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  lines: z.array(OrderLine),
  vatTotals: z.array(VatTotal),
  deliveries: z.array(TrackedDelivery),
  invoice: InvoiceSummary.nullable(),
  /** True while the order may still be cancelled by the buyer (same day, nothing delivered). */
  cancellable: z.boolean(),
});
export type OrderDetail = z.infer<typeof OrderDetail>;


/** The overview's filters (ORD-1): all optional; `mine` is the "my orders" shortcut. */
export const OrderQuery = z
  .object({
    buyer: Id.optional(),
    mine: z.enum(['true', 'false']).optional(),
    status: OrderStatus.optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
    requisition: z.string().trim().max(60).optional(),
    /** An ISBN (with or without hyphens) or words of a title. */
    title: z.string().trim().max(100).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type OrderQuery = z.infer<typeof OrderQuery>;

export const OrderPage = z.object({
  items: z.array(OrderSummary),
  /** Counted up to 1,000; `totalCapped` says there are more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  buyers: z.array(z.object({ userId: Id, name: z.string() })),
});
export type OrderPage = z.infer<typeof OrderPage>;

/** "Already ordered by your account" (ORD): per product, how many copies and when last. */
export const OrderedBefore = z.object({
  productId: Id,
  copies: z.number().int(),
  orders: z.number().int(),
  lastOrderedOn: z.string(),
});
export type OrderedBefore = z.infer<typeof OrderedBefore>;
