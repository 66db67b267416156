import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOrderImportCsv } from './order-import-csv.ts';

const header =
  'customer_number;channel;external_reference;requisition;order_reference;cost_centre;delivery_address_label;isbn;quantity;line_reference;budget_code;department;shelf_location;material_type;ordered_on';

function file(...rows: string[]): string {
  return [header, ...rows].join('\r\n') + '\r\n';
}

describe('parseOrderImportCsv', () => {
  it('reads rows with the same customer and external reference as one order, with normalised ISBNs', async () => {
    const result = await parseOrderImportCsv(
      '\uFEFF' +
        file(
          '10042;phone;TLF-2025-17;Voksenavdeling;Vår 2025;4410;Hovedbiblioteket;978-82-05-41234-7;2;LR-1;fiksjon;voksen;hylle 3;bok;2025-03-10',
          '10042;phone;TLF-2025-17;Voksenavdeling;Vår 2025;4410;Hovedbiblioteket;82 05 41234 0;1;;;;;;2025-03-10',
          '10077;EDI;EDI-998;;;;;9788203361234;5;;;BARN;;;',
        ),
    );
    expect(result.problems).toEqual([]);
    expect(result.orders).toEqual([
      {
        line: 2,
        customerNumber: '10042',
        channel: 'phone',
        externalReference: 'TLF-2025-17',
        requisition: 'Voksenavdeling',
        orderReference: 'Vår 2025',
        costCentre: '4410',
        deliveryAddressLabel: 'Hovedbiblioteket',
        orderedOn: '2025-03-10',
        lines: [
          { line: 2, isbn: '9788205412347', quantity: 2, lineReference: 'LR-1', budgetCode: 'FIKSJON', department: 'VOKSEN', shelfLocation: 'HYLLE 3', materialType: 'BOK' },
          { line: 3, isbn: '9788205412347', quantity: 1, lineReference: '', budgetCode: null, department: null, shelfLocation: null, materialType: null },
        ],
      },
      {
        line: 4,
        customerNumber: '10077',
        channel: 'edi',
        externalReference: 'EDI-998',
        requisition: '',
        orderReference: '',
        costCentre: '',
        deliveryAddressLabel: '',
        orderedOn: null,
        lines: [{ line: 4, isbn: '9788203361234', quantity: 5, lineReference: '', budgetCode: null, department: 'BARN', shelfLocation: null, materialType: null }],
      },
    ]);
  });

  it('reads comma-separated files with the columns in any order, the optional ones left out', async () => {
    const result = await parseOrderImportCsv(
      'ISBN,Quantity,Customer Number,External-Reference,Channel\n9788205412347,3,10042,MAIL-1,email\n"978-82-03-36123-4",1,10042,MAIL-1,email\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]).toMatchObject({ channel: 'email', externalReference: 'MAIL-1', orderedOn: null, requisition: '' });
    expect(result.orders[0]?.lines.map((line) => [line.isbn, line.quantity])).toEqual([
      ['9788205412347', 3],
      ['9788203361234', 1],
    ]);
  });

  it('names line and column for a bad ISBN, a bad quantity and an unknown channel, and leaves those orders out whole', async () => {
    const result = await parseOrderImportCsv(
      file(
        '10042;phone;A-1;;;;;9788205412345;1;;;;;;',
        '10042;phone;A-1;;;;;9788205412347;1;;;;;;',
        '10042;phone;B-2;;;;;9788205412347;two;;;;;;',
        '10042;phone;C-3;;;;;9788205412347;0;;;;;;',
        '10042;fax;D-4;;;;;9788205412347;1;;;;;;',
        '10042;email;E-5;;;;;12345;10000;;;;;;2025-02-30',
        '10042;email;F-6;;;;;9788205412347;1;;;;;;',
      ),
    );
    expect(result.problems).toEqual([
      { line: 2, message: 'isbn: ISBN 9788205412345 has a wrong check digit' },
      // Line 3 is fine, but it belongs to order A-1: the order is left out whole.
      { line: 3, message: 'order A-1 of customer 10042 is not imported: correct the rows above and import it again' },
      { line: 4, message: 'quantity: "two" is not a whole number of copies' },
      { line: 4, message: 'order B-2 of customer 10042 is not imported: correct the rows above and import it again' },
      { line: 5, message: 'quantity: "0": at least 1 copy' },
      { line: 5, message: 'order C-3 of customer 10042 is not imported: correct the rows above and import it again' },
      { line: 6, message: 'channel: "fax" is not a channel; use phone, email, edi' },
      { line: 6, message: 'order D-4 of customer 10042 is not imported: correct the rows above and import it again' },
      { line: 7, message: 'ordered_on: "2025-02-30" is not a date YYYY-MM-DD' },
      { line: 7, message: 'isbn: ISBN 12345 has 5 digits; an ISBN has 13 (or 10)' },
      { line: 7, message: 'quantity: "10000": at most 9999 copies' },
      { line: 7, message: 'order E-5 of customer 10042 is not imported: correct the rows above and import it again' },
    ]);
    expect(result.orders.map((order) => order.externalReference)).toEqual(['F-6']);
  });

  it('refuses rows of one order that disagree on order-level values', async () => {
    const result = await parseOrderImportCsv(
      file('10042;phone;A-1;Voksen;;;;9788205412347;1;;;;;;', '10042;phone;A-1;Barn;;;;9788205412347;1;;;;;;'),
    );
    expect(result.problems[0]).toEqual({ line: 3, message: 'requisition: "Barn" differs from "Voksen" on line 2, in the same order' });
    expect(result.orders).toEqual([]);
  });

  it('refuses the whole file when the header lacks a required column or has an unknown one', async () => {
    expect(await parseOrderImportCsv('customer_number;channel;external_reference;quantity\n10042;phone;A-1;1\n')).toEqual({
      orders: [],
      problems: [{ line: 1, message: 'the header lacks the column isbn' }],
    });
    expect(await parseOrderImportCsv('customer_number;channel;external_reference;isbn;quantity;shelf\n')).toEqual({
      orders: [],
      problems: [
        {
          line: 1,
          message: `the header has an unknown column "shelf" (the columns are customer_number, channel, external_reference, requisition, order_reference, cost_centre, delivery_address_label, isbn, quantity, line_reference, budget_code, department, shelf_location, material_type, ordered_on)`,
        },
      ],
    });
    expect(await parseOrderImportCsv('isbn;isbn;quantity;customer_number;channel;external_reference\n')).toMatchObject({
      problems: [{ line: 1, message: 'the header has the column isbn twice' }],
    });
  });

  it('reports empty files, files without rows, broken quoting and rows with too many values', async () => {
    expect(await parseOrderImportCsv('')).toMatchObject({ orders: [], problems: [{ line: 1 }] });
    expect(await parseOrderImportCsv(`${header}\r\n`)).toEqual({ orders: [], problems: [{ line: 1, message: 'the file has a header but no rows' }] });
    const broken = await parseOrderImportCsv(file('10042;phone;A-1;"Voksen;;;;9788205412347;1;;;;;;'));
    expect(broken.orders).toEqual([]);
    expect(broken.problems[0]?.line).toBe(2);
    expect(broken.problems[0]?.message).toContain('never closed');
    const tooMany = await parseOrderImportCsv(file('10042;phone;A-1;;;;;9788205412347;1;;;;;;;extra', '10042;phone;B-2;;;;;9788205412347;1;;;;;;'));
    expect(tooMany.problems).toEqual([
      { line: 2, message: 'the row has 16 values but the header has 15 columns (is a value with the delimiter in it not quoted?)' },
    ]);
    expect(tooMany.orders.map((order) => order.externalReference)).toEqual(['B-2']);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${header}\n10042;phone;A-1;`), 0xf8, ...new TextEncoder().encode(';;;;9788205412347;1;;;;;;\n')]);
    const result = await parseOrderImportCsv(latin1);
    expect(result.orders).toEqual([]);
    expect(result.problems[0]?.message).toContain('not UTF-8');
  });

  it('checks lengths and code characters against the web shop’s limits', async () => {
    const result = await parseOrderImportCsv(file(`10042;phone;A-1;${'x'.repeat(61)};;;;9788205412347;1;;;VOKSEN/2;;;`));
    expect(result.problems).toEqual([
      { line: 2, message: `requisition: "${'x'.repeat(61)}" is longer than 60 characters` },
      { line: 2, message: 'department: "VOKSEN/2" may hold only letters, digits, space, ., - and _' },
      { line: 2, message: 'order A-1 of customer 10042 is not imported: correct the rows above and import it again' },
    ]);
  });

  it('reads the examples in docs/order-import-csv.md as the text says', async () => {
    const doc = readFileSync(new URL('../../../../../../docs/order-import-csv.md', import.meta.url), 'utf8');
    const examples = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(examples).toHaveLength(2);
    const [full, minimal] = await Promise.all(examples.map((example) => parseOrderImportCsv(example)));
    expect(full?.problems).toEqual([]);
    expect(full?.orders.map((order) => [order.externalReference, order.lines.map((line) => line.isbn)])).toEqual([
      ['TLF-2025-17', ['9788205412347', '9788205412347']],
      ['EDI-998', ['9788203361234']],
    ]);
    expect(minimal?.problems).toEqual([]);
    expect(minimal?.orders).toHaveLength(1);
  });
});
