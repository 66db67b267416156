/**
 * Query keys of the purchasing loop. Each carries the account id, like the account's other
 * keys, so a switch of account never shows the previous account's cart or orders. Everything
 * about orders shares one prefix: placing or cancelling an order refreshes all of it at once.
 */
export const purchasingKeys = {
  cart: (accountId: string) => ['account', accountId, 'cart'] as const,
  checkoutOptions: (accountId: string) => ['account', accountId, 'checkout-options'] as const,
  orders: (accountId: string) => ['account', accountId, 'orders'] as const,
  orderList: (accountId: string, apiQuery: string) => ['account', accountId, 'orders', 'list', apiQuery] as const,
  order: (accountId: string, orderId: string) => ['account', accountId, 'orders', 'detail', orderId] as const,
  orderedBefore: (accountId: string, productIds: string) => ['account', accountId, 'orders', 'ordered-before', productIds] as const,
};
