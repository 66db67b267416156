import { describe, expect, it } from 'vitest';
import { landingPath, safeNext } from './safe-next.ts';

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

describe('landingPath', () => {
  it('sends staff to the backoffice and customers to My page when no page was asked for', () => {
    expect(landingPath(null, true)).toBe('/backoffice');
    expect(landingPath(null, false)).toBe('/min-side');
    expect(landingPath('https://evil.example', true)).toBe('/backoffice');
  });
  it('follows a local next for everyone', () => {
    expect(landingPath('/min-side/bedrift', true)).toBe('/min-side/bedrift');
  });
});
