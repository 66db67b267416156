import { describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, qpdfCheck } from '../../../test-support/pdf-tools.ts';
import { invoicePdf, sellerRegistration, type InvoiceDocument } from './invoice-pdf.ts';
import { fixtureInvoice } from './test-fixtures.ts';

/** A Flemish library's invoice in euro: one line at 6 % VAT, amounts past a thousand. */
function flemishInvoice(): InvoiceDocument {
  return {
    ...fixtureInvoice(1),
    language: 'nl',
    currency: 'EUR',
    seller: { name: 'Boekhandel Het Anker', lines: ['Meir 10', '2000 Antwerpen'], organisationNumber: 'BE0123456789', bankAccount: 'BE71096123456769', vatRegistered: true },
    buyer: { name: 'Bibliotheek Gent', lines: ['Kouter 1', '9000 Gent'], organisationNumber: 'BE0207451227', customerNumber: '20017' },
    requisition: 'Jeugd najaar',
    lines: [
      {
        isbn: '9789025475833',
        title: 'De Grote Pyramide',
        quantity: 100,
        unitListGross: 1450,
        discountBp: 1500,
        unitGross: 1233,
        vatRateBp: 600,
        lineNet: 116321,
        lineVat: 6979,
        lineGross: 123300,
        lineReference: 'JEU-1',
        department: 'JEUGD',
        budgetCode: 'JEUGD_2025',
      },
    ],
    vatTotals: [{ vatRateBp: 600, net: 116321, vat: 6979, gross: 123300 }],
    totals: { net: 116321, vat: 6979, gross: 123300 },
  };
}

describe('invoicePdf', () => {
  it('is a well-formed PDF (qpdf --check)', async () => {
    const check = qpdfCheck(await invoicePdf(fixtureInvoice()));
    expect(check.ok, check.report).toBe(true);
    expect(check.report).toContain('No syntax or stream encoding errors found');
  });

  it('shows the invoice and order numbers, the library’s references, due date and account', async () => {
    const text = pdfText(await invoicePdf(fixtureInvoice()));
    for (const expected of [
      'FAKTURA',
      'Fakturanr. 2025-00123',
      'Fakturadato 14.03.2025',
      'Forfallsdato 13.04.2025',
      'Kundenr. 10042',
      'Ordrenr. 200417',
      'Ordredato 10.03.2025',
      'Leveringer 1, 2',
      'Tromsø kommune',
      'Postboks 6900 Langnes',
      'Org.nr. 940 101 808',
      'REKVISISJON\nVoksenavdeling',
      'BESTILLINGSREFERANSE\nInnkjøp vår 2025',
      'KOSTNADSSTED\n4410-BIBL',
      'KONTONUMMER\n1503.22.12345',
      'MERK BETALINGEN MED\nFakturanr. 2025-00123',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('asks nothing of a prepaid order: paid in advance, nothing to pay, no account to pay to', async () => {
    const text = pdfText(await invoicePdf({ ...fixtureInvoice(), paidOn: '2025-03-11' }));
    expect(text).toContain('FORSKUDDSBETALT\n11.03.2025');
    expect(text).toContain('Å BETALE\n0,00 kr');
    expect(text).not.toContain('KONTONUMMER');
    expect(text).not.toContain('MERK BETALINGEN MED');
  });

  it('prints each line and the exact totals, with the VAT per rate', async () => {
    const text = pdfText(await invoicePdf(fixtureInvoice()));
    expect(text).toContain('ISBN 9788210079191 · Linjeref. LR-1000 ·');
    // Quantity, list price, discount, price, VAT rate, net, gross.
    expect(text).toContain('1 399,00 25 % 299,25 0 % 299,25 299,25');
    expect(text).toContain('2 411,50 25 % 308,63 0 % 617,26 617,26');
    expect(text).toContain('1 49,90 – 49,90 25 % 39,92 49,90');
    // VAT summary: rate, base, VAT, gross.
    expect(text).toContain('0 % 2 871,39 0,00 2 871,39');
    expect(text).toContain('25 % 39,92 9,98 49,90');
    expect(text).toContain('Sum eks. mva. 2 911,31 kr');
    expect(text).toContain('Merverdiavgift 9,98 kr');
    expect(text).toContain('Å betale 2 921,29 kr');
    expect(text).toContain('Å BETALE\n2 921,29 kr');
  });

  it('names Foretaksregisteret and MVA for a Norwegian seller registered for VAT, and only the number when not', async () => {
    const registered = pdfText(await invoicePdf(fixtureInvoice()));
    expect(registered).toContain('Foretaksregisteret · Org.nr. 912 345 678 MVA');
    const invoice = fixtureInvoice();
    const unregistered = { ...invoice, seller: { ...invoice.seller, vatRegistered: false } };
    expect(sellerRegistration(unregistered)).toBe('Foretaksregisteret · Org.nr. 912 345 678');
    expect(pdfText(await invoicePdf(unregistered))).not.toContain('912 345 678 MVA');
  });

  it('writes euro amounts the Dutch way', async () => {
    const pdf = await invoicePdf(flemishInvoice());
    expect(qpdfCheck(pdf).ok).toBe(true);
    const text = pdfText(pdf);
    for (const expected of [
      'FACTUUR',
      'Factuurnummer 2025-00123',
      'Vervaldatum 13-04-2025',
      'AANVRAAGNUMMER\nJeugd najaar',
      'KOSTENPLAATS\n4410-BIBL',
      '100 14,50 15% 12,33 6% 1.163,21 1.233,00',
      '6% 1.163,21 69,79 1.233,00',
      'Totaal excl. BTW € 1.163,21',
      'BTW € 69,79',
      'Te betalen € 1.233,00',
      'REKENINGNUMMER\nBE71 0961 2345 6769',
      'BTW BE0123456789',
      'Pagina 1 van 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Foretaksregisteret');
  });

  it('runs a long invoice over several pages with repeated header rows and the totals on the last page', async () => {
    const invoice = fixtureInvoice(80);
    const pdf = await invoicePdf(invoice);
    expect(qpdfCheck(pdf).ok).toBe(true);
    const pageCount = pdfPageCount(pdf);
    expect(pageCount).toBeGreaterThan(1);
    const text = pdfText(pdf);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} av ${pageCount}`);
      expect(page).toContain('Foretaksregisteret · Org.nr. 912 345 678 MVA');
      if (index > 0) expect(page).toContain('Faktura 2025-00123 · Ordrenr. 200417');
    });
    expect(pages.filter((page) => page.includes('TITTEL / ISBN ANTALL')).length).toBeGreaterThanOrEqual(pageCount - 1);
    expect(pages.at(-1)).toContain('Å betale');
    for (const line of invoice.lines) expect(text).toContain(`ISBN ${line.isbn}`);
  });

  it('gives the same bytes for the same invoice', async () => {
    const invoice = fixtureInvoice();
    expect(await invoicePdf(invoice)).toEqual(await invoicePdf(invoice));
  });
});
