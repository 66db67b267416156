import { describe, expect, it } from 'vitest';
import { loadConfig, productionProblems } from './config.ts';

describe('TRUST_PROXY', () => {
  it('is off unless told, takes a hop count or proxy addresses, and refuses "true"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/choose its address/);
  });
});

describe('productionProblems', () => {
  it('asks production for SMTP and an https public address', () => {
    expect(productionProblems(loadConfig({ NODE_ENV: 'production' }))).toEqual([
      expect.stringMatching(/^SMTP_URL is required/),
      expect.stringMatching(/^PUBLIC_URL must be the https address/),
    ]);
    expect(
      productionProblems(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtps://mail.example.org', PUBLIC_URL: 'https://shop.example.org' })),
    ).toEqual([]);
    expect(productionProblems(loadConfig({}))).toEqual([]);
  });
});

describe('the store', () => {
  it('is Norwegian by default and Flemish on request, and refuses an unknown store', () => {
    expect(loadConfig({}).store).toMatchObject({ country: 'NO', currency: 'NOK', timeZone: 'Europe/Oslo', defaultLanguage: 'nb' });
    expect(loadConfig({ HYLLE_STORE: 'be' }).store).toMatchObject({ country: 'BE', currency: 'EUR', timeZone: 'Europe/Brussels', defaultLanguage: 'nl' });
    expect(() => loadConfig({ HYLLE_STORE: 'se' })).toThrow(/HYLLE_STORE/);
  });
});

describe('HYLLE_WEB_PROCESSES', () => {
  it('is one unless told, takes a number or auto, and needs PostgreSQL for more than one', () => {
    const postgres = { DATABASE_URL: 'postgres://localhost/hylle' };
    expect(loadConfig({}).webProcesses).toBe(1);
    expect(loadConfig({ ...postgres, HYLLE_WEB_PROCESSES: '3' }).webProcesses).toBe(3);
    expect(loadConfig({ ...postgres, HYLLE_WEB_PROCESSES: 'auto' }).webProcesses).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ HYLLE_WEB_PROCESSES: '1' }).webProcesses).toBe(1);
    expect(() => loadConfig({ HYLLE_WEB_PROCESSES: '2' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ ...postgres, HYLLE_WEB_PROCESSES: '0' })).toThrow(/HYLLE_WEB_PROCESSES must be a whole number from 1 to 64/);
    expect(() => loadConfig({ ...postgres, HYLLE_WEB_PROCESSES: 'two' })).toThrow(/not "two"/);
  });
});
