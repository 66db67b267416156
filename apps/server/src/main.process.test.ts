import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const node24 = path.join(root, 'node_modules/.bin/node');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-main-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The server as `npm start` runs it, on its own PGlite folder; resolves once it is ready. */
async function start(port: number) {
  const child = spawn(fs.existsSync(node24) ? node24 : process.execPath, ['apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HYLLE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
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
