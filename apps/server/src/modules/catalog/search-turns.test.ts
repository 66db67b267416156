import { describe, expect, it } from 'vitest';
import { SearchTurns } from './search-turns.ts';

describe('SearchTurns', () => {
  it('runs searches in the order they came, one per pass of the event loop', async () => {
    const turns = new SearchTurns();
    const order: string[] = [];
    const first = turns.run(() => order.push('search 1'));
    const second = turns.run(() => order.push('search 2'));
    expect(turns.queued).toBe(2);
    // Something else the loop has to do, queued after both searches: it runs between them.
    setImmediate(() => order.push('a request that came meanwhile'));
    await Promise.all([first, second]);
    expect(order).toEqual(['search 1', 'a request that came meanwhile', 'search 2']);
    expect(turns.queued).toBe(0);
  });

  it('gives each search its own result or error, and goes on after an error', async () => {
    const turns = new SearchTurns();
    const failing = turns.run(() => {
      throw new Error('index broken');
    });
    const next = turns.run(() => 42);
    await expect(failing).rejects.toThrow('index broken');
    await expect(next).resolves.toBe(42);
  });
});
