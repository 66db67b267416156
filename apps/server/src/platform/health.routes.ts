import type { FastifyInstance } from 'fastify';
import type { Database } from './db.ts';
import { databaseAnswers, pendingMigrations } from './migrate.ts';

/** /healthz: the process answers. /readyz: it can serve — database reachable, schema current. */
export function healthRoutes(db: Database, isShuttingDown: () => boolean) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      if (isShuttingDown()) return reply.code(503).send({ status: 'shutting_down' });
      if (!(await databaseAnswers(db))) return reply.code(503).send({ status: 'database_unreachable' });
      const pending = await pendingMigrations(db);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations_pending', pending });
      return { status: 'ready' };
    });
  };
}
