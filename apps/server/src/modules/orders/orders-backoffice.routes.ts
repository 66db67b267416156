import { BackofficeOrderQuery, DeliveryBody, ErpExportQuery, IdParams, OrderDetail, OrderPage, Problem } from '@hylle/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { exportOrderLines } from './export-order-lines.ts';
import { getInvoicePdf, getPackingSlipPdf } from './get-order-document.ts';
import { getOrder } from './get-order.ts';
import { DeliveryParams } from './orders.routes.ts';
import { sendPdf } from './send-pdf.ts';
import { issueInvoice } from './issue-invoice.ts';
import { listBackofficeOrders } from './list-backoffice-orders.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { registerDelivery } from './register-delivery.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Backoffice: orders'];

function staff(request: FastifyRequest) {
  const { user } = requireStaff(request);
  return { userId: user.id, email: user.email };
}

/** Staff follow every account's orders, ship them (ORD-3), and invoice them (ORD-6). */
export function ordersBackofficeRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const base = '/api/backoffice/orders';

    app.get(base, { schema: { tags, querystring: BackofficeOrderQuery, response: { 200: OrderPage, ...problems } } }, async (request, reply) => {
      staff(request);
      return sendResult(request, reply, await listBackofficeOrders(ctx, request.query));
    });

    app.get(`${base}/export.csv`, { schema: { tags, querystring: ErpExportQuery } }, async (request, reply) => {
      staff(request);
      const result = await exportOrderLines(ctx, request.query);
      if (!result.ok) return sendResult(request, reply, result);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${result.value.fileName}"`)
        .send(result.value.csv);
    });

    app.get(`${base}/:id/invoice.pdf`, { schema: { tags, params: IdParams } }, async (request, reply) => {
      staff(request);
      return sendPdf(request, reply, await getInvoicePdf(ctx, request.params.id, null));
    });

    app.get(`${base}/:id/deliveries/:deliveryId/packing-slip.pdf`, { schema: { tags, params: DeliveryParams } }, async (request, reply) => {
      staff(request);
      return sendPdf(request, reply, await getPackingSlipPdf(ctx, request.params.id, request.params.deliveryId, null));
    });

    app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: OrderDetail, ...problems } } }, async (request, reply) => {
      staff(request);
      return sendResult(request, reply, await getOrder(ctx, request.params.id, null));
    });

    app.post(`${base}/:id/paid`, { schema: { tags, params: IdParams, response: { 200: OrderDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await markOrderPaid(ctx, staff(request), request.params.id)),
    );

    app.post(`${base}/:id/deliveries`, { schema: { tags, params: IdParams, body: DeliveryBody, response: { 201: OrderDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await registerDelivery(ctx, staff(request), request.params.id, request.body), 201),
    );

    app.post(`${base}/:id/invoice`, { schema: { tags, params: IdParams, response: { 201: OrderDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await issueInvoice(ctx, staff(request), request.params.id), 201),
    );
  };
}
