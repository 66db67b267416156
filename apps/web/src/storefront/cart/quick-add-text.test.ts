import { describe, expect, it } from 'vitest';
import { linesToRetry } from './quick-add-text.ts';

describe('the lines left to fix after a quick add', () => {
  it('keeps only the lines that were not added, as written', () => {
    const text = 'ISBN;Antall\r\n9788205123456;2\r\n\r\n97882051234X\r\n9788205999999;tre\n';
    expect(linesToRetry(text, [{ line: 4 }, { line: 5 }])).toBe('97882051234X\n9788205999999;tre');
  });

  it('is empty when everything was added', () => {
    expect(linesToRetry('9788205123456', [])).toBe('');
  });

  it('ignores line numbers past the end', () => {
    expect(linesToRetry('a\nb', [{ line: 9 }])).toBe('');
  });
});
