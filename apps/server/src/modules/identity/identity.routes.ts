import {
  Problem,
  Profile,
  RequestCodeBody,
  SessionView,
  SwitchAccountBody,
  UpdateProfileBody,
  VerifyCodeBody,
} from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../platform/auth-session.ts';
import { sendFailure, sendResult } from '../../platform/http-errors.ts';
import { getProfile } from './get-profile.ts';
import { getSessionView } from './get-session-view.ts';
import type { IdentityContext } from './identity-context.ts';
import { requestSignInCode } from './request-sign-in-code.ts';
import { signOut, signOutEverywhere } from './sign-out.ts';
import { switchAccount } from './switch-account.ts';
import { updateProfile } from './update-profile.ts';
import { verifySignInCode } from './verify-sign-in-code.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 429: Problem };
const tags = ['Sign-in and session'];

export function identityRoutes(ctx: IdentityContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/session', { schema: { tags, response: { 200: SessionView } } }, async (request, reply) =>
      getSessionView(ctx, request.auth, reply.issueCsrfToken(request)),
    );

    app.post(
      '/api/auth/code',
      { schema: { tags, body: RequestCodeBody, response: { 202: z.object({}), ...problems } } },
      async (request, reply) => {
        const result = await requestSignInCode(ctx, { email: request.body.email, ip: request.ip });
        if (!result.ok) return sendFailure(request, reply, result);
        return reply.code(202).send({});
      },
    );

    app.post(
      '/api/auth/verify',
      { schema: { tags, body: VerifyCodeBody, response: { 200: SessionView, ...problems } } },
      async (request, reply) => {
        const result = await verifySignInCode(ctx, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
        });
        if (!result.ok) return sendFailure(request, reply, result);
        reply.setSessionCookie(result.value.sessionToken);
        return getSessionView(ctx, result.value.auth, reply.rotateCsrfToken(request));
      },
    );

    app.post('/api/auth/sign-out', { schema: { tags } }, async (request, reply) => {
      if (request.auth) await signOut(ctx, request.auth.tokenHash);
      reply.clearSessionCookie();
      return reply.code(204).send();
    });

    app.post('/api/auth/sign-out-everywhere', { schema: { tags } }, async (request, reply) => {
      const auth = requireUser(request);
      await signOutEverywhere(ctx, auth.user.id);
      reply.clearSessionCookie();
      return reply.code(204).send();
    });

    app.put(
      '/api/session/account',
      { schema: { tags, body: SwitchAccountBody, response: { 200: SessionView, ...problems } } },
      async (request, reply) => {
        const auth = requireUser(request);
        const result = await switchAccount(ctx, auth, request.body.accountId);
        if (!result.ok) return sendFailure(request, reply, result);
        return getSessionView(ctx, { ...auth, currentAccountId: result.value.accountId }, request.csrfToken);
      },
    );

    app.get('/api/me/profile', { schema: { tags: ['My page'], response: { 200: Profile, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getProfile(ctx, requireUser(request).user.id)),
    );

    app.put(
      '/api/me/profile',
      { schema: { tags: ['My page'], body: UpdateProfileBody, response: { 200: Profile, ...problems } } },
      async (request, reply) =>
        sendResult(request, reply, await updateProfile(ctx, requireUser(request).user.id, request.body)),
    );
  };
}
