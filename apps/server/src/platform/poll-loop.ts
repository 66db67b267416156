import type { Logger } from 'pino';

/**
 * Runs `work` until it finds nothing to do, sleeps `pollMs`, and again, until stopped —
 * the shape of every background runner in a process (outbox worker, catalogue imports).
 * A failure is logged and the loop goes on at the next poll.
 */
export class PollLoop {
  private readonly work: () => Promise<unknown>;
  private readonly pollMs: number;
  private readonly log: Logger;
  private readonly failureMessage: string;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private running = false;

  constructor(options: { work: () => Promise<unknown>; pollMs: number; log: Logger; failureMessage: string }) {
    this.work = options.work;
    this.pollMs = options.pollMs;
    this.log = options.log;
    this.failureMessage = options.failureMessage;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.work();
        } catch (error) {
          this.log.error({ err: error }, this.failureMessage);
        }
        if (!this.running) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.pollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    })();
  }

  /** Looks for work now instead of at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops polling and waits for the work in hand to finish. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }
}
