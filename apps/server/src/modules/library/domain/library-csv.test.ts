import { describe, expect, it } from 'vitest';
import { parseBorrowerCsv, parseItemCsv } from './library-csv.ts';

describe('the borrower CSV', () => {
  it('reads card number, name, groups and blocked, skipping a header, blank lines and a BOM', () => {
    const result = parseBorrowerCsv('\uFEFFkortnummer;navn;grupper;sperret\r\n12-34;"Ola Nordmann";Voksne | Biblioteker;ja\n\n99;Kari;;\n');
    expect(result).toEqual({
      ok: true,
      value: [
        { line: 2, cardNumber: '12-34', name: 'Ola Nordmann', groupNames: ['Voksne', 'Biblioteker'], blocked: true },
        { line: 4, cardNumber: '99', name: 'Kari', groupNames: [], blocked: false },
      ],
    });
  });

  it('reports every bad line with its number: card, name, blocked flag, a card twice', () => {
    const result = parseBorrowerCsv('1 2;Ola;;\n3;;;\n4;Per;;kanskje\n5;Siri;;\n5;Siri igjen;;');
    expect(result.ok).toBe(false);
    expect(result.problems?.map((p) => p.line)).toEqual([1, 2, 3, 5]);
    expect(result.problems?.[3]?.message).toBe('Card number 5 is also on line 4');
  });
});

describe('the item CSV', () => {
  it('reads barcode, title, material group, department and shelf', () => {
    expect(parseItemCsv('strekkode;tittel;materialgruppe;avdeling;hylle\n0301;Sult;Bøker;VOKSEN;\n')).toEqual({
      ok: true,
      value: [{ line: 2, barcode: '0301', title: 'Sult', materialGroupName: 'Bøker', department: 'VOKSEN', shelfLocation: null }],
    });
  });

  it('refuses an item without a material group or title, and a barcode twice', () => {
    const result = parseItemCsv('A1;Sult;;\nA2;;Bøker\nA3;Pan;Bøker\nA3;Pan igjen;Bøker');
    expect(result.problems?.map((p) => [p.line, p.message])).toEqual([
      [1, 'Every item needs a material group'],
      [2, 'The title must be 1–300 characters'],
      [4, 'Barcode A3 is also on line 3'],
    ]);
  });
});
