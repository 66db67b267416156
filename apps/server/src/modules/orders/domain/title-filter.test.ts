import { describe, expect, it } from 'vitest';
import { titleFilterOf } from './title-filter.ts';

const parseIsbn = (input: string) => {
  const digits = input.replace(/[\s-]/g, '');
  return digits.length === 13 ? { ok: true as const, value: digits } : { ok: false as const };
};

describe('the title/ISBN filter of the order overview', () => {
  it('reads an ISBN with hyphens as an ISBN', () => {
    expect(titleFilterOf('978-82-05-41234-5', parseIsbn)).toEqual({ isbn: '9788205412345' });
  });
  it('reads anything else as title words, keeping letters and digits only', () => {
    expect(titleFilterOf('  Sult & Markens grøde ', parseIsbn)).toEqual({ words: ['sult', 'markens', 'grøde'] });
    expect(titleFilterOf("a:* | b') !", parseIsbn)).toEqual({ words: ['a', 'b'] });
    expect(titleFilterOf('1984', parseIsbn)).toEqual({ words: ['1984'] });
  });
  it('ignores an empty box', () => {
    expect(titleFilterOf('   ', parseIsbn)).toBeNull();
    expect(titleFilterOf('!!!', parseIsbn)).toBeNull();
    expect(titleFilterOf(undefined, parseIsbn)).toBeNull();
  });
});
