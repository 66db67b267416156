import { IdParams, OrderDetail, OrderedBefore, OrderPage, OrderQuery, Problem } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { accountScope } from '../accounts/index.ts';
import { getInvoicePdf, getPackingSlipPdf } from './get-order-document.ts';
import { getOrder } from './get-order.ts';
import { sendPdf } from './send-pdf.ts';
import { listOrderedBefore } from './list-ordered-before.ts';
import { listOrders } from './list-orders.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Orders'];
export const DeliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() }).strict();
const OrderedBeforeQuery = z.object({ productIds: z.string().transform((s, c) => {
  const ids = s.split(',').filter(Boolean);
  if (ids.length > 100 || !ids.every((id) => z.uuid().safeParse(id).success)) {
    c.addIssue({ code: 'custom', message: 'Up to 100 product ids, separated by commas' });
    return z.NEVER;
  }
  return ids;
}) }).strict();

/** The account's orders for its members (ORD-1, ORD-2): every member sees every order of the account. */
export function ordersRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/orders', { schema: { tags, querystring: OrderQuery, response: { 200: OrderPage, ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await listOrders(ctx, scope, request.query));
    });

    app.get('/api/orders/ordered-before', { schema: { tags, querystring: OrderedBeforeQuery, response: { 200: z.array(OrderedBefore), ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await listOrderedBefore(ctx, scope.accountId, request.query.productIds));
    });

    app.get('/api/orders/:id/invoice.pdf', { schema: { tags, params: IdParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendPdf(request, reply, await getInvoicePdf(ctx, request.params.id, scope.accountId));
    });

    app.get('/api/orders/:id/deliveries/:deliveryId/packing-slip.pdf', { schema: { tags, params: DeliveryParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendPdf(request, reply, await getPackingSlipPdf(ctx, request.params.id, request.params.deliveryId, scope.accountId));
    });

    app.get('/api/orders/:id', { schema: { tags, params: IdParams, response: { 200: OrderDetail, ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await getOrder(ctx, request.params.id, scope.accountId));
    });
  };
}
