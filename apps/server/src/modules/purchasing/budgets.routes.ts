import { BudgetCode, Problem } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { accountScope } from '../accounts/index.ts';
import { listBudgetCodes } from './list-budget-codes.ts';

const problems = { 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['My page: the current account'];

/** The current account's budget codes, read-only for every member (CHK-4): staff keep them. */
export function budgetsRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/account/budget-codes', { schema: { tags, response: { 200: z.array(BudgetCode), ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await listBudgetCodes(ctx, scope.accountId));
    });
  };
}
