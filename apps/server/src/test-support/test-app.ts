import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { fixedClock } from '../kernel/clock.ts';
import { listDevMailbox } from '../platform/dev-mailbox.repo.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = App & {
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /**
   * A browser of its own: keeps its cookies and sends the CSRF token like the web app.
   * Each client comes from its own IP address unless one is given, as people do.
   */
  client(options?: { ip?: string }): TestClient;
  /** Runs the outbox, then returns the newest sign-in code mailed to the address. */
  latestCodeFor(email: string): Promise<string>;
  /** Signs the address in through the real code flow and returns the signed-in client. */
  signIn(email: string, options?: { ip?: string }): Promise<TestClient>;
  stop(): Promise<void>;
};

export type TestClient = {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookies: Map<string, string>;
  ip: string;
};

export type TestAppOptions = {
  /** Runs on the built app before it is made ready: a test can add routes of its own. */
  beforeReady?: (app: FastifyInstance) => void | Promise<void>;
  /** A built web app of the test's own to serve. */
  webRoot?: string;
  /** False: leave the search index unloaded, as in a server that is still starting. */
  loadSearch?: boolean;
};

export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = fixedClock(new Date());
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const built = await buildApp({ config, db: database.db, clock, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await options.beforeReady?.(built.app);
  await built.app.ready();
  // As main.ts does at start; tests that write products refresh it again themselves.
  if (options.loadSearch !== false) await built.search.refresh();

  let clients = 0;
  const client = (clientOptions: { ip?: string } = {}): TestClient => {
    clients += 1;
    const cookies = new Map<string, string>();
    const self: TestClient = {
      cookies,
      csrfToken: '',
      ip: clientOptions.ip ?? `10.0.${Math.floor(clients / 250)}.${(clients % 250) + 1}`,
      async request(options) {
        const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
        if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        if (self.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = self.csrfToken;
        const response = await built.app.inject({ remoteAddress: self.ip, ...options, headers });
        for (const c of response.cookies) {
          if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) cookies.delete(c.name);
          else cookies.set(c.name, c.value);
        }
        const body = response.headers['content-type']?.includes('json') ? (response.json() as { csrfToken?: unknown }) : null;
        if (body && typeof body.csrfToken === 'string') self.csrfToken = body.csrfToken;
        return response;
      },
      get: (url) => self.request({ method: 'GET', url }),
      post: (url, payload) => self.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
      put: (url, payload) => self.request({ method: 'PUT', url, payload: payload as object }),
      patch: (url, payload) => self.request({ method: 'PATCH', url, payload: payload as object }),
      delete: (url) => self.request({ method: 'DELETE', url }),
    };
    return self;
  };

  const latestCodeFor = async (email: string) => {
    await built.worker.drain();
    // The code is in the subject of the sign-in mail; a welcome mail's customer number is not.
    const mail = (await listDevMailbox(database.db)).find((m) => m.to === email && /\b\d{6}\b/.test(m.subject));
    const code = mail?.subject.match(/\b(\d{6})\b/)?.[1];
    if (!code) throw new Error(`no sign-in code was mailed to ${email}`);
    return code;
  };

  return {
    ...built,
    database,
    clock,
    client,
    latestCodeFor,
    async signIn(email, signInOptions) {
      const c = client(signInOptions);
      await c.get('/api/session');
      const asked = await c.post('/api/auth/code', { email });
      if (asked.statusCode !== 202) throw new Error(`asking for a code failed: ${asked.body}`);
      const verified = await c.post('/api/auth/verify', { email, code: await latestCodeFor(email) });
      if (verified.statusCode !== 200) throw new Error(`sign-in failed: ${verified.body}`);
      return c;
    },
    async stop() {
      await built.close();
      await database.close();
    },
  };
}
