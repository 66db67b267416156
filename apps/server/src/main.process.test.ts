import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const node24 = path.join(root, 'node_modules/.bin/node');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-main-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The server as `npm start` runs it, on its own PGlite folder (or as `env` says); resolves once it is ready. */
async function start(port: number, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(fs.existsSync(node24) ? node24 : process.execPath, ['apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HYLLE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, exited, output: () => output };
}

describe('the server process', () => {
  const port = 3700 + Math.floor(Math.random() * 200);

  it('starts on an empty data folder, prints the demo sign-ins, and stops cleanly on SIGTERM', async () => {
    const server = await start(port);
    expect(server.output()).toContain(`Hylle is running at http://localhost:${port}`);
    expect(server.output()).toContain('ingrid.hovland@demo.hylle.no');
    const session = await fetch(`http://127.0.0.1:${port}/api/session`).then((r) => r.json() as Promise<{ store: { name: string } }>);
    expect(session.store.name).toBe('Hylle Bibliotekservice');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  });

  it('starts again on the same data, keeping it and creating no second demo store', async () => {
    const server = await start(port);
    expect(server.output()).not.toContain('demo data created');
    const mailbox = await fetch(`http://127.0.0.1:${port}/api/dev/mailbox`).then((r) => r.json() as Promise<{ to: string }[]>);
    // The welcome mails of the first start are still there, once each.
    expect(mailbox.filter((m) => m.to === 'ola.fjordlys@demo.hylle.no')).toHaveLength(1);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

/** Waits up to a minute for `condition`; fails with `describe()` after that. */
async function until(condition: () => boolean, describe: () => string) {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Child processes of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return fs
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
}

describe('several web processes on PostgreSQL (HYLLE_WEB_PROCESSES)', () => {
  // PostgreSQL runs wherever the tests run (CI starts it); this test makes its own database.
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `hylle_processes_${Date.now()}_${process.pid}`;
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('serves searches from two processes, replaces one that dies, and stops them all on SIGTERM', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const port = 3900 + Math.floor(Math.random() * 100);
    const server = await start(port, { DATABASE_URL: databaseUrl, HYLLE_WEB_PROCESSES: '2' });
    // The port answers once the first web process has joined it; the banner waits for both.
    await until(() => server.output().includes('2 web processes'), () => `no banner:\n${server.output()}`);
    const webProcesses = childrenOf(server.child.pid!);
    expect(webProcesses).toHaveLength(2);

    // A new connection each time: the primary hands connections to the web processes in turn.
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/api/catalog/search?q=Hamsun`, { headers: { connection: 'close' } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { total: number }).total).toBeGreaterThan(0);
    }

    process.kill(webProcesses[0]!, 'SIGKILL');
    await until(
      () => server.output().includes('a web process exited; starting another') && childrenOf(server.child.pid!).length === 2,
      () => `no replacement web process:\n${server.output()}`,
    );
    expect(childrenOf(server.child.pid!)).not.toContain(webProcesses[0]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(childrenOf(server.child.pid!)).toEqual([]);
  });
});
