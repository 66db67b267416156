import { CheckoutBody, CheckoutOptions, IdParams, OrderDetail, Problem } from '@hylle/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { HttpProblem, sendResult } from '../../platform/http-errors.ts';
import { accountScope, claimedAccount } from '../accounts/index.ts';
import { cancelOrder } from './cancel-order.ts';
import { checkOut, type Buyer } from './check-out.ts';
import { getCheckoutOptions } from './get-checkout-options.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Checkout'];

async function buyerOf(ctx: AppContext, request: FastifyRequest): Promise<Buyer & { role: 'admin' | 'buyer' }> {
  const scope = await accountScope(ctx, request.auth);
  if (!request.auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  return { accountId: scope.accountId, userId: scope.userId, email: scope.email, name: request.auth.user.name, role: scope.role };
}

/** Checkout (CHK-2, CHK-3) and same-day cancellation (ORD-4): the two acts that move a budget. */
export function checkoutRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/checkout/options', { schema: { tags, response: { 200: CheckoutOptions, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getCheckoutOptions(ctx, (await buyerOf(ctx, request)).accountId)),
    );

    // 201 with the new order; 200 with the order a repeated key already made.
    app.post('/api/checkout', { schema: { tags, body: CheckoutBody, response: { 200: OrderDetail, 201: OrderDetail, ...problems } } }, async (request, reply) => {
      // Checkout checks the membership itself, inside its transaction, before anything else.
      const claimed = await claimedAccount(ctx, request.auth);
      const buyer = { ...claimed, name: request.auth?.user.name ?? '' };
      const result = await checkOut(ctx, buyer, request.body);
      return result.ok ? sendResult(request, reply, { ok: true, value: result.value.order }, result.value.created ? 201 : 200) : sendResult(request, reply, result);
    });

    app.post('/api/orders/:id/cancel', { schema: { tags, params: IdParams, response: { 200: OrderDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await cancelOrder(ctx, await buyerOf(ctx, request), request.params.id)),
    );
  };
}
