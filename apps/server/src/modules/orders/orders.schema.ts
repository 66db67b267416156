import { sql } from 'drizzle-orm';
import { bigint, check, customType, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';
import { users } from '../identity/identity.schema.ts';
import type { ExtraFieldValue } from '@hylle/contracts';

export const orderStatuses = ['awaiting_payment', 'processing', 'partially_delivered', 'shipped', 'invoiced', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const lineStatuses = ['processing', 'partially_delivered', 'shipped', 'invoiced', 'cancelled'] as const;
export type LineStatus = (typeof lineStatuses)[number];
export const orderChannels = ['web', 'phone', 'email', 'edi'] as const;
export type OrderChannel = (typeof orderChannels)[number];
export const paymentMethods = ['invoice', 'prepayment'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** Where the order goes, copied at checkout so a later change of the address list does not rewrite it. */
export type DeliveryAddressSnapshot = {
  label: string;
  recipient: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
};

/**
 * Order numbers need only be unique, not gapless: a sequence hands them out without a lock,
 * so concurrent checkouts do not queue behind one another (invoice numbers, which must be
 * gapless, come from a locked number series instead).
 */
/** PostgreSQL's text-search vector: written by SQL (`to_tsvector`), never read back. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const orderNumbers = pgSequence('order_numbers', { startWith: 200001 });

/**
 * One order of an account (ORD-1, ORD-2): placed in the web shop or recorded by staff from
 * a phone call, an e-mail or an EDI file (`channel`). Totals are the sums of its lines.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orderNumber: text('order_number').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** Who placed it; null for orders staff recorded without a buyer of the account. */
    placedByUserId: uuid('placed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    placedByName: text('placed_by_name').notNull().default(''),
    channel: text('channel', { enum: orderChannels }).notNull(),
    status: text('status', { enum: orderStatuses }).notNull(),
    payment: text('payment', { enum: paymentMethods }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    requisition: text('requisition').notNull().default(''),
    orderReference: text('order_reference').notNull().default(''),
    costCentre: text('cost_centre').notNull().default(''),
    deliveryAddressId: uuid('delivery_address_id'),
    deliveryAddress: jsonb('delivery_address').$type<DeliveryAddressSnapshot>().notNull(),
    currency: text('currency').notNull(),
    totalNetMinor: bigint('total_net_minor', { mode: 'number' }).notNull(),
    totalVatMinor: bigint('total_vat_minor', { mode: 'number' }).notNull(),
    totalGrossMinor: bigint('total_gross_minor', { mode: 'number' }).notNull(),
    /**
     * The words of the order's titles, for the overview's title filter (ORD-1): one GIN index
     * on orders finds an account's orders by title without visiting their lines.
     */
    titleSearch: tsvector('title_search').notNull(),
    /** The key the buyer's checkout sent: a retry with it finds this order instead of making another. */
    idempotencyKey: text('idempotency_key'),
    /** The calendar day in the store's time zone: same-day cancellation and the date filter use it. */
    placedOn: date('placed_on', { mode: 'string' }).notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    /** When the shop recorded it: the same as placed_at for web orders, later for an imported back-dated one (the ERP export goes by this). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledByUserId: uuid('cancelled_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_idx').on(t.orderNumber),
    uniqueIndex('orders_idempotency_idx').on(t.accountId, t.idempotencyKey),
    // Newest first with the id as tie-breaker, exactly as the overview sorts, so a page is an index range.
    index('orders_account_placed_idx').on(t.accountId, sql`${t.placedAt} DESC`, sql`${t.id} DESC`),
    index('orders_account_buyer_idx').on(t.accountId, t.placedByUserId, sql`${t.placedAt} DESC`, sql`${t.id} DESC`),
    index('orders_account_status_idx').on(t.accountId, t.status, sql`${t.placedAt} DESC`, sql`${t.id} DESC`),
    index('orders_account_requisition_idx').on(t.accountId, sql`lower(${t.requisition}) text_pattern_ops`),
    index('orders_created_idx').on(t.createdAt),
    index('orders_placed_idx').on(sql`${t.placedAt} DESC`, sql`${t.id} DESC`),
    index('orders_title_search_idx').using('gin', t.titleSearch),
    index('orders_status_placed_idx').on(t.status, sql`${t.placedAt} DESC`, sql`${t.id} DESC`),
  ],
);

/**
 * An order line, with the product and price as they were when ordered, and the library's
 * distribution info (INT-1). `deliveredQuantity` grows with each delivery; `status` follows it.
 */
export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    isbn: text('isbn').notNull(),
    title: text('title').notNull(),
    contributor: text('contributor').notNull().default(''),
    quantity: integer('quantity').notNull(),
    deliveredQuantity: integer('delivered_quantity').notNull().default(0),
    status: text('status', { enum: lineStatuses }).notNull(),
    lineReference: text('line_reference').notNull().default(''),
    budgetCodeId: uuid('budget_code_id'),
    budgetCode: text('budget_code'),
    department: text('department'),
    shelfLocation: text('shelf_location'),
    materialType: text('material_type'),
    extraFields: jsonb('extra_fields').$type<ExtraFieldValue[]>().notNull().default([]),
    vatRateBp: integer('vat_rate_bp').notNull(),
    discountBp: integer('discount_bp').notNull(),
    unitListGrossMinor: bigint('unit_list_gross_minor', { mode: 'number' }).notNull(),
    unitGrossMinor: bigint('unit_gross_minor', { mode: 'number' }).notNull(),
    lineNetMinor: bigint('line_net_minor', { mode: 'number' }).notNull(),
    lineVatMinor: bigint('line_vat_minor', { mode: 'number' }).notNull(),
    lineGrossMinor: bigint('line_gross_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('order_lines_order_idx').on(t.orderId, t.lineNo),
    index('order_lines_account_product_idx').on(t.accountId, t.productId),
    index('order_lines_account_isbn_idx').on(t.accountId, t.isbn),
    check('order_lines_quantity_check', sql`${t.quantity} >= 1 AND ${t.deliveredQuantity} BETWEEN 0 AND ${t.quantity}`),
  ],
);
