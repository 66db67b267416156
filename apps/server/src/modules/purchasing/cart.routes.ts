import { AddCartLineBody, Cart, Problem, QuickAddBody, QuickAddReport, UpdateCartLineBody } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { claimedAccount } from '../accounts/index.ts';
import { addCartLine } from './add-cart-line.ts';
import type { CartOwner } from './carts.repo.ts';
import { getCart } from './get-cart.ts';
import { quickAddToCart } from './quick-add-to-cart.ts';
import { removeCartLine } from './remove-cart-line.ts';
import { updateCartLine } from './update-cart-line.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Cart'];
const LineParams = z.object({ lineId: z.uuid() }).strict();

/**
 * The cart of the signed-in buyer for the current account. Every cart use case checks the
 * membership itself, in its transaction, before it answers (`loadCartSetting`).
 */
async function cartOwner(ctx: AppContext, auth: Auth | null): Promise<CartOwner> {
  const claimed = await claimedAccount(ctx, auth);
  return { accountId: claimed.accountId, userId: claimed.userId };
}

/** The buyer's cart (CHK-1): lines with the library's values, priced on every read. */
export function cartRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/cart', { schema: { tags, response: { 200: Cart, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getCart(ctx, await cartOwner(ctx, request.auth))),
    );

    app.post('/api/cart/lines', { schema: { tags, body: AddCartLineBody, response: { 201: Cart, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await addCartLine(ctx, await cartOwner(ctx, request.auth), request.body), 201),
    );

    app.put(
      '/api/cart/lines/:lineId',
      { schema: { tags, params: LineParams, body: UpdateCartLineBody, response: { 200: Cart, ...problems } } },
      async (request, reply) =>
        sendResult(request, reply, await updateCartLine(ctx, await cartOwner(ctx, request.auth), request.params.lineId, request.body)),
    );

    app.delete('/api/cart/lines/:lineId', { schema: { tags, params: LineParams, response: { 200: Cart, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await removeCartLine(ctx, await cartOwner(ctx, request.auth), request.params.lineId)),
    );

    app.delete('/api/cart', { schema: { tags, response: { 200: Cart, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await removeCartLine(ctx, await cartOwner(ctx, request.auth), null)),
    );

    app.post('/api/cart/quick-add', { schema: { tags, body: QuickAddBody, response: { 200: QuickAddReport, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await quickAddToCart(ctx, await cartOwner(ctx, request.auth), request.body)),
    );
  };
}
