import type { TopK } from './top-k.ts';

/**
 * A browse's filters, without a series filter: pass flags by combo and by language
 * (a removed document's combo passes none).
 */
export type BrowseFilter = { combo: Uint16Array; language: Uint16Array; comboPass: Uint8Array; languagePass: Uint8Array };

/**
 * A browse's order as a rank per document (higher first): by title the negated title
 * key, newest first the release date. Equal ranks go to the top-k's tie-break.
 */
export type BrowseRank = { byTitle: boolean; titleKey: Float64Array; dateKey: Uint32Array };

/**
 * Offers the passing documents of `order` from `from` on, which is sorted by the
 * browse's order: after `need` of them no later one can rank higher, so the walk stops.
 * It also stops after `budget` documents (a filter that passes few of them makes the
 * walk long); returns false then, the top-k holding only part of the answer.
 */
export function walkOrder(topK: TopK, order: Uint32Array, from: number, need: number, budget: number, filter: BrowseFilter, rank: BrowseRank): boolean {
  const { combo, language, comboPass, languagePass } = filter;
  const end = Math.min(order.length, from + budget);
  let found = 0;
  for (let i = from; i < end; i++) {
    const doc = order[i]!;
    if ((comboPass[combo[doc]!]! & languagePass[language[doc]!]!) === 0) continue;
    topK.offer(doc, rankOf(rank, doc));
    if (++found === need) return true;
  }
  return end === order.length;
}

/** Offers the passing documents among ids [from, to): those not in the orders yet. */
export function offerRange(topK: TopK, from: number, to: number, filter: BrowseFilter, rank: BrowseRank): void {
  const { combo, language, comboPass, languagePass } = filter;
  for (let doc = from; doc < to; doc++) {
    if ((comboPass[combo[doc]!]! & languagePass[language[doc]!]!) === 0) continue;
    topK.offer(doc, rankOf(rank, doc));
  }
}

/**
 * Offers the passing documents of the lists (the browse's smallest filter's lists):
 * checking the filters and ranking in one pass, skipping by rank first, since once the
 * top-k is full most documents cannot enter whether they pass or not.
 */
export function offerLists(topK: TopK, lists: readonly { docs: Uint32Array; count: number }[], filter: BrowseFilter, rank: BrowseRank): void {
  const { combo, language, comboPass, languagePass } = filter;
  const { byTitle, titleKey, dateKey } = rank;
  let threshold = -Infinity;
  for (const { docs, count } of lists) {
    for (let i = 0; i < count; i++) {
      const doc = docs[i]!;
      const value = byTitle ? -titleKey[doc]! : dateKey[doc]!;
      if (value < threshold) continue;
      if ((comboPass[combo[doc]!]! & languagePass[language[doc]!]!) === 0) continue;
      topK.offer(doc, value);
      threshold = topK.threshold;
    }
  }
}

function rankOf(rank: BrowseRank, doc: number): number {
  return rank.byTitle ? -rank.titleKey[doc]! : rank.dateKey[doc]!;
}
