import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** A web process that dies this soon after starting is failing to start, not crashing now and then. */
const failingStartMs = 10_000;

/**
 * Forks `count` web processes that share the HTTP port (Node's cluster module hands out
 * connections round-robin) and resolves once every one of them is listening, that is,
 * has loaded its search index. A web process that exits while the server runs is logged
 * and replaced; one that exits before listening stops the start, since the next one would
 * fail the same way.
 */
export function forkWebProcesses(options: { count: number; log: Logger; isStopping: () => boolean }): Promise<void> {
  const { count, log, isStopping } = options;
  return new Promise((resolve, reject) => {
    let listening = 0;
    const fork = (): Worker => {
      const forkedAt = performance.now();
      const worker = cluster.fork({ HYLLE_ROLE: 'web' });
      let started = false;
      worker.once('listening', () => {
        started = true;
        listening += 1;
        log.info({ webProcess: worker.process.pid, listening, of: count }, 'web process ready');
        if (listening === count) resolve();
      });
      worker.once('exit', (code, signal) => {
        if (isStopping()) return;
        if (!started && listening < count) {
          reject(new Error(`a web process exited while starting (code ${code}, signal ${signal}); its log says why`));
          return;
        }
        log.error({ webProcess: worker.process.pid, code, signal }, 'a web process exited; starting another');
        const delay = performance.now() - forkedAt < failingStartMs ? 5_000 : 0;
        setTimeout(fork, delay).unref();
      });
      return worker;
    };
    for (let i = 0; i < count; i++) fork();
  });
}

/** Asks every web process to finish its requests and stop, and waits until they have. */
export async function stopWebProcesses(): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.process.kill('SIGTERM');
        }),
    ),
  );
}
