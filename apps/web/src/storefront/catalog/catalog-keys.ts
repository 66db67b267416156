/**
 * Query keys of the catalogue. Prices depend on who asks, so every priced answer is keyed
 * by the account (or "visitor"): signing in or switching account never shows another
 * account's prices from the cache.
 */
export const catalogKeys = {
  all: ['catalog'] as const,
  search: (viewer: string, apiQuery: string) => ['catalog', 'search', viewer, apiQuery] as const,
  product: (viewer: string, idOrIsbn: string) => ['catalog', 'product', viewer, idOrIsbn] as const,
  size: ['catalog', 'size'] as const,
};
