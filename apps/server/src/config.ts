import os from 'node:os';
import path from 'node:path';
import { parseTrackingTemplates, type TrackingTemplates } from './modules/orders/documents/tracking-links.ts';
import { loadStoreConfig, type StoreConfig } from './store-config.ts';

/** Every environment variable the server reads, parsed once at start (README lists them). */
export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  role: 'all' | 'web' | 'worker';
  /**
   * How many processes serve HTTP on the port (PostgreSQL only). Each holds its own search
   * index; with more than one, a primary process runs migrations, demo data and the
   * background work, and the web processes only serve.
   */
  webProcesses: number;
  demoData: boolean;
  secureCookies: boolean;
  bodyLimitBytes: number;
  /** The largest catalogue file the backoffice takes (streamed to the database, never held in memory). */
  catalogueUploadLimitBytes: number;
  /** Bearer token for /metrics; without it only scrapers on the same machine are answered. */
  metricsToken: string | undefined;
  /**
   * Which X-Forwarded-For hops to believe for the client address (rate limits): false, a
   * number of proxies in front, or their addresses/CIDRs. Never "all": a client could then
   * choose its own address.
   */
  trustProxy: false | number | string;
  store: StoreConfig;
  /** Tracking page per carrier, `{waybill}` in the address (ORD-3); TRACKING_URL_TEMPLATES replaces the defaults. */
  trackingTemplates: TrackingTemplates;
};

function parseTrustProxy(value: string | undefined): false | number | string {
  if (!value || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    throw new Error('TRUST_PROXY=true would let any client choose its address; give the number of proxies in front (e.g. 1) or their addresses');
  }
  return value;
}

function parseWebProcesses(value: string | undefined, cpus: number, databaseUrl: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const processes = value === 'auto' ? cpus : Number(value);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
    throw new Error(`HYLLE_WEB_PROCESSES must be a whole number from 1 to 64, or auto (one per CPU), not "${value}"`);
  }
  if (processes > 1 && !databaseUrl) {
    throw new Error('HYLLE_WEB_PROCESSES above 1 needs DATABASE_URL: the embedded database belongs to a single process');
  }
  return processes;
}

function positiveMegabytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 1) throw new Error(`${name} must be a whole number of megabytes, not "${value}"`);
  return megabytes;
}

/** What must be right before a production server may start; each entry says what is wrong. */
export function productionProblems(config: Config): string[] {
  if (config.env !== 'production') return [];
  const problems: string[] = [];
  if (!config.smtpUrl) problems.push('SMTP_URL is required in production: sign-in codes must reach people by e-mail');
  if (!config.publicUrl.startsWith('https://')) {
    problems.push('PUBLIC_URL must be the https address people use in production (Secure cookies, links in mail)');
  }
  return problems;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const host = env.HOST ?? (mode === 'production' ? '0.0.0.0' : '127.0.0.1');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const role = env.HYLLE_ROLE ?? 'all';
  if (role !== 'all' && role !== 'web' && role !== 'worker') throw new Error('HYLLE_ROLE must be all, web or worker');
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    env: mode,
    host,
    port,
    publicUrl,
    dataDir: path.resolve(env.HYLLE_DATA_DIR ?? 'data'),
    databaseUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Hylle <noreply@hylle.local>',
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    role,
    webProcesses: parseWebProcesses(env.HYLLE_WEB_PROCESSES, os.availableParallelism(), databaseUrl),
    demoData: (env.HYLLE_DEMO_DATA ?? (mode === 'production' ? 'false' : 'true')) === 'true',
    // Cookies are Secure everywhere but on plain-http localhost, where browsers would drop them.
    secureCookies: publicUrl.startsWith('https://'),
    bodyLimitBytes: Number(env.HYLLE_BODY_LIMIT_BYTES ?? 256 * 1024),
    catalogueUploadLimitBytes: positiveMegabytes(env.HYLLE_CATALOGUE_UPLOAD_LIMIT_MB, 2048, 'HYLLE_CATALOGUE_UPLOAD_LIMIT_MB') * 1024 * 1024,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN || undefined,
    store: loadStoreConfig(env),
    trackingTemplates: loadTrackingTemplates(env.TRACKING_URL_TEMPLATES),
  };
}

function loadTrackingTemplates(value: string | undefined): TrackingTemplates {
  const parsed = parseTrackingTemplates(value);
  if (!parsed.ok) throw new Error(`TRACKING_URL_TEMPLATES: ${parsed.detail ?? parsed.code}`);
  return parsed.value;
}
