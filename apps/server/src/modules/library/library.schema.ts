import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.schema.ts';
import { users } from '../identity/identity.schema.ts';
import type { Explanation } from './domain/explain.ts';

/**
 * The library-system side of a customer account (issue 5): present once the library module
 * is switched on for the account. `policy_version` moves with every change of borrower
 * groups, material groups or loan profiles, in the same transaction, so a decision compiled
 * for an older version is never used (no stale cache).
 */
export const libraries = pgTable('libraries', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  policyVersion: bigint('policy_version', { mode: 'number' }).notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Whose row it is: every table of the library module names its library, and goes with it. */
const libraryId = () =>
  uuid('account_id')
    .notNull()
    .references(() => libraries.accountId, { onDelete: 'cascade' });

/** The library module's own staff: `admin` configures and may use the desk, `desk` lends. */
export const libraryStaff = pgTable(
  'library_staff',
  {
    accountId: libraryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<'admin' | 'desk'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), index('library_staff_user_idx').on(t.userId), check('library_staff_role_check', sql`${t.role} IN ('admin', 'desk')`)],
);

/** Rule 1: one tree per library; the group without a parent is "All". */
export const borrowerGroups = pgTable(
  'borrower_groups',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    uniqueIndex('borrower_groups_name_idx').on(t.accountId, sql`lower(${t.name})`),
    // One root per library.
    uniqueIndex('borrower_groups_root_idx').on(t.accountId).where(sql`${t.parentId} IS NULL`),
  ],
);

export const materialGroups = pgTable(
  'material_groups',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    bookable: boolean('bookable').notNull().default(false),
    preparationDays: integer('preparation_days').notNull().default(0),
    maxBookingDays: integer('max_booking_days'),
    maxLoans: integer('max_loans'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('material_groups_name_idx').on(t.accountId, sql`lower(${t.name})`),
    check('material_groups_bookable_check', sql`NOT ${t.bookable} OR ${t.maxLoans} IS NULL`),
  ],
);

export const loanProfiles = pgTable(
  'loan_profiles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    materialGroupId: uuid('material_group_id')
      .notNull()
      .references(() => materialGroups.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    loanDays: integer('loan_days'),
    yearlyMonth: integer('yearly_month'),
    yearlyDay: integer('yearly_day'),
    renewals: integer('renewals').notNull(),
    renewalDays: integer('renewal_days').notNull(),
    allowsLoan: boolean('allows_loan').notNull(),
    allowsIll: boolean('allows_ill').notNull(),
    allowsReservation: boolean('allows_reservation').notNull(),
    priority: integer('priority').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A reordering moves the priorities out of the way (negative) first, then to their new places.
    unique('loan_profiles_priority_key').on(t.materialGroupId, t.priority),
    check('loan_profiles_period_check', sql`(${t.loanDays} IS NULL) <> (${t.yearlyMonth} IS NULL) AND (${t.yearlyMonth} IS NULL) = (${t.yearlyDay} IS NULL)`),
  ],
);

export const loanProfileGroups = pgTable(
  'loan_profile_groups',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => loanProfiles.id, { onDelete: 'cascade' }),
    borrowerGroupId: uuid('borrower_group_id')
      .notNull()
      .references(() => borrowerGroups.id),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.borrowerGroupId] }), index('loan_profile_groups_group_idx').on(t.borrowerGroupId)],
);

export const borrowers = pgTable(
  'borrowers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    cardNumber: text('card_number').notNull(),
    name: text('name').notNull(),
    blocked: boolean('blocked').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('borrowers_card_idx').on(t.accountId, t.cardNumber), index('borrowers_name_idx').on(t.accountId, sql`lower(${t.name})`)],
);

export const borrowerGroupMembers = pgTable(
  'borrower_group_members',
  {
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id, { onDelete: 'cascade' }),
    borrowerGroupId: uuid('borrower_group_id')
      .notNull()
      .references(() => borrowerGroups.id),
  },
  (t) => [primaryKey({ columns: [t.borrowerId, t.borrowerGroupId] }), index('borrower_group_members_group_idx').on(t.borrowerGroupId)],
);

export const items = pgTable(
  'library_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    barcode: text('barcode').notNull(),
    title: text('title').notNull(),
    materialGroupId: uuid('material_group_id')
      .notNull()
      .references(() => materialGroups.id),
    department: text('department'),
    shelfLocation: text('shelf_location'),
    status: text('status').$type<'available' | 'on_loan' | 'missing'>().notNull().default('available'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('library_items_barcode_idx').on(t.accountId, t.barcode), index('library_items_material_group_idx').on(t.materialGroupId)],
);

/**
 * A loan, with the decision that allowed it. `on_hold` and an unpaid replacement charge
 * still count against the loan limit (rule 11).
 */
export const loans = pgTable(
  'loans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    materialGroupId: uuid('material_group_id')
      .notNull()
      .references(() => materialGroups.id),
    status: text('status').$type<'open' | 'on_hold' | 'returned'>().notNull().default('open'),
    replacementUnpaid: boolean('replacement_unpaid').notNull().default(false),
    automatic: boolean('automatic').notNull().default(false),
    loanedOn: date('loaned_on').notNull(),
    dueOn: date('due_on').notNull(),
    renewalsUsed: integer('renewals_used').notNull().default(0),
    returnedOn: date('returned_on'),
    decision: jsonb('decision').$type<Explanation>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('loans_borrower_idx').on(t.borrowerId, t.materialGroupId).where(sql`${t.status} <> 'returned' OR ${t.replacementUnpaid}`),
    // An item is out on one loan at a time.
    uniqueIndex('loans_open_item_idx').on(t.itemId).where(sql`${t.status} <> 'returned'`),
  ],
);

export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    status: text('status').$type<'waiting' | 'fulfilled' | 'cancelled'>().notNull().default('waiting'),
    decision: jsonb('decision').$type<Explanation>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reservations_item_idx').on(t.itemId).where(sql`${t.status} = 'waiting'`)],
);

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    accountId: libraryId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    blockedFrom: date('blocked_from').notNull(),
    decision: jsonb('decision').$type<Explanation>().notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bookings_item_idx').on(t.itemId, t.startsOn).where(sql`${t.cancelledAt} IS NULL`)],
);

/** Another library asks for one of ours (rule 8); the requesting library is a borrower. */
export const illRequests = pgTable('ill_requests', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  accountId: libraryId(),
  itemId: uuid('item_id')
    .notNull()
    .references(() => items.id),
  borrowerId: uuid('borrower_id')
    .notNull()
    .references(() => borrowers.id),
  status: text('status').$type<'accepted' | 'refused'>().notNull(),
  decision: jsonb('decision').$type<Explanation>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
