import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.schema.ts';
import type { Contributor } from './domain/product.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Every write to the catalogue takes the next revision. Writers hold one advisory lock
 * while they write (ADR 0008), so revisions commit in order and each server process can
 * follow the changes by asking for revisions above the last one it has seen.
 */
export const catalogRevisions = pgSequence('catalog_revision_seq');

/** Products (CAT-1). Amounts in minor units of `currency`; dates are calendar days. */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    isbn: text('isbn').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    contributors: jsonb('contributors').$type<Contributor[]>().notNull(),
    publisher: text('publisher'),
    releaseDate: date('release_date', { mode: 'string' }),
    form: text('form').notNull(),
    formCode: text('form_code'),
    language: text('language'),
    seriesName: text('series_name'),
    seriesNumber: text('series_number'),
    audience: text('audience').notNull(),
    genre: text('genre').notNull(),
    themaCodes: text('thema_codes').array().notNull(),
    keywords: text('keywords').array().notNull(),
    description: text('description'),
    coverUrl: text('cover_url'),
    listPriceMinor: bigint('list_price_minor', { mode: 'number' }),
    currency: text('currency'),
    priceIncludesVat: boolean('price_includes_vat'),
    priceFixed: boolean('price_fixed'),
    taxRateCode: text('tax_rate_code'),
    fixedPriceUntil: date('fixed_price_until', { mode: 'string' }),
    availability: text('availability').notNull(),
    stockQuantity: integer('stock_quantity'),
    availableFrom: date('available_from', { mode: 'string' }),
    /** Hash of everything above: an import that brings nothing new writes nothing. */
    contentHash: text('content_hash').notNull(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('products_isbn_idx').on(t.isbn), uniqueIndex('products_revision_idx').on(t.revision)],
);

/**
 * One catalogue import (ONIX or CSV, from the backoffice or the command line) and how far
 * it has come. The counts grow batch by batch in the same transactions as the products.
 */
export const catalogImports = pgTable(
  'catalog_imports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['onix', 'csv'] }).notNull(),
    source: text('source', { enum: ['upload', 'command_line', 'demo'] }).notNull(),
    status: text('status', { enum: ['uploading', 'queued', 'running', 'done', 'failed'] }).notNull(),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    totalBytes: bigint('total_bytes', { mode: 'number' }),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    /** Why the file could not be read to the end (broken XML, a bad CSV header …). */
    failure: text('failure'),
    failureLine: integer('failure_line'),
    /** A running import is held by one process until this time; it renews with every batch. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('catalog_imports_created_idx').on(t.createdAt), index('catalog_imports_status_idx').on(t.status)],
);

/** Records an import skipped, with where and why. The first 10,000 per import are kept. */
export const catalogImportProblems = pgTable(
  'catalog_import_problems',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => catalogImports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    line: integer('line'),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/**
 * An uploaded file, in pieces, until its import has run: any server process can then run
 * it, and the file is gone when the import is.
 */
export const catalogImportChunks = pgTable(
  'catalog_import_chunks',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => catalogImports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);
