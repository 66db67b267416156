import { IdParams, ProductDetail, ProductParams, Problem, SearchQuery, SearchResponse, SuggestQuery, SuggestResponse } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendProblem, sendResult } from '../../platform/http-errors.ts';
import { drawCover } from './draw-cover.ts';
import { getProduct } from './get-product.ts';
import { searchCatalogue, suggestCatalogue, type CatalogContext } from './search-catalogue.ts';

const problems = { 400: Problem, 404: Problem, 503: Problem };
const tags = ['Catalogue'];

/**
 * The catalogue is open to visitors (list prices); a signed-in member of an account sees
 * the account's prices. Search results are personal once priced, so nothing here is cached
 * by shared caches.
 */
export function catalogRoutes(ctx: CatalogContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/catalog/search', { schema: { tags, querystring: SearchQuery, response: { 200: SearchResponse, ...problems } } }, async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return sendResult(request, reply, await searchCatalogue(ctx, request.auth, request.query));
    });

    app.get('/api/catalog/suggest', { schema: { tags, querystring: SuggestQuery, response: { 200: SuggestResponse, ...problems } } }, async (request, reply) => {
      reply.header('cache-control', 'private, max-age=30');
      return sendResult(request, reply, suggestCatalogue(ctx, request.query.q, request.query.limit));
    });

    app.get('/api/catalog/products/:idOrIsbn', { schema: { tags, params: ProductParams, response: { 200: ProductDetail, ...problems } } }, async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return sendResult(request, reply, await getProduct(ctx, request.auth, request.params.idOrIsbn));
    });

    app.get('/api/catalog/products/:id/cover.svg', { schema: { tags, params: IdParams } }, async (request, reply) => {
      const cover = await drawCover(ctx, request.params.id);
      if (!cover.ok) return sendProblem(request, reply, 404, 'not_found', cover.detail ?? 'No such product');
      // The drawing changes only with the product's content: its hash is the ETag.
      if (request.headers['if-none-match'] === cover.value.etag) return reply.code(304).send();
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'public, max-age=86400')
        .header('etag', cover.value.etag)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(cover.value.svg);
    });
  };
}
