/**
 * Orders (ORD-1…ORD-7): the account's orders and their lines, deliveries and invoices.
 * Checkout and cancellation (purchasing) write orders through the functions below, inside
 * their own transactions; this module never touches budgets.
 */
export { insertOrder, orderIdByKey, findOrder, markOrderCancelled, type NewOrder, type NewOrderLine } from './orders.repo.ts';
export { newOrderDetail, readOrderDetail } from './read-order.ts';
export { mayCancel } from './domain/order-status.ts';
export { orderStatuses, type DeliveryAddressSnapshot, type OrderStatus } from './orders.schema.ts';
export { ordersRoutes } from './orders.routes.ts';
export { ordersBackofficeRoutes } from './orders-backoffice.routes.ts';
export { INVOICE_NUMBERS } from './issue-invoice.ts';
export { parseOrderImportCsv, type ImportedOrderDraft } from './documents/index.ts';
