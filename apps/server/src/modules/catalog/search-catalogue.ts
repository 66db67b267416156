import type { SearchQuery, SearchResponse, SuggestResponse } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import type { CatalogSearch } from './catalog-search.ts';
import { parseIsbn } from './domain/isbn.ts';
import { pricingContextFor } from './pricing-context.ts';
import { summaryOf } from './product-views.ts';
import { productSummariesByIds } from './products.repo.ts';

export type CatalogContext = AppContext & { search: CatalogSearch };

/**
 * CAT-2: one search box, filters with counts, sorting and paging. The index finds and
 * ranks; the page's products are then read (from memory if a recent page held them, else
 * from the database in one query) and priced for the account with the account's current
 * terms, so the price shown is the price they will pay.
 */
export async function searchCatalogue(
  ctx: CatalogContext,
  auth: Auth | null,
  query: SearchQuery,
): Promise<Result<SearchResponse, 'search_not_ready'>> {
  if (!ctx.search.ready) return err('search_not_ready', 'The search is starting up; try again in a few seconds');
  const sort = query.sort ?? (query.q ? 'relevance' : 'newest');
  const search = () => ctx.search.index.search({
    text: query.q,
    filters: {
      form: query.form,
      language: query.language,
      audience: query.audience,
      genre: query.genre,
      year: query.year,
      availability: query.availability,
      series: query.series,
    },
    sort,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  // An ISBN is a lookup, as quick as a suggestion: it does not wait for a turn.
  const found = query.q && parseIsbn(query.q).ok ? search() : await ctx.search.turns.run(search);
  // Two independent reads, no transaction: a search changes nothing, and each read is
  // consistent in itself (a discount changed between them is the next search's news).
  // The account's terms are always read; the products come from memory when a recent page
  // held them, as fresh as the index that found them (ADR 11).
  const [pricing, rows] = await Promise.all([
    pricingContextFor(ctx, ctx.db, auth),
    ctx.search.summaries.read(
      found.hits.map((hit) => hit.key),
      (missing) => productSummariesByIds(ctx.db, missing),
    ),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A product can be gone from the page between index and database only if it was
  // deleted in that instant; it is then left out rather than shown half.
  const hits = found.hits.flatMap((hit) => {
    const row = byId.get(hit.key);
    return row ? [summaryOf(row, pricing)] : [];
  });
  return ok({
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    sort,
    hits,
    facets: found.facets,
    corrections: found.corrections,
    isbnMatch: found.isbnMatch,
  });
}

/** Suggestions while typing: answered from the index alone, without the database. */
export function suggestCatalogue(ctx: CatalogContext, text: string, limit: number): Result<SuggestResponse, 'search_not_ready'> {
  if (!ctx.search.ready) return err('search_not_ready', 'The search is starting up; try again in a few seconds');
  const suggestions = ctx.search.index.suggest(text, limit).map((s) => ({
    kind: s.kind,
    text: s.text,
    ...(s.key ? { productId: s.key } : {}),
  }));
  return ok({ suggestions });
}
