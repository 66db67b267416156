import type { FastifyInstance } from 'fastify';
import { sendProblem } from './http-errors.ts';
import { isLoopback, sameSecret } from './tokens.ts';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** A registry per app instance, so tests can build many apps in one process. */
export function registerMetrics(
  app: FastifyInstance,
  sources: { jobCounts: () => Promise<Record<string, number>>; token: string | undefined },
) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'hylle_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'hylle_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'hylle_jobs',
    help: 'Outbox jobs by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await sources.jobCounts();
      for (const status of ['pending', 'done', 'dead']) this.set({ status }, counts[status] ?? 0);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, keeps the label set small (no ids in labels).
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    // Metrics describe the business (traffic, job backlog): a scraper shows METRICS_TOKEN,
    // or runs on the same machine.
    const allowed = sources.token
      ? typeof request.headers.authorization === 'string' && sameSecret(request.headers.authorization, `Bearer ${sources.token}`)
      : isLoopback(request.ip);
    if (!allowed) return sendProblem(request, reply, 403, 'forbidden', 'Metrics need METRICS_TOKEN as a bearer token');
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
