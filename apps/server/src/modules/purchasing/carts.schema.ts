import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { budgetCodes } from './budgets.schema.ts';
import type { ExtraFieldValue } from '@hylle/contracts';

/**
 * A buyer's cart for one account is the set of their lines (CHK-1): kept on the server, so
 * it follows them between devices, and one per user and account. The same title can be on
 * several lines with other quantities, references, budget codes or distribution info.
 * Prices are not stored: they are worked out from the product and terms whenever the cart is read.
 */
export const cartLines = pgTable(
  'cart_lines',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The order lines were added in: the cart shows them so, and the order numbers them so. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    lineReference: text('line_reference').notNull().default(''),
    budgetCodeId: uuid('budget_code_id').references(() => budgetCodes.id, { onDelete: 'set null' }),
    department: text('department'),
    shelfLocation: text('shelf_location'),
    materialType: text('material_type'),
    extraFields: jsonb('extra_fields').$type<ExtraFieldValue[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cart_lines_owner_idx').on(t.accountId, t.userId, t.seq),
    check('cart_lines_quantity_check', sql`${t.quantity} BETWEEN 1 AND 9999`),
  ],
);
