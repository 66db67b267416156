import { describe, expect, it } from 'vitest';
import { csvPreview, splitLine } from './csv-preview.ts';

const BORROWER_HEADER = /^(kortnummer|lånekort|card)/i;
const ITEM_HEADER = /^(strekkode|barcode)/i;

describe('csvPreview', () => {
  it('skips a header line, blank lines and a byte-order mark, and counts the rest', () => {
    const text = '\uFEFFkortnummer;navn;grupper;sperret\r\n1001;Kari Nordmann;Voksne;nei\r\n\r\n1002;Ola;Barn|Skole;ja\r\n';
    expect(csvPreview(text, 4, BORROWER_HEADER)).toEqual({
      hasHeader: true,
      total: 2,
      wrongWidth: [],
      rows: [
        { line: 2, cells: ['1001', 'Kari Nordmann', 'Voksne', 'nei'] },
        { line: 4, cells: ['1002', 'Ola', 'Barn|Skole', 'ja'] },
      ],
    });
  });

  it('reads a file without a header from its first line, and a header only on the first line', () => {
    const preview = csvPreview('1001;Kari;Voksne;nei\nkortnummer;navn;grupper;sperret', 4, BORROWER_HEADER);
    expect(preview.hasHeader).toBe(false);
    expect(preview.total).toBe(2);
    expect(preview.rows[0]).toEqual({ line: 1, cells: ['1001', 'Kari', 'Voksne', 'nei'] });
  });

  it('names the lines with the wrong number of columns, such as a file with commas', () => {
    const preview = csvPreview('kortnummer;navn;grupper;sperret\n1001,Kari,Voksne,nei\n1002;Ola;Barn;nei;ekstra\n1003;Per;Barn;nei', 4, BORROWER_HEADER);
    expect(preview.wrongWidth).toEqual([2, 3]);
    expect(preview.total).toBe(3);
  });

  it('shows only the first rows, but counts them all', () => {
    const text = ['barcode;title;group;department;shelf', ...Array.from({ length: 12 }, (_, i) => `${i};T;Bøker;;`)].join('\n');
    const preview = csvPreview(text, 5, ITEM_HEADER);
    expect(preview.hasHeader).toBe(true);
    expect(preview.rows).toHaveLength(5);
    expect(preview.total).toBe(12);
    expect(preview.wrongWidth).toEqual([]);
  });

  it('has nothing to show for an empty text', () => {
    expect(csvPreview('  \n ; ', 4, BORROWER_HEADER)).toEqual({ hasHeader: false, rows: [], total: 0, wrongWidth: [] });
  });
});

describe('splitLine', () => {
  it('trims cells and removes quotes around a whole cell, as the import does', () => {
    expect(splitLine('1; "Hansen, Kari" ;Voksne;nei')).toEqual(['1', 'Hansen, Kari', 'Voksne', 'nei']);
    expect(splitLine('a;;b')).toEqual(['a', '', 'b']);
  });
});
