import {
  AccountBudgetCodeParams,
  BudgetCode,
  BudgetCodeBody,
  BudgetCorrectionBody,
  BudgetLedgerEntry,
  BudgetLedgerPage,
  BudgetLedgerQuery,
  IdParams,
  Problem,
} from '@hylle/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { changeBudgetCode } from './change-budget-code.ts';
import { correctRemainingBudget } from './correct-remaining-budget.ts';
import { createBudgetCode } from './create-budget-code.ts';
import { listBudgetCodes } from './list-budget-codes.ts';
import { listBudgetLedger } from './list-budget-ledger.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Backoffice: budget codes'];

function staff(request: FastifyRequest) {
  const { user } = requireStaff(request);
  return { userId: user.id, email: user.email, name: user.name };
}

/** Staff keep each account's budget codes (CHK-4); every change lands in the audit log. */
export function budgetsBackofficeRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const base = '/api/backoffice/accounts/:id/budget-codes';

    app.get(base, { schema: { tags, params: IdParams, response: { 200: z.array(BudgetCode), ...problems } } }, async (request, reply) => {
      staff(request);
      return sendResult(request, reply, await listBudgetCodes(ctx, request.params.id));
    });

    app.post(
      base,
      { schema: { tags, params: IdParams, body: BudgetCodeBody, response: { 201: BudgetCode, ...problems } } },
      async (request, reply) => sendResult(request, reply, await createBudgetCode(ctx, staff(request), request.params.id, request.body), 201),
    );

    app.put(
      `${base}/:codeId`,
      { schema: { tags, params: AccountBudgetCodeParams, body: BudgetCodeBody, response: { 200: BudgetCode, ...problems } } },
      async (request, reply) =>
        sendResult(request, reply, await changeBudgetCode(ctx, staff(request), request.params.id, request.params.codeId, request.body)),
    );

    app.post(
      `${base}/:codeId/corrections`,
      { schema: { tags, params: AccountBudgetCodeParams, body: BudgetCorrectionBody, response: { 201: BudgetLedgerEntry, ...problems } } },
      async (request, reply) =>
        sendResult(
          request,
          reply,
          await correctRemainingBudget(ctx, staff(request), request.params.id, request.params.codeId, request.body),
          201,
        ),
    );

    app.get(
      `${base}/:codeId/ledger`,
      { schema: { tags, params: AccountBudgetCodeParams, querystring: BudgetLedgerQuery, response: { 200: BudgetLedgerPage, ...problems } } },
      async (request, reply) => {
        staff(request);
        return sendResult(request, reply, await listBudgetLedger(ctx, request.params.id, request.params.codeId, request.query));
      },
    );
  };
}
