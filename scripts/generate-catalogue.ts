/**
 * Writes a generated catalogue to a file, for demos, import tests and benchmarks:
 *
 *   node scripts/generate-catalogue.ts --titles 100000 --out FILE [--format onix|csv]
 *     [--tags reference|short] [--namespace] [--store no|be] [--seed 1] [--today YYYY-MM-DD]
 *
 * Streams: records are generated, encoded and written one chunk at a time, waiting for the
 * file when it falls behind, so a million titles take no more memory than ten. Progress
 * goes to stderr; the last line on stdout is a JSON summary {titles, bytes, seconds}.
 * The same options give the same file (`--today` defaults to the current UTC date).
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateProducts } from '../apps/server/src/demo/catalogue/generate-products.ts';
import { catalogueCsvChunks } from '../apps/server/src/demo/catalogue/write-csv.ts';
import { onixMessageChunks } from '../apps/server/src/demo/catalogue/write-onix.ts';
import type { ProductRecord } from '../apps/server/src/modules/catalog/domain/product.ts';

const usage = 'usage: node scripts/generate-catalogue.ts --titles N --out FILE [--format onix|csv] [--tags reference|short] [--namespace] [--store no|be] [--seed N] [--today YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        titles: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'onix' },
        tags: { type: 'string', default: 'reference' },
        namespace: { type: 'boolean', default: false },
        store: { type: 'string', default: 'no' },
        seed: { type: 'string', default: '1' },
        today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const titles = Number(values.titles);
const seed = Number(values.seed);
if (!values.titles || !Number.isInteger(titles) || titles < 0) fail('--titles must be a whole number');
if (!values.out) fail('--out is required');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
if (values.format !== 'onix' && values.format !== 'csv') fail('--format must be onix or csv');
if (values.tags !== 'reference' && values.tags !== 'short') fail('--tags must be reference or short');
if (values.store !== 'no' && values.store !== 'be') fail('--store must be no or be');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail('--today must be YYYY-MM-DD');

const store = values.store;
const started = performance.now();
let done = 0;
let lastReport = started;

/** Counts the records as the writer takes them, and says how far it has come every second. */
function* counted(records: Iterable<ProductRecord>): Generator<ProductRecord, void, undefined> {
  for (const record of records) {
    done++;
    if ((done & 0x3ff) === 0 && performance.now() - lastReport >= 1000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      process.stderr.write(`${done} / ${titles} titles, ${Math.round(done / seconds)} titles/s\n`);
    }
    yield record;
  }
}

function chunksFor(records: Iterable<ProductRecord>): Iterable<string> {
  if (values.format === 'csv') return catalogueCsvChunks(records);
  return onixMessageChunks(records, {
    tags: values.tags as 'reference' | 'short',
    namespace: values.namespace,
    sender: store === 'be' ? 'Hylle demo (BE)' : 'Hylle demo (NO)',
    sentAt: new Date(`${values.today}T00:00:00Z`),
  });
}

const records = counted(generateProducts({ count: titles, seed, store, today: values.today }));
const out = fs.createWriteStream(values.out);
const failed = new Promise<never>((_, reject) => out.once('error', reject));
// Many small chunks are joined into writes of about 256 KiB: fewer calls, same memory bound.
let pending = '';
for (const chunk of chunksFor(records)) {
  pending += chunk;
  if (pending.length >= 256 * 1024) {
    if (!out.write(pending)) await Promise.race([once(out, 'drain'), failed]);
    pending = '';
  }
}
out.end(pending);
await Promise.race([once(out, 'finish'), failed]);

const seconds = Math.round((performance.now() - started) / 10) / 100;
process.stderr.write(`${done} titles written to ${values.out}\n`);
process.stdout.write(`${JSON.stringify({ titles: done, bytes: out.bytesWritten, seconds })}\n`);
