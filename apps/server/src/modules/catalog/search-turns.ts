/**
 * Searches take turns: one per pass of the event loop. Between two of them the process
 * reads the requests that arrived and answers the quick ones at once (suggestions while
 * typing never queue here), instead of holding them behind every search it had already
 * received. Under load this keeps suggestions at about one search's wait; the searches
 * themselves run in the order they came, as before.
 */
export class SearchTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Runs `work` at its turn and gives its result (or its error). */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error as Error);
        }
      });
      this.schedule();
    });
  }

  /** Searches waiting for their turn (for metrics and tests). */
  get queued(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate queued from an immediate runs on the next pass, after the poll for I/O.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()!();
      this.schedule();
    });
  }
}
