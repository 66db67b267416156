/**
 * Purchasing (issue 4). So far the budgets (CHK-4): an account’s budget codes, kept by staff and read by its
 * members, and each code's ledger. Checkout debits a code and cancellation credits it
 * through `debitBudget` and `creditBudget`, inside their own transactions.
 */
export { budgetsRoutes } from './budgets.routes.ts';
export { budgetsBackofficeRoutes } from './budgets-backoffice.routes.ts';
export { debitBudget, creditBudget, type BudgetMovement, type BudgetExceeded, type BudgetLedgerRow } from './budget-ledger.repo.ts';
