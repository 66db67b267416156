/**
 * `npm run bench:search -- --titles 1000000 [--seconds 20] [--clients 32] [--databases postgres,pglite] [--processes 2]`
 *
 * Generates a catalogue as an ONIX file, loads it through the same import as the backoffice
 * and the command line (`import-catalogue.ts`), starts the real server on it, and runs a
 * mixed query load over HTTP with concurrent clients: one word, two words, a typo, an ISBN,
 * filters only, a suggestion prefix. Prints JSON: the load rate, the time until the
 * server's index is ready, its memory, and p50/p95/p99 latency and requests/s per query
 * type, for PostgreSQL (DATABASE_URL, or the local server on 127.0.0.1) and PGlite.
 * Targets (issue 3, PostgreSQL, 1,000,000 titles, 2 cores): import ≥ 10,000 titles/s,
 * search p95 ≤ 30 ms, suggestions p95 ≤ 15 ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProducts } from '../apps/server/src/demo/catalogue/generate-products.ts';
import { createBenchDatabase } from './support/bench-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    titles: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '32' },
    databases: { type: 'string', default: 'postgres,pglite' },
    keep: { type: 'boolean', default: false },
    /** Reuse a file an earlier run generated with the same --titles (and seed 7). */
    file: { type: 'string' },
    /** Web processes of the server (HYLLE_WEB_PROCESSES; PostgreSQL only). */
    processes: { type: 'string', default: '1' },
    /** Only the query load, against a server already running on this port with the same titles (profiling). */
    port: { type: 'string' },
  },
});
const titles = Number(values.titles);
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const databases = values.databases.split(',');
const today = new Date().toISOString().slice(0, 10);
const log = (message: string) => process.stderr.write(`[bench:search] ${message}\n`);

function run(command: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command.join(' ')} exited with ${code}: ${out}`))));
  });
}

// ── 1. The catalogue file ────────────────────────────────────────────────────
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-bench-search-'));
const file = values.file ?? path.join(work, `catalogue-${titles}.xml`);
let generated = { bytes: 0, seconds: 0 };
if (values.file && fs.existsSync(values.file)) {
  generated.bytes = fs.statSync(values.file).size;
  log(`reusing ${file}`);
} else {
  log(`generating ${titles} titles into ${file}`);
  generated = JSON.parse((await run(['scripts/generate-catalogue.ts', '--titles', String(titles), '--out', file, '--store', 'no', '--seed', '7', '--today', today], {})).trim().split('\n').at(-1)!) as { bytes: number; seconds: number };
}

// ── 2. The query mix, from the same generated titles ─────────────────────────
type QueryType = 'one_word' | 'two_words' | 'typo' | 'isbn' | 'filters_only' | 'suggest';
const queryTypes: QueryType[] = ['one_word', 'two_words', 'typo', 'isbn', 'filters_only', 'suggest'];
const samples: Record<QueryType, string[]> = { one_word: [], two_words: [], typo: [], isbn: [], filters_only: [], suggest: [] };
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
const sampleEvery = Math.max(1, Math.floor(titles / 4000));
let index = 0;
for (const record of generateProducts({ count: titles, seed: 7, store: 'no', today })) {
  index += 1;
  if (index % sampleEvery !== 0) continue;
  const titleWords = words(record.title);
  const nameWords = record.contributors.flatMap((c) => words(c.name));
  const all = [...titleWords, ...nameWords];
  if (all.length === 0) continue;
  const word = pick(all);
  samples.one_word.push(`q=${encodeURIComponent(word)}`);
  if (titleWords.length >= 2) samples.two_words.push(`q=${encodeURIComponent(`${titleWords[0]} ${titleWords[1]}`)}`);
  else if (nameWords.length) samples.two_words.push(`q=${encodeURIComponent(`${word} ${pick(nameWords)}`)}`);
  const long = all.filter((w) => w.length >= 5);
  if (long.length) {
    const w = pick(long);
    const at = 1 + Math.floor(random() * (w.length - 2));
    samples.typo.push(`q=${encodeURIComponent(w.slice(0, at) + w.slice(at + 1))}`);
  }
  const isbn = record.isbn;
  samples.isbn.push(`q=${random() < 0.5 ? isbn : `${isbn.slice(0, 3)}-${isbn.slice(3, 5)}-${isbn.slice(5, 9)}-${isbn.slice(9, 12)}-${isbn.slice(12)}`}`);
  const filters = [`form=${record.form}`, `audience=${record.audience}`, `genre=${record.genre}`, `availability=${record.availability.status}`];
  if (record.language) filters.push(`language=${record.language}`);
  if (record.releaseDate) filters.push(`year=${record.releaseDate.slice(0, 4)}`);
  const chosen = filters.filter(() => random() < 0.5);
  samples.filters_only.push(`${(chosen.length ? chosen : [filters[0]!]).join('&')}&sort=${pick(['newest', 'title'])}`);
  samples.suggest.push(`q=${encodeURIComponent(word.slice(0, Math.min(word.length, 3 + Math.floor(random() * 3))))}`);
}

// ── 3. Per database: import, start, load ─────────────────────────────────────
type Latencies = Record<QueryType, number[]>;
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

/** GETs a URL and reads the whole body; the status, or 0 when the request failed. */
function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.on('data', () => undefined);
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', () => resolve(0));
    });
    request.once('error', () => resolve(0));
  });
}

async function measureLoad(port: number): Promise<Record<QueryType, { n: number; p50: number; p95: number; p99: number; rps: number; errors: number }>> {
  const latencies: Latencies = { one_word: [], two_words: [], typo: [], isbn: [], filters_only: [], suggest: [] };
  const errors: Record<QueryType, number> = { one_word: 0, two_words: 0, typo: 0, isbn: 0, filters_only: 0, suggest: 0 };
  const urlFor = (type: QueryType) =>
    `http://127.0.0.1:${port}/api/catalog/${type === 'suggest' ? 'suggest' : 'search'}?${pick(samples[type])}`;
  let recording = false;
  const warmupEnds = performance.now() + 3000;
  const ends = warmupEnds + seconds * 1000;
  let turn = 0;
  // A plain keep-alive agent, one connection per client: fetch() cost the load generator
  // about three times the CPU per request, taken from the same two cores as the server.
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const client = async () => {
    while (performance.now() < ends) {
      const type = queryTypes[turn++ % queryTypes.length]!;
      const started = performance.now();
      const status = await get(agent, urlFor(type));
      const ms = performance.now() - started;
      recording = performance.now() >= warmupEnds;
      if (!recording) continue;
      if (status !== 200) errors[type] += 1;
      else latencies[type].push(ms);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  return Object.fromEntries(
    queryTypes.map((type) => {
      const sorted = latencies[type].sort((a, b) => a - b);
      const round = (n: number) => Math.round(n * 10) / 10;
      return [type, { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), rps: Math.round(sorted.length / seconds), errors: errors[type] }];
    }),
  ) as never;
}

/** The process and its children (the web processes), from /proc. */
function processTreeOf(pid: number): number[] {
  const children = fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return Number(fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children];
}

function residentKiB(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function benchDatabase(kind: string) {
  let env: NodeJS.ProcessEnv;
  let drop = async () => undefined as void;
  if (kind === 'postgres') {
    const database = await createBenchDatabase('hylle_bench', 1);
    env = { DATABASE_URL: database.url };
    drop = () => database.drop({ keep: values.keep });
  } else {
    env = { DATABASE_URL: '', HYLLE_DATA_DIR: path.join(work, 'pglite') };
  }
  try {
    log(`${kind}: importing`);
    const imported = JSON.parse((await run(['apps/server/src/import-catalogue.ts', '--quiet', file], { ...env, LOG_LEVEL: 'warn' })).trim()) as {
      added: number;
      skipped: number;
      seconds: number;
      recordsPerSecond: number;
    };
    log(`${kind}: ${imported.added} titles in ${imported.seconds} s; starting the server`);
    const port = 4100 + Math.floor(Math.random() * 800);
    const started = performance.now();
    const server = spawn(process.execPath, ['apps/server/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HYLLE_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        HYLLE_ROLE: 'all',
        HYLLE_WEB_PROCESSES: kind === 'postgres' ? values.processes : '1',
      },
      stdio: 'ignore',
    });
    try {
      for (;;) {
        if (performance.now() - started > 600_000) throw new Error('server not ready within 10 minutes');
        if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const readySeconds = Math.round((performance.now() - started) / 100) / 10;
      log(`${kind}: ready in ${readySeconds} s; ${clients} clients for ${seconds} s`);
      const queries = await measureLoad(port);
      const rssMB = Math.round(processTreeOf(server.pid!).reduce((sum, pid) => sum + residentKiB(pid), 0) / 1024);
      return { import: { titles: imported.added, skipped: imported.skipped, seconds: imported.seconds, titlesPerSecond: imported.recordsPerSecond }, serverReadySeconds: readySeconds, serverRssMB: rssMB, queries };
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
  } finally {
    await drop();
  }
}

const results: Record<string, unknown> = {};
if (values.port) results.running = { queries: await measureLoad(Number(values.port)) };
else for (const kind of databases) results[kind] = await benchDatabase(kind);
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'search',
    titles,
    clients,
    seconds,
    cpus: os.cpus().length,
    file: { bytes: generated.bytes, generateSeconds: generated.seconds },
    webProcesses: Number(values.processes),
    targets: { importTitlesPerSecond: 10_000, searchP95Ms: 30, suggestP95Ms: 15 },
    ...results,
  })}\n`,
);
