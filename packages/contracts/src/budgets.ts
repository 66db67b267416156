import { z } from 'zod';
import { Id } from './common.ts';

/** Budget codes (CHK-4): an account's budgets per purpose, kept by staff, read by its buyers. */

const basisPoints = z.number().int().min(0, 'At least 0 %').max(10_000, 'At most 100 %');
const minorUnits = z
  .number()
  .int('Whole minor units (øre, cent)')
  .min(0, 'Not below zero')
  .max(Number.MAX_SAFE_INTEGER, 'Too large');

/** Upper-cased, as libraries write them on orders: FICTION, YOUTH, NON-FICTION, BARN_2027. */
export const BudgetCodeText = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Give the code')
  .max(20, 'At most 20 characters')
  .regex(/^[A-Z0-9ÆØÅ_-]+$/, 'Letters (A–Z, Æ, Ø, Å), digits, - and _ only');

export const BudgetCode = z.object({
  id: Id,
  code: z.string(),
  description: z.string(),
  totalMinor: z.number().int(),
  /** The sum of the ledger: order debits, cancellation credits and corrections. */
  spentMinor: z.number().int(),
  /** totalMinor − spentMinor; below zero only when staff lowered the total under what was spent. */
  remainingMinor: z.number().int(),
  currency: z.string(),
  fixedPriceDiscountBp: z.number().int(),
  standardDiscountBp: z.number().int(),
  /** Null: the store's fixed-price period applies. */
  fixedPricePeriodMonths: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type BudgetCode = z.infer<typeof BudgetCode>;

/** Creates a code, and (PUT) replaces its fields; the remaining figure follows a new total. */
export const BudgetCodeBody = z
  .object({
    code: BudgetCodeText,
    description: z.string().trim().max(200, 'At most 200 characters'),
    totalMinor: minorUnits,
    fixedPriceDiscountBp: basisPoints,
    standardDiscountBp: basisPoints,
    fixedPricePeriodMonths: z.number().int().min(0, 'At least 0 months').max(36, 'At most 36 months').nullable(),
  })
  .strict();
export type BudgetCodeBody = z.infer<typeof BudgetCodeBody>;

/** Staff set the remaining figure; the difference becomes a correction in the ledger. */
export const BudgetCorrectionBody = z
  .object({
    remainingMinor: minorUnits,
    reason: z.string().trim().min(3, 'Say why, in at least 3 characters').max(500, 'At most 500 characters'),
  })
  .strict();
export type BudgetCorrectionBody = z.infer<typeof BudgetCorrectionBody>;

export const BudgetLedgerKind = z.enum(['order_debit', 'cancellation_credit', 'correction']);
export type BudgetLedgerKind = z.infer<typeof BudgetLedgerKind>;

export const BudgetLedgerEntry = z.object({
  id: Id,
  kind: BudgetLedgerKind,
  /** Positive spends, negative gives back. */
  amountMinor: z.number().int(),
  remainingAfterMinor: z.number().int(),
  orderId: Id.nullable(),
  /** Who: the buyer whose order it was, or the member of staff who corrected; null once the user is deleted. */
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type BudgetLedgerEntry = z.infer<typeof BudgetLedgerEntry>;

export const BudgetLedgerQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type BudgetLedgerQuery = z.infer<typeof BudgetLedgerQuery>;

/** Newest first. */
export const BudgetLedgerPage = z.object({
  items: z.array(BudgetLedgerEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type BudgetLedgerPage = z.infer<typeof BudgetLedgerPage>;

export const AccountBudgetCodeParams = z.object({ id: Id, codeId: Id }).strict();
