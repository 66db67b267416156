import { describe, expect, it } from 'vitest';
import { readCsv } from '@hylle/formats';
import { csvField, decimalComma, erpExportCsv, type ErpExportRow } from './erp-export-csv.ts';

function aRow(overrides: Partial<ErpExportRow> = {}): ErpExportRow {
  return {
    customerNumber: '10042',
    orderNumber: '200417',
    orderedOn: '2025-03-10',
    lineNo: 1,
    isbn: '9788205412347',
    title: 'Sult',
    quantity: 2,
    unitGross: 29925,
    discountBp: 2500,
    vatRateBp: 0,
    lineGross: 59850,
    orderReference: 'Innkjøp vår 2025',
    lineReference: 'LR-1000',
    budgetCode: 'FIKSJON',
    department: 'VOKSEN',
    shelfLocation: 'HYLLE 3',
    materialType: 'BOK',
    requisition: 'Voksenavdeling',
    costCentre: '4410',
    channel: 'web',
    ...overrides,
  };
}

const header =
  'Klantnummer;Bestelnummer;Besteldatum;Regelnummer;EAN;Titel;Aantal;Eenheidsprijs;Korting;BTW;Regeltotaal;Referentie;' +
  'Artikelreferentie2;Budgetcode;Afdeling;Standplaats;Materiaalsoort;Aanvraagnummer;Kostenplaats;Kanaal';

async function parse(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  async function* bytes() {
    yield new TextEncoder().encode(text);
  }
  for await (const row of readCsv(bytes())) rows.push(row.fields);
  return rows;
}

describe('erpExportCsv', () => {
  it('writes a BOM, the Medialog header with Artikelreferentie2, and one CRLF-ended row per line', () => {
    const csv = erpExportCsv([aRow(), aRow({ lineNo: 2, isbn: '9788203361234', title: 'Pan', quantity: 1, unitGross: 14925, lineGross: 14925, lineReference: '', budgetCode: null, department: null, shelfLocation: null, materialType: null, channel: 'edi' })]);
    expect(csv).toBe(
      '\uFEFF' +
        `${header}\r\n` +
        '10042;200417;2025-03-10;1;9788205412347;Sult;2;299,25;25,00;0,00;598,50;Innkjøp vår 2025;LR-1000;FIKSJON;VOKSEN;HYLLE 3;BOK;Voksenavdeling;4410;web\r\n' +
        '10042;200417;2025-03-10;2;9788203361234;Pan;1;149,25;25,00;0,00;149,25;Innkjøp vår 2025;;;;;;Voksenavdeling;4410;edi\r\n',
    );
  });

  it('writes only the header when there are no lines', () => {
    expect(erpExportCsv([])).toBe(`\uFEFF${header}\r\n`);
  });

  it('quotes a title with semicolons, quotes and line breaks, and reads back unchanged', async () => {
    const title = 'Mord på "Orient-ekspressen"; en krim\r\nny linje';
    const csv = erpExportCsv([aRow({ title })]);
    expect(csv).toContain(';"Mord på ""Orient-ekspressen""; en krim\r\nny linje";');
    const [headRow, row] = await parse(csv);
    expect(headRow?.[12]).toBe('Artikelreferentie2');
    expect(row?.[5]).toBe(title);
    expect(row).toHaveLength(20);
  });

  it('neutralises formula-like fields but keeps negative numbers as numbers', async () => {
    const csv = erpExportCsv([
      aRow({ title: '=HYPERLINK("http://evil.example","klikk")', lineReference: '+47 1234', orderReference: '@SUM(A1)', requisition: '-Barn', costCentre: '-12', unitGross: -550, lineGross: -1100 }),
    ]);
    const [, row] = await parse(csv);
    expect(row?.[5]).toBe(`'=HYPERLINK("http://evil.example","klikk")`);
    expect(row?.[12]).toBe("'+47 1234");
    expect(row?.[11]).toBe("'@SUM(A1)");
    expect(row?.[17]).toBe("'-Barn");
    expect(row?.[18]).toBe('-12');
    expect(row?.[7]).toBe('-5,50');
    expect(row?.[10]).toBe('-11,00');
  });
});

describe('csvField and decimalComma', () => {
  it('quotes per RFC 4180 and guards spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=1;2')).toBe(`"'=1;2"`);
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('-3,50')).toBe('-3,50');
    expect(csvField('-3,50 kr')).toBe("'-3,50 kr");
    expect(csvField('')).toBe('');
  });

  it('writes hundredths with a decimal comma, exactly', () => {
    expect(decimalComma(24950)).toBe('249,50');
    expect(decimalComma(5)).toBe('0,05');
    expect(decimalComma(0)).toBe('0,00');
    expect(decimalComma(-550)).toBe('-5,50');
    expect(decimalComma(Number.MAX_SAFE_INTEGER)).toBe('90071992547409,91');
    expect(() => decimalComma(1.5)).toThrow(RangeError);
  });
});
