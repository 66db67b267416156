import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import type { Clock } from './kernel/clock.ts';
import { accountRoutes, backofficeRoutes, CUSTOMER_NUMBERS, ensureNumberSeries, membershipDirectory } from './modules/accounts/index.ts';
import { budgetsBackofficeRoutes, budgetsRoutes, cartRoutes, checkoutRoutes, orderImportsRoutes } from './modules/purchasing/index.ts';
import { deskRoutes, libraryRoutes } from './modules/library/index.ts';
import { INVOICE_NUMBERS, ordersBackofficeRoutes, ordersRoutes } from './modules/orders/index.ts';
import { distributionRoutes } from './modules/distribution/index.ts';
import { CatalogImportRunner, CatalogSearch, catalogBackofficeRoutes, catalogRoutes } from './modules/catalog/index.ts';
import { forgetEndedSignIns, identityRoutes, resolveSession } from './modules/identity/index.ts';
import { registerAuthSession } from './platform/auth-session.ts';
import type { AppContext } from './platform/context.ts';
import type { Database } from './platform/db.ts';
import { devMailboxRoutes } from './platform/dev-mailbox.routes.ts';
import { healthRoutes } from './platform/health.routes.ts';
import { platformHousekeeping, runHousekeeping } from './platform/housekeeping.ts';
import { registerErrorHandling, sendProblem } from './platform/http-errors.ts';
import { countJobsByStatus } from './platform/jobs.repo.ts';
import { jobsRoutes } from './platform/jobs.routes.ts';
import { JobWorker } from './platform/jobs.ts';
import { createSendMailHandler, SEND_MAIL_JOB } from './platform/mail.ts';
import { registerMetrics } from './platform/metrics.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { loadOrCreateSecret } from './platform/secrets.repo.ts';

const builtWebApp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type App = {
  app: FastifyInstance;
  worker: JobWorker;
  /** This process's search index; `start` loads it, tests may `refresh` it after writing products. */
  search: CatalogSearch;
  /** Runs uploaded catalogue imports (`start`); tests call `drain`. */
  imports: CatalogImportRunner;
  ctx: AppContext;
  /** Deletes what has served its time (ended sessions, old codes, stale counters, old jobs). */
  housekeep(): Promise<void>;
  /** Stops taking requests, lets those in flight finish, stops the worker. The database is the caller's. */
  close(): Promise<void>;
};

/** Wiring only: every feature comes from its module, every mechanism from platform/. */
export async function buildApp(options: {
  config: Config;
  db: Database;
  clock: Clock;
  log?: Logger;
  /** The built web app to serve (apps/web/dist unless a test gives its own). */
  webRoot?: string;
}): Promise<App> {
  const { config, db, clock } = options;
  const log = options.log ?? pino({ level: config.logLevel });
  const ctx: AppContext = { db, clock, config, log };
  let shuttingDown = false;

  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    // A hop count becomes a function: trust that many proxies in front and no further.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Hylle API', version: '0.1.0', description: 'B2B bookshop and acquisitions platform' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const codeKey = await loadOrCreateSecret(db, 'sign_in_code_key');
  await ensureNumberSeries(db, CUSTOMER_NUMBERS, config.store.customerNumberSeries.start);
  await ensureNumberSeries(db, INVOICE_NUMBERS, 10001);
  await registerAuthSession(app, {
    resolveSession: (tokenHash) => resolveSession(ctx, tokenHash),
    secureCookies: config.secureCookies,
  });
  registerMetrics(app, { jobCounts: () => countJobsByStatus(db), token: config.metricsToken });

  const search = new CatalogSearch({ db, log });
  const imports = new CatalogImportRunner({ db, clock, store: config.store, log, afterBatch: () => void search.refresh().catch(() => undefined) });

  await app.register(healthRoutes(db, () => shuttingDown, () => search.ready));
  await app.register(identityRoutes({ ...ctx, codeKey, memberships: membershipDirectory }));
  await app.register(accountRoutes(ctx));
  await app.register(backofficeRoutes(ctx));
  await app.register(budgetsRoutes(ctx));
  await app.register(distributionRoutes(ctx));
  await app.register(budgetsBackofficeRoutes(ctx));
  await app.register(cartRoutes(ctx));
  await app.register(checkoutRoutes(ctx));
  await app.register(ordersRoutes(ctx));
  await app.register(ordersBackofficeRoutes(ctx));
  await app.register(orderImportsRoutes(ctx));
  await app.register(libraryRoutes(ctx));
  await app.register(deskRoutes(ctx));
  await app.register(catalogRoutes({ ...ctx, search }));
  await app.register(
    catalogBackofficeRoutes({ ...ctx, uploadLimitBytes: config.catalogueUploadLimitBytes, onUploaded: () => imports.wake() }),
  );
  await app.register(jobsRoutes(db, clock));
  // Only where mail really lands in it: not in production, not when SMTP is configured.
  if (config.env !== 'production' && !config.smtpUrl) await app.register(devMailboxRoutes(db, config.store.timeZone));

  const webRoot = options.webRoot ?? builtWebApp;
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    // Any GET outside the server's own paths (/api, /dev) that does not name a file is a page
    // of the web app, which draws its own 404; a missing file (/assets/x.js) stays a 404.
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !/^\/(api|dev)\//.test(path) && !/\.[A-Za-z0-9]+$/.test(path);
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, 404, 'not_found', `No such resource: ${request.method} ${path}`);
  });

  const mail = createSendMailHandler({ smtpUrl: config.smtpUrl, from: config.mailFrom, db, log });
  const worker = new JobWorker({ db, clock, log, handlers: { [SEND_MAIL_JOB]: mail.handler } });

  const housekeepingTasks = [platformHousekeeping(db, clock), () => forgetEndedSignIns(ctx)];

  return {
    app,
    worker,
    search,
    imports,
    ctx,
    housekeep: () => runHousekeeping(housekeepingTasks, log),
    async close() {
      shuttingDown = true;
      await app.close();
      search.stop();
      await Promise.all([worker.stop(), imports.stop()]);
      mail.close();
    },
  };
}
