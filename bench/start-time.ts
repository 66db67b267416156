/**
 * How long the server takes from process start to ready (/readyz 200) on the embedded
 * database: the first start (create, migrate, demo data) and the second (reuse).
 * Target (issue 2): the second start under 10 s. Prints JSON.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-bench-'));
const port = 3900 + Math.floor(Math.random() * 90);

async function timeOneStart(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, HYLLE_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('server not ready within 60 s');
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ready) return Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const firstStartMs = await timeOneStart();
const secondStartMs = await timeOneStart();
fs.rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ benchmark: 'start-time', database: 'pglite', firstStartMs, secondStartMs, targetSecondStartMs: 10_000 })}\n`,
);
