import { describe, expect, it } from 'vitest';
import { languageName } from './language-name.ts';

describe('languageName', () => {
  it('names bibliographic and terminology codes in the UI language', () => {
    expect(languageName('nob', ['nb'])).toBe('Norsk bokmål');
    expect(languageName('nno', ['nb'])).toBe('Norsk nynorsk');
    expect(languageName('dut', ['nb'])).toBe('Nederlandsk');
    expect(languageName('nld', ['en-GB'])).toBe('Dutch');
    expect(languageName('ger', ['nl'])).toBe('Duits');
    expect(languageName('eng', ['nb'])).toBe('Engelsk');
  });

  it('leaves a code it cannot name as it is', () => {
    expect(languageName('qqq', ['nb'])).toBe('qqq');
  });
});
