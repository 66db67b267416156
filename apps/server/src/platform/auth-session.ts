import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './http-errors.ts';
import { newToken, sameSecret, sha256 } from './tokens.ts';

export type AuthUser = { id: string; email: string; name: string; isStaff: boolean };
export type Auth = { tokenHash: string; user: AuthUser; currentAccountId: string | null };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
    csrfToken: string;
  }
}

export type SessionResolver = (tokenHash: string) => Promise<Auth | null>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** `__Host-` cookies cannot be set by a subdomain or over plain http: used whenever we can. */
function cookieNames(secure: boolean) {
  return secure
    ? { session: '__Host-hylle_session', csrf: '__Host-hylle_csrf' }
    : { session: 'hylle_session', csrf: 'hylle_csrf' };
}

/**
 * Reads the session cookie on every request and puts the signed-in user on
 * `request.auth`; enforces CSRF on every state-changing request.
 *
 * CSRF is a double submit: an httpOnly cookie holds a random token and the web app,
 * which receives the same token in the session JSON, echoes it in `x-csrf-token`.
 * Another site can neither read the JSON nor set the cookie.
 */
export async function registerAuthSession(
  app: FastifyInstance,
  options: { resolveSession: SessionResolver; secureCookies: boolean },
) {
  const names = cookieNames(options.secureCookies);
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.decorateRequest('csrfToken', '');

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[names.session];
    request.auth = token ? await options.resolveSession(sha256(token)) : null;
    if (token && !request.auth) reply.clearCookie(names.session, base);

    const csrfCookie = request.cookies[names.csrf];
    // Every state-changing request, whatever its path: matching on the URL would let an
    // encoded path (/%61pi/…) reach an API route without the check.
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (!csrfCookie || typeof header !== 'string' || !sameSecret(header, csrfCookie)) {
        throw new HttpProblem('csrf_failed', 'Missing or wrong CSRF token: reload the page and try again');
      }
    }
    request.csrfToken = csrfCookie ?? '';
  });

  app.decorateReply('issueCsrfToken', function (this: FastifyReply, request: FastifyRequest) {
    if (!request.csrfToken) {
      request.csrfToken = newToken();
      this.setCookie(names.csrf, request.csrfToken, base);
    }
    return request.csrfToken;
  });
  app.decorateReply('rotateCsrfToken', function (this: FastifyReply, request: FastifyRequest) {
    request.csrfToken = newToken();
    this.setCookie(names.csrf, request.csrfToken, base);
    return request.csrfToken;
  });
  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    this.setCookie(names.session, token, { ...base, maxAge: SESSION_MAX_AGE_SECONDS });
  });
  app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
    this.clearCookie(names.session, base);
  });
}

declare module 'fastify' {
  interface FastifyReply {
    /** The CSRF token for this browser, made and set as a cookie when it has none. */
    issueCsrfToken(request: FastifyRequest): string;
    /** A fresh CSRF token, on sign-in, so a token seen before sign-in is worth nothing after. */
    rotateCsrfToken(request: FastifyRequest): string;
    setSessionCookie(token: string): void;
    clearSessionCookie(): void;
  }
}

export function requireUser(request: FastifyRequest): Auth {
  if (!request.auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  return request.auth;
}

export function requireStaff(request: FastifyRequest): Auth {
  const auth = requireUser(request);
  if (!auth.user.isStaff) throw new HttpProblem('forbidden', 'Only the store’s staff may do this');
  return auth;
}
