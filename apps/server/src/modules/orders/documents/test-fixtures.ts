import type { InvoiceDocument, InvoiceLine } from './invoice-pdf.ts';
import type { PackingSlip, PackingSlipLine } from './packing-slip-pdf.ts';

/**
 * Demo-like documents for the tests: a Norwegian public library's order, its packing slip
 * and its invoice. ISBNs are real-looking with valid check digits.
 */

const titles: [string, string][] = [
  ['Sult', 'Knut Hamsun'],
  ['Kristin Lavransdatter: Kransen', 'Sigrid Undset'],
  ['Min kamp 1', 'Karl Ove Knausgård'],
  ['Det henger en engel alene i skogen – en roman om de som blir igjen når alle andre har reist videre', 'Samuel Bjørk'],
  ['Fugletribunalet', 'Agnes Ravatn'],
  ['Doppler', 'Erlend Loe'],
  ['Naiv. Super.', 'Erlend Loe'],
  ['Hestenes øyne', 'Jon Fosse'],
  ['Brødrene Løvehjerte', 'Astrid Lindgren; Karin Beate Vold (oversetter)'],
  ['Pelle Politibil går i vannet', 'Bjørn Rørvik'],
];

/** The 13 digits of a made-up ISBN: 978-82-, seven digits from `n`, and the check digit. */
export function fixtureIsbn(n: number): string {
  const first12 = `97882${String(1_000_000 + n * 7919).slice(-7)}`;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + String((10 - (sum % 10)) % 10);
}

const departments = ['VOKSEN', 'BARN', 'UNGDOM', null, 'FILIAL-NORD'];

export function fixtureSlipLines(count: number): PackingSlipLine[] {
  return Array.from({ length: count }, (_, index) => {
    const [title, contributor] = titles[index % titles.length] ?? ['Tittel', ''];
    return {
      isbn: fixtureIsbn(index + 1),
      title,
      contributor,
      quantity: (index % 4) + 1,
      lineReference: `LR-${1000 + index}`,
      budgetCode: index % 3 === 0 ? 'FIKSJON' : 'BARN_2025',
      department: departments[index % departments.length] ?? null,
      shelfLocation: index % 5 === 2 ? null : `HYLLE ${(index % 9) + 1}`,
      materialType: index % 2 === 0 ? 'BOK' : 'LYDBOK',
      extraFields: index % 4 === 1 ? [{ name: 'Plassering', value: 'Utstilling ved inngangen' }] : [],
    };
  });
}

export function fixturePackingSlip(lineCount = 7): PackingSlip {
  return {
    language: 'nb',
    store: { name: 'Bokhuset Nord AS', lines: ['Storgata 12, 9008 Tromsø', 'Tlf. 77 60 00 00 · ordre@bokhuset-nord.no'] },
    shipTo: { name: 'Tromsø bibliotek og byarkiv', lines: ['Att. Mottak', 'Grønnegata 94', '9008 Tromsø'] },
    customerNumber: '10042',
    accountName: 'Tromsø kommune – biblioteket',
    orderNumber: '200417',
    deliveryNo: 1,
    deliveryCount: 2,
    orderDate: '2025-03-10',
    shippedOn: '2025-03-14',
    requisition: 'Voksenavdeling',
    orderReference: 'Innkjøp vår 2025',
    carrier: 'posten_bring',
    waybill: '70712345678901234',
    lines: fixtureSlipLines(lineCount),
  };
}

function invoiceLine(index: number, unitListGross: number, discountBp: number, quantity: number, vatRateBp: number): InvoiceLine {
  const [title] = titles[index % titles.length] ?? ['Tittel'];
  const unitGross = unitListGross - Math.floor((unitListGross * discountBp) / 10_000);
  const lineGross = unitGross * quantity;
  const lineVat = Math.floor((lineGross * vatRateBp * 2 + (10_000 + vatRateBp)) / (2 * (10_000 + vatRateBp)));
  return {
    isbn: fixtureIsbn(index + 1),
    title,
    quantity,
    unitListGross,
    discountBp,
    unitGross,
    vatRateBp,
    lineNet: lineGross - lineVat,
    lineVat,
    lineGross,
    lineReference: `LR-${1000 + index}`,
    department: departments[index % departments.length] ?? null,
    budgetCode: index % 3 === 0 ? 'FIKSJON' : null,
  };
}

export function fixtureInvoice(lineCount = 6): InvoiceDocument {
  const lines = Array.from({ length: lineCount }, (_, index) =>
    index === lineCount - 1 && lineCount > 1
      ? invoiceLine(index, 4990, 0, 1, 2500) // a calendar: standard VAT
      : invoiceLine(index, 39900 + index * 1250, 2500, (index % 3) + 1, 0),
  );
  const rates = [...new Set(lines.map((line) => line.vatRateBp))].sort((a, b) => a - b);
  const vatTotals = rates.map((rate) => {
    const of = lines.filter((line) => line.vatRateBp === rate);
    return {
      vatRateBp: rate,
      net: of.reduce((sum, line) => sum + line.lineNet, 0),
      vat: of.reduce((sum, line) => sum + line.lineVat, 0),
      gross: of.reduce((sum, line) => sum + line.lineGross, 0),
    };
  });
  return {
    language: 'nb',
    currency: 'NOK',
    seller: {
      name: 'Bokhuset Nord AS',
      lines: ['Storgata 12', '9008 Tromsø', 'faktura@bokhuset-nord.no'],
      organisationNumber: '912345678',
      bankAccount: '15032212345',
      vatRegistered: true,
    },
    buyer: {
      name: 'Tromsø kommune',
      lines: ['Biblioteket, fakturamottak', 'Postboks 6900 Langnes', '9299 Tromsø'],
      organisationNumber: '940101808',
      customerNumber: '10042',
    },
    invoiceNumber: '2025-00123',
    issuedOn: '2025-03-14',
    dueOn: '2025-04-13',
    paidOn: null,
    orderNumber: '200417',
    orderDate: '2025-03-10',
    requisition: 'Voksenavdeling',
    orderReference: 'Innkjøp vår 2025',
    costCentre: '4410-BIBL',
    deliveryNos: [1, 2],
    lines,
    vatTotals,
    totals: {
      net: vatTotals.reduce((sum, total) => sum + total.net, 0),
      vat: vatTotals.reduce((sum, total) => sum + total.vat, 0),
      gross: vatTotals.reduce((sum, total) => sum + total.gross, 0),
    },
  };
}
