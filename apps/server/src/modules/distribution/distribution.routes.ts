import {
  DistributionCode,
  DistributionCodeBody,
  DistributionDefaults,
  DistributionField,
  DistributionFieldBody,
  DistributionSettings,
  Id,
  Problem,
} from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { accountScope } from '../accounts/index.ts';
import { addDistributionCode } from './add-distribution-code.ts';
import { addDistributionField } from './add-distribution-field.ts';
import { changeDistributionCode } from './change-distribution-code.ts';
import { changeDistributionField } from './change-distribution-field.ts';
import { getDistributionSettings } from './get-distribution-settings.ts';
import { removeDistributionCode } from './remove-distribution-code.ts';
import { removeDistributionField } from './remove-distribution-field.ts';
import { setDistributionDefaults } from './set-distribution-defaults.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['My page: the current account'];
const CodeParams = z.object({ codeId: Id }).strict();
const FieldParams = z.object({ fieldId: Id }).strict();
/** A code's text is what lines and defaults name; only its label changes. */
const CodeLabelBody = z.object({ label: z.string().trim().max(80, 'At most 80 characters') }).strict();

/**
 * Distribution info of the current account (INT-1): every member reads the lists and keeps
 * their own defaults; the account's admins keep the lists.
 */
export function distributionRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/account/distribution', { schema: { tags, response: { 200: DistributionSettings, ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await getDistributionSettings(ctx, scope));
    });

    app.put(
      '/api/account/distribution/defaults',
      { schema: { tags, body: DistributionDefaults, response: { 200: DistributionDefaults, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await setDistributionDefaults(ctx, scope, request.body));
      },
    );

    app.post(
      '/api/account/distribution/codes',
      { schema: { tags, body: DistributionCodeBody, response: { 201: DistributionCode, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await addDistributionCode(ctx, scope, scope.accountId, request.body), 201);
      },
    );

    app.put(
      '/api/account/distribution/codes/:codeId',
      { schema: { tags, params: CodeParams, body: CodeLabelBody, response: { 200: DistributionCode, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await changeDistributionCode(ctx, scope, scope.accountId, request.params.codeId, request.body.label));
      },
    );

    app.delete('/api/account/distribution/codes/:codeId', { schema: { tags, params: CodeParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await removeDistributionCode(ctx, scope, scope.accountId, request.params.codeId), 204);
    });

    app.post(
      '/api/account/distribution/fields',
      { schema: { tags, body: DistributionFieldBody, response: { 201: DistributionField, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await addDistributionField(ctx, scope, scope.accountId, request.body), 201);
      },
    );

    app.put(
      '/api/account/distribution/fields/:fieldId',
      { schema: { tags, params: FieldParams, body: DistributionFieldBody, response: { 200: DistributionField, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await changeDistributionField(ctx, scope, scope.accountId, request.params.fieldId, request.body));
      },
    );

    app.delete('/api/account/distribution/fields/:fieldId', { schema: { tags, params: FieldParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await removeDistributionField(ctx, scope, scope.accountId, request.params.fieldId), 204);
    });
  };
}
