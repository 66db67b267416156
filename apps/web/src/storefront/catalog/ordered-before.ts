import type { OrderedBefore } from '@hylle/contracts';

/** The API answers for up to 100 titles at a time: a search page has at most that. */
export const ORDERED_BEFORE_LIMIT = 100;

/** The ids to ask about, once each and in a stable order, so the same page is the same query. */
export function orderedBeforeQuery(productIds: readonly string[]): string {
  return [...new Set(productIds)].sort().slice(0, ORDERED_BEFORE_LIMIT).join(',');
}

export function orderedBeforeByProduct(entries: readonly OrderedBefore[] | undefined): ReadonlyMap<string, OrderedBefore> {
  return new Map((entries ?? []).filter((entry) => entry.copies > 0).map((entry) => [entry.productId, entry]));
}
