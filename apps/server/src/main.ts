import cluster from 'node:cluster';
import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig, productionProblems } from './config.ts';
import { seedDemoCatalogue } from './demo/seed-demo-catalogue.ts';
import { demoSignIns, seedDemoData } from './demo/seed-demo-data.ts';
import { systemClock } from './kernel/clock.ts';
import { openDatabase } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';
import { forkWebProcesses, stopWebProcesses } from './platform/web-processes.ts';

const started = performance.now();
let stopping = false;
const config = loadConfig();
const log = pino({
  level: config.logLevel,
  ...(process.stdout.isTTY && config.env === 'development'
    ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } }
    : {}),
});

const problems = productionProblems(config);
if (problems.length > 0) {
  for (const problem of problems) log.fatal(problem);
  process.exit(1);
}

const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  onIdleClientError: (error) => log.warn({ err: error }, 'an idle database connection was closed by the server'),
});
log.info({ database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined }, 'database open');

// With several web processes (HYLLE_WEB_PROCESSES), this primary process prepares the
// database and runs the background work; the web processes it forks only serve HTTP.
const servesAsPrimary = cluster.isPrimary && config.webProcesses > 1 && config.role !== 'worker';
const servesAsWebProcess = cluster.isWorker;

if (!servesAsWebProcess) {
  const applied = await migrate(database.db);
  if (applied.length) log.info({ applied }, 'migrations applied');
}

const { app, worker, search, imports, ctx, housekeep, close } = await buildApp({ config, db: database.db, clock: systemClock, log });
if (!servesAsWebProcess) {
  const seeded = config.demoData ? await seedDemoData(ctx) : false;
  if (seeded) log.info('demo data created');
  const demoCatalogue = config.demoData ? await seedDemoCatalogue(ctx) : null;
  if (demoCatalogue) log.info({ added: demoCatalogue.added, skipped: demoCatalogue.skipped }, 'demo catalogue loaded');
}

if (config.role !== 'web' && !servesAsWebProcess) {
  worker.start();
  imports.start();
  await housekeep();
  setInterval(() => void housekeep(), 3600_000).unref();
}

if (servesAsPrimary) {
  await forkWebProcesses({ count: config.webProcesses, log, isStopping: () => stopping });
} else if (servesAsWebProcess) {
  // The port is shared: a web process joins it only once its index is loaded, so no search
  // is sent to a process still loading while another could answer it.
  search.start();
  await search.loaded;
  await app.listen({ host: config.host, port: config.port });
} else if (config.role !== 'worker') {
  // Requests are taken while the index loads (/readyz says when it is done); a search before then is a 503.
  search.start();
  await app.listen({ host: config.host, port: config.port });
}

if (!servesAsWebProcess) {
  const ms = Math.round(performance.now() - started);
  const processes = servesAsPrimary ? `, ${config.webProcesses} web processes` : '';
  const lines = [``, `  Hylle is running at ${config.publicUrl}  (ready in ${ms} ms, ${database.kind}${processes})`];
  if (config.demoData) {
    lines.push(``, `  Demo sign-in addresses (the one-time code arrives at ${config.publicUrl}/dev/mailbox):`);
    for (const person of demoSignIns(config.store.country)) lines.push(`    ${person.email.padEnd(34)} ${person.who}`);
  }
  lines.push(``, `  API documentation: ${config.publicUrl}/api/docs`, ``);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing requests in flight');
  // A stuck connection must not keep the process alive for ever.
  const force = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, 20_000);
  force.unref();
  try {
    if (servesAsPrimary) await stopWebProcesses();
    await close();
    await database.close();
    log.info('stopped');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
