import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../identity/identity.schema.ts';
import { orders } from '../orders/orders.schema.ts';

/**
 * An account's budget for one purpose (CHK-4). `spent_minor` is the sum of the code's ledger,
 * kept on the row so a debit can refuse to overspend in one conditional UPDATE; the remaining
 * figure is always total − spent.
 */
export const budgetCodes = pgTable(
  'budget_codes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    description: text('description').notNull().default(''),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    spentMinor: bigint('spent_minor', { mode: 'number' }).notNull().default(0),
    fixedPriceDiscountBp: integer('fixed_price_discount_bp').notNull().default(0),
    standardDiscountBp: integer('standard_discount_bp').notNull().default(0),
    /** Null: the store's fixed-price period. */
    fixedPricePeriodMonths: integer('fixed_price_period_months'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('budget_codes_account_code_idx').on(t.accountId, t.code),
    check('budget_codes_total_check', sql`${t.totalMinor} >= 0`),
    check('budget_codes_discounts_check', sql`${t.fixedPriceDiscountBp} BETWEEN 0 AND 10000 AND ${t.standardDiscountBp} BETWEEN 0 AND 10000`),
    check('budget_codes_months_check', sql`${t.fixedPricePeriodMonths} BETWEEN 0 AND 36`),
  ],
);

/**
 * Every change of a code's spent figure, never updated or deleted: order debits (positive),
 * cancellation credits (negative) and staff corrections (either sign, with a reason).
 * `seq` orders the entries of a code as they were applied: the code's row lock serialises them.
 */
export const budgetLedgerEntries = pgTable(
  'budget_ledger_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    budgetCodeId: uuid('budget_code_id')
      .notNull()
      .references(() => budgetCodes.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['order_debit', 'cancellation_credit', 'correction'] }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    remainingAfterMinor: bigint('remaining_after_minor', { mode: 'number' }).notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'no action' }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('budget_ledger_entries_code_idx').on(t.budgetCodeId, t.seq),
    check(
      'budget_ledger_entries_kind_check',
      sql`(${t.kind} = 'order_debit' AND ${t.amountMinor} > 0 AND ${t.orderId} IS NOT NULL)
        OR (${t.kind} = 'cancellation_credit' AND ${t.amountMinor} < 0 AND ${t.orderId} IS NOT NULL)
        OR (${t.kind} = 'correction' AND ${t.reason} IS NOT NULL)`,
    ),
  ],
);
