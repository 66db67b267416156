/**
 * Purchasing (issue 4): budget codes and their ledger (CHK-4), the cart (CHK-1), checkout
 * (CHK-2, CHK-3) and same-day cancellation (ORD-4) — the acts that move a budget. Orders
 * themselves live in the orders module.
 */
export { budgetsRoutes } from './budgets.routes.ts';
export { budgetsBackofficeRoutes } from './budgets-backoffice.routes.ts';
export { cartRoutes } from './cart.routes.ts';
export { checkoutRoutes } from './checkout.routes.ts';
export { debitBudget, creditBudget, type BudgetMovement, type BudgetExceeded, type BudgetLedgerRow } from './budget-ledger.repo.ts';
export { budgetCodeBelongsTo } from './budget-codes.repo.ts';
export { orderImportsRoutes } from './order-imports.routes.ts';
export { createBudgetCode } from './create-budget-code.ts';
