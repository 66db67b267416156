/**
 * `npm run import:onix -- FILE` (or `import:csv`, or `import:catalogue -- FILE` to decide by
 * the file name): loads a catalogue file into the configured database through the same
 * import as the backoffice upload, printing progress to stderr and a JSON summary to
 * stdout. With the embedded database, stop the server first: PGlite has one user at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from './config.ts';
import { systemClock } from './kernel/clock.ts';
import { importCatalogueFile, type ImportFormat } from './modules/catalog/index.ts';
import { openDatabase } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  process.stderr.write('Usage: npm run import:onix -- FILE   (or import:csv, or import:catalogue -- FILE [--format onix|csv])\n');
  process.exit(2);
}
const file: string = positionals[0]!;
const format = (values.format ?? (/\.csv$|\.txt$/i.test(file) ? 'csv' : 'onix')) as ImportFormat;
if (format !== 'onix' && format !== 'csv') {
  process.stderr.write(`--format must be onix or csv, not "${String(values.format)}"\n`);
  process.exit(2);
}
let size: number;
try {
  size = fs.statSync(file).size;
} catch {
  process.stderr.write(`Cannot read ${file}: no such file\n`);
  process.exit(2);
}

const config = loadConfig();
const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(database.db);

const started = performance.now();
let read = 0;
async function* body() {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    read += chunk.byteLength;
    yield chunk;
  }
}
const progress = values.quiet
  ? undefined
  : setInterval(() => {
      const percent = size ? Math.floor((read / size) * 100) : 100;
      process.stderr.write(`\r${path.basename(file)}: ${percent} % read, ${Math.round((performance.now() - started) / 1000)} s`);
    }, 1000);

const outcome = await importCatalogueFile(
  { db: database.db, clock: systemClock, store: config.store, log },
  { fileName: path.basename(file), format, source: 'command_line', body: body(), totalBytes: size },
);
clearInterval(progress);
const seconds = (performance.now() - started) / 1000;
const records = outcome.added + outcome.updated + outcome.unchanged;
if (!values.quiet) process.stderr.write('\n');
process.stdout.write(
  `${JSON.stringify({ file: path.basename(file), database: database.kind, ...outcome, seconds: Number(seconds.toFixed(2)), recordsPerSecond: Math.round(records / seconds) })}\n`,
);
await database.close();
process.exit(outcome.status === 'done' ? 0 : 1);
