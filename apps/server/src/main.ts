import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig, productionProblems } from './config.ts';
import { seedDemoCatalogue } from './demo/seed-demo-catalogue.ts';
import { demoSignIns, seedDemoData } from './demo/seed-demo-data.ts';
import { systemClock } from './kernel/clock.ts';
import { openDatabase } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';

const started = performance.now();
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
const applied = await migrate(database.db);
if (applied.length) log.info({ applied }, 'migrations applied');

const { app, worker, search, imports, ctx, housekeep, close } = await buildApp({ config, db: database.db, clock: systemClock, log });
const seeded = config.demoData ? await seedDemoData(ctx) : false;
if (seeded) log.info('demo data created');
const demoCatalogue = config.demoData ? await seedDemoCatalogue(ctx) : null;
if (demoCatalogue) log.info({ added: demoCatalogue.added, skipped: demoCatalogue.skipped }, 'demo catalogue loaded');
// Requests are taken while the index loads (/readyz says when it is done); a search before then is a 503.
if (config.role !== 'worker') search.start();

if (config.role !== 'web') {
  worker.start();
  imports.start();
  await housekeep();
  setInterval(() => void housekeep(), 3600_000).unref();
}
if (config.role !== 'worker') await app.listen({ host: config.host, port: config.port });

const ms = Math.round(performance.now() - started);
const lines = [``, `  Hylle is running at ${config.publicUrl}  (ready in ${ms} ms, ${database.kind})`];
if (config.demoData) {
  lines.push(``, `  Demo sign-in addresses (the one-time code arrives at ${config.publicUrl}/dev/mailbox):`);
  for (const person of demoSignIns(config.store.country)) lines.push(`    ${person.email.padEnd(34)} ${person.who}`);
}
lines.push(``, `  API documentation: ${config.publicUrl}/api/docs`, ``);
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
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
