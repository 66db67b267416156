import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { orderLines, orders } from './orders.schema.ts';

export const carriers = ['posten_bring', 'postnord', 'db_schenker', 'collicare', 'other'] as const;
export type Carrier = (typeof carriers)[number];

/** One shipment of an order, whole or partial (ORD-3): what was sent, by which carrier, under which waybill. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** 1, 2, … within the order: "delivery 2 of order 200417". */
    deliveryNo: integer('delivery_no').notNull(),
    carrier: text('carrier', { enum: carriers }).notNull(),
    waybill: text('waybill').notNull(),
    shippedAt: timestamp('shipped_at', { withTimezone: true }).notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('deliveries_order_no_idx').on(t.orderId, t.deliveryNo), index('deliveries_account_idx').on(t.accountId)],
);

export const deliveryLines = pgTable(
  'delivery_lines',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    orderLineId: uuid('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.orderLineId] }), check('delivery_lines_quantity_check', sql`${t.quantity} >= 1`)],
);

/**
 * The one invoice of an order (ORD-6: never consolidated), issued once it is delivered.
 * Numbers come from a locked number series in the issuing transaction, so they are gapless.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    invoiceNumber: text('invoice_number').notNull(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'no action' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    totalNetMinor: bigint('total_net_minor', { mode: 'number' }).notNull(),
    totalVatMinor: bigint('total_vat_minor', { mode: 'number' }).notNull(),
    totalGrossMinor: bigint('total_gross_minor', { mode: 'number' }).notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedByUserId: uuid('issued_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('invoices_number_idx').on(t.invoiceNumber),
    uniqueIndex('invoices_order_idx').on(t.orderId),
    index('invoices_account_idx').on(t.accountId, t.issuedAt.desc()),
  ],
);
