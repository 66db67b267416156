import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../modules/identity/index.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { listDevMailbox } from './dev-mailbox.repo.ts';

type Received = { from: string; to: string[]; data: string };

/** A real SMTP server on loopback: what Hylle sends must arrive over the wire. */
async function startSmtpServer() {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse) return callback(new Error('mailbox unavailable'));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseMail(on: boolean) {
      refuse = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Hylle <noreply@hylle.test>' });
  await t.database.db.transaction((tx) => insertUser(tx, { email: 'siri@bibliotek.no', name: 'Siri' }));
});
afterAll(async () => {
  await t.stop();
  await smtp.close();
});

describe('e-mail through SMTP', () => {
  it('delivers the sign-in code to the SMTP server, not to the dev mailbox', async () => {
    const c = t.client();
    await c.get('/api/session');
    expect((await c.post('/api/auth/code', { email: 'siri@bibliotek.no' })).statusCode).toBe(202);
    await t.worker.drain();

    const mail = smtp.received.find((m) => m.to.includes('siri@bibliotek.no'));
    expect(mail).toBeDefined();
    expect(mail?.from).toBe('noreply@hylle.test');
    const code = mail?.data.match(/Subject: (\d{6}) /)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(await listDevMailbox(t.database.db)).toHaveLength(0);

    const verified = await c.post('/api/auth/verify', { email: 'siri@bibliotek.no', code });
    expect(verified.statusCode).toBe(200);
  });

  it('retries a refused mail with backoff and sends it once the server takes it', async () => {
    smtp.refuseMail(true);
    const c = t.client();
    await c.get('/api/session');
    await c.post('/api/auth/code', { email: 'siri@bibliotek.no' });
    const before = smtp.received.length;
    await t.worker.drain();
    expect(smtp.received.length).toBe(before);

    smtp.refuseMail(false);
    await t.worker.drain();
    expect(smtp.received.length).toBe(before); // not due yet: the retry waits for its backoff
    t.clock.advance(60_000);
    await t.worker.drain();
    expect(smtp.received.length).toBe(before + 1);
  });
});
