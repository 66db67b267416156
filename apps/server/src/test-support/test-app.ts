import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { fixedClock } from '../kernel/clock.ts';
import { listDevMailbox } from '../platform/dev-mailbox.repo.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = App & {
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /** A browser of its own: keeps its cookies and sends the CSRF token like the web app. */
  client(): TestClient;
  /** Runs the outbox, then returns the newest sign-in code mailed to the address. */
  latestCodeFor(email: string): Promise<string>;
  /** Signs the address in through the real code flow and returns the signed-in client. */
  signIn(email: string): Promise<TestClient>;
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
};

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = fixedClock(new Date());
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const built = await buildApp({ config, db: database.db, clock });
  await built.app.ready();

  const client = (): TestClient => {
    const cookies = new Map<string, string>();
    const self: TestClient = {
      cookies,
      csrfToken: '',
      async request(options) {
        const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
        if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        if (self.csrfToken && !('x-csrf-token' in headers)) headers['x-csrf-token'] = self.csrfToken;
        const response = await built.app.inject({ ...options, headers });
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
    const mail = (await listDevMailbox(database.db)).find((m) => m.to === email);
    const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
    if (!code) throw new Error(`no sign-in code was mailed to ${email}`);
    return code;
  };

  return {
    ...built,
    database,
    clock,
    client,
    latestCodeFor,
    async signIn(email) {
      const c = client();
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
