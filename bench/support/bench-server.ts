/**
 * What the HTTP benchmarks share: a database of their own on the PostgreSQL server
 * (DATABASE_URL, or the local one on 127.0.0.1), the real server (`main.ts`) started on it,
 * sessions written straight into the database (a sign-in needs a mailed code), and JSON
 * requests over one keep-alive agent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type BenchDatabase = { url: string; pool: pg.Pool; drop(options: { keep: boolean }): Promise<void> };

/** A new, empty database named after the benchmark; `drop` ends the pool and removes it. */
export async function createBenchDatabase(prefix: string, poolSize: number): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: poolSize });
  return {
    url: url.toString(),
    pool,
    async drop({ keep }) {
      await pool.end();
      if (keep) return;
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export type BenchServer = { port: number; stop(): Promise<void> };

/** Starts `main.ts` on the database with no demo data and waits until it is ready. */
export async function startBenchServer(databaseUrl: string, options: { processes?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<BenchServer> {
  const port = 4100 + Math.floor(Math.random() * 800);
  const app: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HYLLE_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      HYLLE_ROLE: 'all',
      HYLLE_WEB_PROCESSES: options.processes ?? '1',
      ...options.env,
    },
    stdio: 'ignore',
  });
  const stop = async () => {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  };
  const started = performance.now();
  for (;;) {
    if (performance.now() - started > 300_000) {
      await stop();
      throw new Error('server not ready within 5 minutes');
    }
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop };
}

export type Session = { cookie: string; csrf: string };

/** A signed-in session for the user, with its current account when given. */
export async function insertSession(db: pg.Pool, userId: string, accountId: string | null = null): Promise<Session> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(16).toString('base64url');
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, current_account_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), now(), now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('base64url'), userId, accountId],
  );
  return { cookie: `hylle_session=${token}; hylle_csrf=${csrf}`, csrf };
}

export const benchAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One API request as the web app sends it; status 0 when the connection failed. The body is JSON when it parses. */
export function request<T = unknown>(port: number, session: Session, method: string, url: string, body?: unknown): Promise<{ status: number; json: T }> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: benchAgent,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, json: json as T });
        });
      },
    );
    req.once('error', () => resolve({ status: 0, json: null as T }));
    if (payload) req.write(payload);
    req.end();
  });
}
