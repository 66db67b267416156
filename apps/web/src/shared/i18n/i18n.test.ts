import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES } from './languages.ts';
import { nb } from './nb.ts';
import { translate } from './translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const keys = Object.keys(nb).sort();

  for (const language of LANGUAGES) {
    it(`${language} has every key, each with a non-empty text`, () => {
      const messages = DICTIONARIES[language];
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${language}:${key}`).not.toBe('');
      }
    });

    it(`${language} uses the same placeholders as nb`, () => {
      const messages = DICTIONARIES[language];
      for (const key of keys as (keyof typeof nb)[]) {
        expect(placeholders(messages[key]), `${language}:${key}`).toEqual(placeholders(nb[key]));
      }
    });
  }

  it('translations are really translated, not copies of nb', () => {
    for (const language of ['en', 'nl'] as const) {
      const same = keys.filter((key) => DICTIONARIES[language][key as keyof typeof nb] === nb[key as keyof typeof nb]);
      // Brand-like words (Backoffice, Dev mailbox, ISBN…) may stay; most text must differ.
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThan(15);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(nb, 'app.signedInAs', { name: 'Kari' })).toBe('Innlogget som Kari');
    expect(translate(nb, 'bo.showing', { from: 1, to: 25 })).toBe('Viser 1–25 av {total}');
  });
});
