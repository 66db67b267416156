import { DeadJob, IdParams, Problem } from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from './auth-session.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Database } from './db.ts';
import { sendProblem } from './http-errors.ts';
import { listDeadJobs, reviveDeadJob } from './jobs.repo.ts';

/** Dead letters in the backoffice: jobs that kept failing, with their last error, and a retry. */
export function jobsRoutes(db: Database, clock: Clock) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['Backoffice: operations'];
    app.get('/api/backoffice/jobs/dead', { schema: { tags, response: { 200: z.array(DeadJob), 401: Problem, 403: Problem } } }, async (request) => {
      requireStaff(request);
      const rows = await db.transaction((tx) => listDeadJobs(tx));
      return rows.map((job) => ({
        id: job.id,
        kind: job.kind,
        attempts: job.attempts,
        lastError: job.lastError ?? '',
        createdAt: job.createdAt.toISOString(),
        failedAt: (job.finishedAt ?? job.createdAt).toISOString(),
      }));
    });
    app.post('/api/backoffice/jobs/:id/retry', { schema: { tags, params: IdParams } }, async (request, reply) => {
      requireStaff(request);
      const revived = await db.transaction((tx) => reviveDeadJob(tx, request.params.id, clock.now()));
      if (!revived) return sendProblem(request, reply, 404, 'not_found', 'No such dead job');
      return reply.code(204).send();
    });
  };
}
