import { describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, qpdfCheck, readBarcodes } from '../../../test-support/pdf-tools.ts';
import { groupByDepartment, packingSlipPdf } from './packing-slip-pdf.ts';
import { fixturePackingSlip, fixtureSlipLines } from './test-fixtures.ts';

/** Positions of each needle in the text, in the order given; -1 for one not found. */
function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((needle) => text.indexOf(needle));
}

describe('packingSlipPdf', () => {
  it('is a well-formed PDF (qpdf --check)', async () => {
    const pdf = await packingSlipPdf(fixturePackingSlip());
    const check = qpdfCheck(pdf);
    expect(check.ok, check.report).toBe(true);
    expect(check.report).toContain('No syntax or stream encoding errors found');
  });

  it('shows the order, the prominent requisition, the ship-to address and the shipment', async () => {
    const text = pdfText(await packingSlipPdf(fixturePackingSlip()));
    for (const expected of [
      'Bokhuset Nord AS',
      'FØLGESEDDEL',
      'Rekvisisjon: Voksenavdeling',
      'Tromsø bibliotek og byarkiv',
      'Grønnegata 94',
      '9008 Tromsø',
      'Kundenr. 10042',
      'Kunde Tromsø kommune – biblioteket',
      'Ordrenr. 200417',
      'Levering 1 av 2',
      'Ordredato 10.03.2025',
      'Sendt 14.03.2025',
      'Bestillingsreferanse Innkjøp vår 2025',
      'Transportør Posten/Bring',
      'Fraktbrevnr. 70712345678901234',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('groups the lines by department in code order, "Uten avdeling" last, with a count per department and in all', async () => {
    const slip = fixturePackingSlip(7);
    const text = pdfText(await packingSlipPdf(slip));
    const headings = ['AVDELING BARN', 'AVDELING FILIAL-NORD', 'AVDELING UNGDOM', 'AVDELING VOKSEN', 'AVDELING Uten avdeling'];
    const at = positions(text, headings);
    expect(at.every((position) => position >= 0), `headings in:\n${text}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // Each line sits under its own department's heading.
    for (const line of slip.lines) {
      const heading = `AVDELING ${line.department ?? 'Uten avdeling'}`;
      const lineAt = text.indexOf(line.isbn);
      const headingAt = text.indexOf(heading);
      const nextHeadingAt = Math.min(...at.filter((position) => position > headingAt), text.length);
      expect(lineAt, `${line.isbn} under ${heading}`).toBeGreaterThan(headingAt);
      expect(lineAt, `${line.isbn} under ${heading}`).toBeLessThan(nextHeadingAt);
    }
    for (const group of groupByDepartment(slip.lines)) {
      expect(text).toContain(`Sum ${group.department ?? 'Uten avdeling'} ${group.copies}`);
    }
    expect(text).toContain(`Totalt antall eksemplarer ${slip.lines.reduce((sum, line) => sum + line.quantity, 0)}`);
  });

  it('prints every line’s title, contributor, quantity, shelf, material type, references and extra fields', async () => {
    const slip = fixturePackingSlip(2);
    const text = pdfText(await packingSlipPdf(slip));
    expect(text).toContain('Kristin Lavransdatter: Kransen');
    expect(text).toContain('Sigrid Undset');
    expect(text).toContain('Plassering: Utstilling ved inngangen');
    expect(text).toContain('2 HYLLE 2 LYDBOK LR-1001 BARN_2025');
    expect(text).toContain('1 HYLLE 1 BOK LR-1000 FIKSJON');
  });

  it('reads back: the EAN-13 of every ISBN and the Code 128 of the order number (pdftoppm -r 200, zbarimg)', async () => {
    const slip = fixturePackingSlip(7);
    const pages = readBarcodes(await packingSlipPdf(slip), { dpi: 200 });
    const symbols = pages.flat();
    expect(symbols.filter((symbol) => symbol.symbology === 'CODE-128').map((symbol) => symbol.data)).toEqual(['200417']);
    const eans = symbols.filter((symbol) => symbol.symbology === 'EAN-13').map((symbol) => symbol.data);
    expect(eans.sort()).toEqual(slip.lines.map((line) => line.isbn).sort());
  });

  it('runs a 120-line slip over several pages, each with its header row, requisition and "Side n av N"', async () => {
    const slip = { ...fixturePackingSlip(), lines: fixtureSlipLines(120) };
    const pdf = await packingSlipPdf(slip);
    expect(qpdfCheck(pdf).ok).toBe(true);
    const pageCount = pdfPageCount(pdf);
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const pages = pdfText(pdf).split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} av ${pageCount}`);
      expect(page).toContain('ISBN TITTEL ANTALL HYLLEPLASS MATERIALTYPE LINJEREF. BUDSJETT');
      expect(page).toContain('Rekvisisjon: Voksenavdeling');
      if (index > 0) expect(page).toContain('Følgeseddel · Ordrenr. 200417 · Levering 1 av 2');
    });
    // A department that goes on over a page break says so.
    expect(pages.slice(1).some((page) => /AVDELING \S+ \(forts\.\)/.test(page))).toBe(true);
    expect(pages.at(-1)).toContain(`Totalt antall eksemplarer ${slip.lines.reduce((sum, line) => sum + line.quantity, 0)}`);
    // Every line is there once, its barcode readable on whichever page it landed.
    const eans = readBarcodes(pdf, { dpi: 200 })
      .flat()
      .filter((symbol) => symbol.symbology === 'EAN-13')
      .map((symbol) => symbol.data);
    expect(eans.sort()).toEqual(slip.lines.map((line) => line.isbn).sort());
  });

  it('speaks Nynorsk, English and Dutch', async () => {
    const nn = pdfText(await packingSlipPdf({ ...fixturePackingSlip(5), language: 'nn' }));
    expect(nn).toContain('FØLGJESETEL');
    expect(nn).toContain('AVDELING Utan avdeling');
    expect(nn).toMatch(/Side 1 av \d/);
    const en = pdfText(await packingSlipPdf({ ...fixturePackingSlip(5), language: 'en' }));
    expect(en).toContain('PACKING SLIP');
    expect(en).toContain('Requisition: Voksenavdeling');
    expect(en).toContain('DEPARTMENT No department');
    expect(en).toContain('Shipped 14 Mar 2025');
    expect(en).toMatch(/Page 1 of \d/);
    const nl = pdfText(await packingSlipPdf({ ...fixturePackingSlip(5), language: 'nl', carrier: 'postnord' }));
    expect(nl).toContain('PAKBON');
    expect(nl).toContain('Aanvraagnummer: Voksenavdeling');
    expect(nl).toContain('AFDELING Zonder afdeling');
    expect(nl).toContain('Vervoerder PostNord');
    expect(nl).toMatch(/Pagina 1 van \d/);
  });

  it('cuts long titles with "…", prints what the font lacks as near as it can, and survives a line without a valid ISBN', async () => {
    const [line] = fixtureSlipLines(1);
    if (!line) throw new Error('fixture');
    const slip = {
      ...fixturePackingSlip(),
      requisition: 'Łódź − filial',
      lines: [
        { ...line, title: `${'Veldig lang tittel '.repeat(12)}slutt`, contributor: 'Ŝtefan Øvergård, 東京' },
        { ...line, isbn: 'ikke-et-isbn', title: 'Uten strekkode', department: null },
      ],
    };
    const pdf = await packingSlipPdf(slip);
    expect(qpdfCheck(pdf).ok).toBe(true);
    const text = pdfText(pdf);
    expect(text).toContain('Rekvisisjon: Lódz - filial');
    expect(text).toContain('Stefan Øvergård, ??');
    expect(text).toMatch(/Veldig lang tittel[^\n]*…/);
    expect(text).not.toContain('slutt');
    expect(text).toContain('ikke-et-isbn');
    expect(text).toContain('Uten strekkode');
  });

  it('gives the same bytes for the same slip', async () => {
    const slip = fixturePackingSlip();
    expect(await packingSlipPdf(slip)).toEqual(await packingSlipPdf(slip));
  });
});
