import type { FastifyInstance } from 'fastify';
import type { Database } from './db.ts';
import { databaseAnswers, pendingMigrations } from './migrate.ts';

/**
 * /healthz: the process answers. /readyz: it can serve — database reachable, schema current,
 * search index loaded (a load balancer should not send searches to a process still loading).
 */
export function healthRoutes(db: Database, isShuttingDown: () => boolean, isSearchReady: () => boolean = () => true) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      if (isShuttingDown()) return reply.code(503).send({ status: 'shutting_down' });
      if (!(await databaseAnswers(db))) return reply.code(503).send({ status: 'database_unreachable' });
      const pending = await pendingMigrations(db);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations_pending', pending });
      if (!isSearchReady()) return reply.code(503).send({ status: 'search_index_loading' });
      return { status: 'ready' };
    });
  };
}
