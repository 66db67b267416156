import { OrderImportReport, Problem } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { importOrders } from './import-orders.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 413: Problem, 415: Problem };
const tags = ['Backoffice: orders'];
/** An order file from a phone, e-mail or EDI channel: a few thousand lines at most. */
const MAX_BYTES = 10 * 1024 * 1024;

/** Staff import orders placed outside the web shop (ORD-1), from CSV (docs/order-import-csv.md). */
export function orderImportsRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    // Only in this plugin: the CSV arrives as it is, as bytes.
    fastify.addContentTypeParser(['text/csv', 'text/plain', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_BYTES }, (_request, body, done) => done(null, body));

    app.post('/api/backoffice/order-imports', { bodyLimit: MAX_BYTES, schema: { tags, response: { 200: OrderImportReport, ...problems } } }, async (request, reply) => {
      const auth = requireStaff(request);
      const body = request.body;
      const bytes = Buffer.isBuffer(body) ? new Uint8Array(body) : new Uint8Array();
      return sendResult(request, reply, await importOrders(ctx, { userId: auth.user.id, email: auth.user.email }, bytes));
    });
  };
}
