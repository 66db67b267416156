import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Database } from './db.ts';

/** What every module gets from the wiring in app.ts. */
export type AppContext = {
  db: Database;
  clock: Clock;
  config: Config;
  log: Logger;
};
