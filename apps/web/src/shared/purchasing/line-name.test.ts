import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/nb.ts';
import { translate } from '../i18n/translate.ts';
import { lineFieldName, lineNumbersForRepeatedTitles } from './line-name.ts';

const t = (key: keyof typeof nb, vars?: Record<string, string | number>) => translate(nb, key, vars);

describe('names of the fields in a row of lines', () => {
  it('names the field by its title, and by its line where the title repeats', () => {
    expect(lineFieldName(t, 'Antall', 'Markens grøde', null)).toBe('Antall for Markens grøde');
    expect(lineFieldName(t, 'Antall', 'Markens grøde', 2)).toBe('Antall for Markens grøde, linje 2');
  });

  it('numbers only the lines whose title is on several lines', () => {
    const lines = [{ product: { id: 'a' } }, { product: { id: 'b' } }, { product: { id: 'a' } }];
    expect(lineNumbersForRepeatedTitles(lines)).toEqual([1, null, 3]);
  });
});
