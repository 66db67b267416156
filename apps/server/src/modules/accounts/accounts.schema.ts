import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.schema.ts';

export type AddressJson = { line1: string; line2: string; postalCode: string; city: string; country: string };

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    customerNumber: text('customer_number').notNull(),
    name: text('name').notNull(),
    organisationNumber: text('organisation_number').notNull(),
    customerReference: text('customer_reference'),
    postalAddress: jsonb('postal_address').$type<AddressJson>(),
    payOnInvoiceAllowed: boolean('pay_on_invoice_allowed').notNull().default(false),
    /** What the book-price law calls this customer: it caps the fixed-price discount. */
    customerType: text('customer_type', { enum: ['public_library', 'school', 'business'] }).notNull().default('public_library'),
    /** Discount in basis points inside the fixed-price period (capped by the law) and after it (CAT-4). */
    fixedPriceDiscountBp: integer('fixed_price_discount_bp').notNull().default(0),
    standardDiscountBp: integer('standard_discount_bp').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_customer_number_idx').on(t.customerNumber),
    index('accounts_name_idx').on(sql`lower(${t.name})`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'buyer'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

/** Removed addresses are kept (removed_at) so orders that used them still show them. */
export const deliveryAddresses = pgTable(
  'delivery_addresses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    recipient: text('recipient').notNull().default(''),
    line1: text('line1').notNull(),
    line2: text('line2').notNull().default(''),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('delivery_addresses_account_idx').on(t.accountId)],
);

/** Running number series (customer numbers); a row lock hands out each number once. */
export const numberSeries = pgTable('number_series', {
  name: text('name').primaryKey(),
  nextValue: bigint('next_value', { mode: 'number' }).notNull(),
});
