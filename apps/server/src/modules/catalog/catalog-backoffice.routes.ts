import { CatalogImport, CatalogImportList, IdParams, ImportProblemList, PageQuery, Problem, UploadQuery } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { getImport, listCatalogueImports, listImportProblems } from './list-catalogue-imports.ts';
import { receiveCatalogueUpload } from './receive-catalogue-upload.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem };
const tags = ['Backoffice: catalogue'];

/** Content types an upload may carry; the body is streamed to the database, never parsed here. */
const uploadTypes = ['application/octet-stream', 'application/xml', 'text/xml', 'text/csv', 'text/plain'];

export function catalogBackofficeRoutes(ctx: AppContext & { uploadLimitBytes: number; onUploaded: () => void }) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    // Only in this plugin: the request body stays a stream for the upload route.
    fastify.addContentTypeParser(uploadTypes, (_request, payload, done) => done(null, payload));
    const base = '/api/backoffice/catalogue/imports';

    app.post(
      base,
      { schema: { tags, querystring: UploadQuery, response: { 202: CatalogImport, ...problems } } },
      async (request, reply) => {
        const auth = requireStaff(request);
        const body = request.body as AsyncIterable<Buffer> | undefined;
        const result = await receiveCatalogueUpload(ctx, { userId: auth.user.id, email: auth.user.email }, {
          fileName: request.query.fileName,
          format: request.query.format,
          body: body ?? (async function* () {})(),
          maxBytes: ctx.uploadLimitBytes,
        });
        if (result.ok) ctx.onUploaded();
        return sendResult(request, reply, result, 202);
      },
    );

    app.get(base, { schema: { tags, querystring: PageQuery, response: { 200: CatalogImportList, ...problems } } }, async (request, reply) => {
      requireStaff(request);
      return sendResult(request, reply, await listCatalogueImports(ctx, request.query));
    });

    app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: CatalogImport, ...problems } } }, async (request, reply) => {
      requireStaff(request);
      return sendResult(request, reply, await getImport(ctx, request.params.id));
    });

    app.get(
      `${base}/:id/problems`,
      { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: ImportProblemList, ...problems } } },
      async (request, reply) => {
        requireStaff(request);
        return sendResult(request, reply, await listImportProblems(ctx, request.params.id, request.query));
      },
    );
  };
}
