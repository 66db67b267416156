import type { FastifyInstance } from 'fastify';
import type { Database } from './db.ts';
import { listDevMailbox } from './dev-mailbox.repo.ts';
import { sendProblem } from './http-errors.ts';
import { isLoopback } from './tokens.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The development mailbox: mail that would have gone by SMTP, newest first. Registered
 * only outside production (see app.ts).
 */
export function devMailboxRoutes(db: Database, timeZone: string) {
  return async (app: FastifyInstance) => {
    // Sign-in codes are in here: only a browser on this machine may read them, even when a
    // development server listens on a public address.
    app.addHook('onRequest', async (request, reply) => {
      if (!isLoopback(request.ip)) {
        return sendProblem(request, reply, 403, 'forbidden', 'The dev mailbox is shown only on the machine the server runs on');
      }
    });
    app.get('/api/dev/mailbox', { schema: { hide: true } }, async () =>
      (await listDevMailbox(db)).map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    );
    app.get('/dev/mailbox', { schema: { hide: true } }, async (_request, reply) => {
      const mails = await listDevMailbox(db);
      const time = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'medium', timeZone });
      const items = mails
        .map(
          (m) => `<li class="mail"><article aria-label="${escape(m.subject)}">
  <h2>${escape(m.subject)}</h2>
  <p class="meta">Til <strong class="to">${escape(m.to)}</strong> · <time datetime="${m.createdAt.toISOString()}">${time.format(m.createdAt)}</time></p>
  <pre>${escape(m.text)}</pre></article></li>`,
        )
        .join('\n');
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Utviklingspostkasse – Hylle</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
ul{list-style:none;padding:0}.mail{border:1px solid #c9d1d9;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
h2{font-size:1.1rem;margin:0}.meta{color:#4a5563;margin:.25rem 0}pre{white-space:pre-wrap;font:inherit;background:#f6f8fa;padding:.75rem;border-radius:.25rem}
a{color:#0b5563}</style></head><body><main>
<h1>Utviklingspostkasse</h1>
<p>E-post som ville blitt sendt med SMTP havner her når <code>SMTP_URL</code> ikke er satt. <a href="/dev/mailbox">Oppdater</a> · <a href="/">Til butikken</a></p>
${mails.length ? `<ul>${items}</ul>` : '<p>Ingen e-post ennå. Be om en innloggingskode, så dukker den opp her.</p>'}
</main></body></html>`;
    });
  };
}
