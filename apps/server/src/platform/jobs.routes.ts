import { DeadJob, IdParams, Problem } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../kernel/clock.ts';
import { requireStaff } from './auth-session.ts';
import type { Database } from './db.ts';
import { sendResult } from './http-errors.ts';
import { listDeadLetters, retryDeadLetter } from './jobs.ts';

/** Dead letters in the backoffice: jobs that kept failing, with their last error, and a retry. */
export function jobsRoutes(db: Database, clock: Clock) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['Backoffice: operations'];
    app.get('/api/backoffice/jobs/dead', { schema: { tags, response: { 200: z.array(DeadJob), 401: Problem, 403: Problem } } }, async (request, reply) => {
      requireStaff(request);
      return sendResult(request, reply, await listDeadLetters(db));
    });
    app.post('/api/backoffice/jobs/:id/retry', { schema: { tags, params: IdParams } }, async (request, reply) => {
      const { user } = requireStaff(request);
      return sendResult(request, reply, await retryDeadLetter(db, { userId: user.id, email: user.email }, request.params.id, clock.now()), 204);
    });
  };
}
