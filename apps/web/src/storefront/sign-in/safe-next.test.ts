import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps a local path', () => {
    expect(safeNext('/min-side/brukere?x=1')).toBe('/min-side/brukere?x=1');
  });
  it('refuses other sites and loops', () => {
    expect(safeNext('https://evil.example')).toBe('/min-side');
    expect(safeNext('//evil.example')).toBe('/min-side');
    expect(safeNext('/\\evil.example')).toBe('/min-side');
    expect(safeNext('/logg-inn')).toBe('/min-side');
    expect(safeNext(null)).toBe('/min-side');
  });
});
