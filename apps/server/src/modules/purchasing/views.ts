import type { BudgetCode, BudgetLedgerEntry } from '@hylle/contracts';
import type { BudgetCodeRow } from './budget-codes.repo.ts';
import type { BudgetLedgerRow } from './budget-ledger.repo.ts';

/** Rows to the shapes of the API contracts. */
export const toBudgetCode = (row: BudgetCodeRow, currency: string): BudgetCode => ({
  id: row.id,
  code: row.code,
  description: row.description,
  totalMinor: row.totalMinor,
  spentMinor: row.spentMinor,
  remainingMinor: row.totalMinor - row.spentMinor,
  currency,
  fixedPriceDiscountBp: row.fixedPriceDiscountBp,
  standardDiscountBp: row.standardDiscountBp,
  fixedPricePeriodMonths: row.fixedPricePeriodMonths,
  updatedAt: row.updatedAt.toISOString(),
});

export const toLedgerEntry = (row: BudgetLedgerRow, actorName: string | null): BudgetLedgerEntry => ({
  id: row.id,
  kind: row.kind,
  amountMinor: row.amountMinor,
  remainingAfterMinor: row.remainingAfterMinor,
  orderId: row.orderId,
  actorName,
  reason: row.reason,
  createdAt: row.createdAt.toISOString(),
});
