import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database, Tx } from './db.ts';
import { storeInDevMailbox } from './dev-mailbox.repo.ts';
import { enqueueJob, type JobHandler } from './jobs.ts';

export type MailMessage = { to: string; subject: string; text: string };

export const SEND_MAIL_JOB = 'mail.send';

/** Mail leaves through the outbox, so it is sent only if the transaction that wrote it commits. */
export function enqueueMail(tx: Tx, message: MailMessage, now: Date) {
  return enqueueJob(tx, SEND_MAIL_JOB, message, now);
}

function isMailMessage(value: unknown): value is MailMessage {
  const m = value as Partial<MailMessage> | null;
  return typeof m?.to === 'string' && typeof m.subject === 'string' && typeof m.text === 'string';
}

/**
 * SMTP when `SMTP_URL` is set; otherwise the dev mailbox in the database (readable at
 * /dev/mailbox) and the log. Production refuses to start without SMTP (productionProblems
 * in config.ts).
 */
export function createSendMailHandler(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Database;
  log: Logger;
}): { handler: JobHandler; close(): void } {
  // Timeouts well inside the job lease (LEASE_MS), so a hung server fails the attempt
  // instead of outliving the lease and letting a second worker send the same mail.
  const transport = options.smtpUrl
    ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 })
    : undefined;
  const handler: JobHandler = async (payload) => {
    if (!isMailMessage(payload)) throw new Error('mail.send job without to, subject and text');
    if (transport) {
      await transport.sendMail({ from: options.from, to: payload.to, subject: payload.subject, text: payload.text });
      options.log.info({ to: payload.to, subject: payload.subject }, 'mail sent');
      return;
    }
    await storeInDevMailbox(options.db, payload);
    options.log.info({ to: payload.to, subject: payload.subject, text: payload.text }, 'mail kept in the dev mailbox');
  };
  return { handler, close: () => transport?.close() };
}
