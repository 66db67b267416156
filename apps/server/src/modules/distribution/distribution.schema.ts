import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../identity/identity.schema.ts';

/** The three code lists an account keeps for its cart lines (INT-1). */
export const distributionLists = ['department', 'shelf_location', 'material_type'] as const;
export type DistributionList = (typeof distributionLists)[number];

/**
 * One value of an account's code list: department VOKSEN, shelf location "Krim", material
 * type BOK. Removed values are kept (removed_at) so lines that used them can still be read;
 * re-adding a removed code brings it back.
 */
export const distributionCodes = pgTable(
  'distribution_codes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    list: text('list', { enum: distributionLists }).notNull(),
    code: text('code').notNull(),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('distribution_codes_account_list_code_idx').on(t.accountId, t.list, t.code)],
);

/**
 * A free extra field the account wants on every line (e.g. "Signatur", "Låner"), filled in
 * per cart line; `required` lines cannot be checked out without it.
 */
export const distributionFields = pgTable(
  'distribution_fields',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    required: boolean('required').notNull().default(false),
    maxLength: integer('max_length').notNull().default(60),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    index('distribution_fields_account_idx').on(t.accountId, t.position),
    check('distribution_fields_max_length_check', sql`${t.maxLength} BETWEEN 1 AND 200`),
  ],
);

/** What a buyer's new cart lines start with (INT-1): the department and shelf they usually buy for. */
export const distributionDefaults = pgTable(
  'distribution_defaults',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    department: text('department'),
    shelfLocation: text('shelf_location'),
    materialType: text('material_type'),
    /** A budget code id of the account; no foreign key so distribution need not know purchasing. */
    budgetCodeId: uuid('budget_code_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] })],
);
