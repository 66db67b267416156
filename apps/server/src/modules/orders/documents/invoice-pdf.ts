import type { PDFPage } from 'pdf-lib';
import {
  formatBankAccount,
  formatDocumentDate,
  formatInteger,
  formatMinorUnits,
  formatMoney,
  formatOrganisationNumber,
  formatPercentBp,
  type DocumentCurrency,
  type DocumentLanguage,
  type DocumentParty,
} from './document-format.ts';
import { documentTexts, type DocumentTexts } from './document-texts.ts';
import {
  addPage,
  colors,
  contentWidth,
  createCanvas,
  drawFooters,
  drawKeyValues,
  drawLabelled,
  drawRule,
  drawText,
  fillBox,
  margin,
  page,
  right,
  wrap,
  type Canvas,
} from './pdf-layout.ts';

/**
 * The invoice of one order (ORD-6: one invoice per order, never several orders on one).
 * Every amount is given in minor units, already computed by the pricing rules; this file
 * only prints them, exactly, and never adds anything up itself.
 */

export type InvoiceLine = {
  isbn: string;
  title: string;
  quantity: number;
  unitListGross: number;
  discountBp: number;
  unitGross: number;
  vatRateBp: number;
  lineNet: number;
  lineVat: number;
  lineGross: number;
  lineReference: string;
  department: string | null;
  budgetCode: string | null;
};

export type InvoiceDocument = {
  language: DocumentLanguage;
  currency: DocumentCurrency;
  seller: DocumentParty & { organisationNumber: string; bankAccount: string; vatRegistered: boolean };
  buyer: DocumentParty & { organisationNumber: string; customerNumber: string };
  invoiceNumber: string;
  issuedOn: string;
  dueOn: string;
  /** A prepaid order's payment date (YYYY-MM-DD): the invoice then asks for nothing. */
  paidOn: string | null;
  orderNumber: string;
  orderDate: string;
  requisition: string;
  orderReference: string;
  costCentre: string;
  deliveryNos: number[];
  lines: InvoiceLine[];
  vatTotals: { vatRateBp: number; net: number; vat: number; gross: number }[];
  totals: { net: number; vat: number; gross: number };
};

const columns = {
  title: { x: 0, width: 180 },
  quantity: { x: 180, width: 30 },
  listPrice: { x: 210, width: 56 },
  discount: { x: 266, width: 40 },
  unitPrice: { x: 306, width: 56 },
  vat: { x: 362, width: 34 },
  net: { x: 396, width: 56 },
  gross: { x: 452, width: contentWidth - 452 },
} as const;
type Column = { x: number; width: number };
const tableBottom = margin.bottom + 6;

type Flow = { canvas: Canvas; invoice: InvoiceDocument; t: DocumentTexts; page: PDFPage; y: number };

/**
 * The seller's registration as the law of its country wants it on an invoice. A Norwegian
 * seller (the NOK store) names Foretaksregisteret and adds MVA to the organisation number
 * when registered for VAT; elsewhere the number is given as the VAT number when registered.
 */
export function sellerRegistration(invoice: Pick<InvoiceDocument, 'currency' | 'language' | 'seller'>): string {
  const t = documentTexts(invoice.language).invoice;
  const number = formatOrganisationNumber(invoice.seller.organisationNumber);
  if (invoice.currency === 'NOK') {
    return `${t.enterpriseRegister} · ${t.organisationNumber} ${number}${invoice.seller.vatRegistered ? ' MVA' : ''}`;
  }
  return invoice.seller.vatRegistered ? `${t.vat} ${number}` : `${t.organisationNumber} ${number}`;
}

export async function invoicePdf(invoice: InvoiceDocument): Promise<Uint8Array> {
  const t = documentTexts(invoice.language);
  const canvas = await createCanvas({
    title: `${t.invoice.title} ${invoice.invoiceNumber}`,
    author: invoice.seller.name,
    subject: `${t.invoice.title} ${invoice.invoiceNumber} · ${t.orderNumber} ${invoice.orderNumber}`,
    language: invoice.language,
    date: invoice.issuedOn,
  });
  const flow: Flow = { canvas, invoice, t, page: addPage(canvas), y: 0 };
  flow.y = drawFirstHeader(flow);
  drawColumnHeads(flow);
  for (const line of invoice.lines) {
    const height = rowHeight(flow, line);
    ensureSpace(flow, height);
    drawLine(flow, line);
  }
  drawSummary(flow);
  drawFooters(canvas, [invoice.seller.name, ...invoice.seller.lines.slice(0, 2), sellerRegistration(invoice)].join(' · '), t.pageOf);
  return canvas.doc.save();
}

function drawFirstHeader(flow: Flow): number {
  const { canvas, invoice, t } = flow;
  const target = flow.page;
  const top = page.height - margin.top;
  const language = invoice.language;

  drawText(target, canvas, invoice.seller.name, { x: margin.left, y: top - 12, size: 14, bold: true, width: 270 });
  let sellerY = top - 26;
  for (const line of invoice.seller.lines) {
    drawText(target, canvas, line, { x: margin.left, y: sellerY, size: 8, color: colors.muted, width: 270 });
    sellerY -= 10.5;
  }
  drawText(target, canvas, sellerRegistration(invoice), { x: margin.left, y: sellerY, size: 8, color: colors.muted, width: 270 });
  sellerY -= 10.5;

  drawText(target, canvas, t.invoice.title.toUpperCase(), { x: right - 220, y: top - 16, size: 22, bold: true, width: 220, align: 'right' });

  const factsX = 330;
  const factsBottom = drawKeyValues(
    target,
    canvas,
    [
      [t.invoice.invoiceNumber, invoice.invoiceNumber],
      [t.invoice.issuedOn, formatDocumentDate(invoice.issuedOn, language)],
      [t.invoice.dueOn, formatDocumentDate(invoice.dueOn, language)],
      [t.customerNumber, invoice.buyer.customerNumber],
      [t.orderNumber, invoice.orderNumber],
      [t.orderDate, formatDocumentDate(invoice.orderDate, language)],
      [t.invoice.deliveries, invoice.deliveryNos.join(', ')],
    ],
    { x: factsX, y: top - 44, labelWidth: 92, width: right - factsX, size: 8.5, leading: 12.5 },
  );

  const buyerTop = Math.min(sellerY, top - 44) - 18;
  drawText(target, canvas, t.invoice.billTo.toUpperCase(), { x: margin.left, y: buyerTop, size: 6.5, bold: true, color: colors.muted });
  drawText(target, canvas, invoice.buyer.name, { x: margin.left, y: buyerTop - 14, size: 11, bold: true, width: 250 });
  let buyerY = buyerTop - 27;
  for (const line of invoice.buyer.lines) {
    drawText(target, canvas, line, { x: margin.left, y: buyerY, size: 9.5, width: 250 });
    buyerY -= 12;
  }
  if (invoice.buyer.organisationNumber.trim()) {
    drawText(target, canvas, `${t.invoice.organisationNumber} ${formatOrganisationNumber(invoice.buyer.organisationNumber)}`, {
      x: margin.left,
      y: buyerY,
      size: 8.5,
      color: colors.muted,
      width: 250,
    });
    buyerY -= 12;
  }

  // The library's own references, which its accounts payable matches the invoice by.
  const bandTop = Math.min(buyerY, factsBottom) - 8;
  const bandHeight = 36;
  fillBox(target, margin.left, bandTop - bandHeight, contentWidth, bandHeight);
  fillBox(target, margin.left, bandTop - bandHeight, 3, bandHeight, colors.accent);
  const third = (contentWidth - 14) / 3;
  const fields: [string, string, boolean][] = [
    [t.requisition, invoice.requisition, true],
    [t.orderReference, invoice.orderReference, false],
    [t.invoice.costCentre, invoice.costCentre, false],
  ];
  fields.forEach(([label, value, prominent], index) => {
    drawLabelled(target, canvas, label, value, {
      x: margin.left + 14 + index * third,
      y: bandTop - 11,
      width: third - 12,
      valueSize: prominent ? 11.5 : 10,
      bold: true,
    });
  });
  return bandTop - bandHeight - 16;
}

function drawContinuationHeader(flow: Flow): number {
  const { canvas, invoice, t } = flow;
  const target = flow.page;
  const top = page.height - margin.top;
  drawText(target, canvas, invoice.seller.name, { x: margin.left, y: top - 10, size: 11, bold: true, width: 220 });
  drawText(target, canvas, `${t.invoice.title} ${invoice.invoiceNumber} · ${t.orderNumber} ${invoice.orderNumber}`, {
    x: right - 290,
    y: top - 10,
    size: 9,
    width: 290,
    align: 'right',
  });
  drawText(target, canvas, invoice.buyer.name, { x: margin.left, y: top - 26, size: 9, color: colors.muted, width: 300 });
  drawRule(target, margin.left, right, top - 36, 0.75, colors.ink);
  return top - 48;
}

const columnHeadHeight = 18;

function drawColumnHeads(flow: Flow): void {
  const { canvas, t, invoice } = flow;
  drawText(flow.page, canvas, t.invoice.amountsIn(invoice.currency), {
    x: right - 150,
    y: flow.y + 4,
    size: 6.5,
    color: colors.muted,
    width: 150,
    align: 'right',
  });
  const y = flow.y - 10;
  const head = (text: string, column: Column, align: 'left' | 'right' = 'right') =>
    drawText(flow.page, canvas, text.toUpperCase(), { x: margin.left + column.x, y, size: 6.5, bold: true, color: colors.muted, width: column.width, align });
  head(`${t.title} / ${t.isbn}`, columns.title, 'left');
  head(t.quantity, columns.quantity);
  head(t.invoice.listPrice, columns.listPrice);
  head(t.invoice.discount, columns.discount);
  head(t.invoice.unitPrice, columns.unitPrice);
  head(t.invoice.vat, columns.vat);
  head(t.invoice.net, columns.net);
  head(t.invoice.gross, columns.gross);
  drawRule(flow.page, margin.left, right, flow.y - columnHeadHeight + 2, 0.75, colors.ink);
  flow.y -= columnHeadHeight;
}

function lineDetails(flow: Flow, line: InvoiceLine): string {
  const { t } = flow;
  // No-break spaces keep each label with its value when the details wrap.
  return [
    `${t.isbn}\u00a0${line.isbn}`,
    line.lineReference.trim() ? `${t.lineReference}\u00a0${line.lineReference}` : null,
    line.department ? `${t.department}\u00a0${line.department}` : null,
    line.budgetCode ? `${t.budgetCode}\u00a0${line.budgetCode}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

function lineText(flow: Flow, line: InvoiceLine): { title: string[]; details: string[] } {
  const width = columns.title.width - 10;
  return {
    title: wrap(flow.canvas, line.title, { size: 8.5, bold: true }, width, 2),
    details: wrap(flow.canvas, lineDetails(flow, line), { size: 7 }, width, 2),
  };
}

function rowHeight(flow: Flow, line: InvoiceLine): number {
  const text = lineText(flow, line);
  return 8 + text.title.length * 10.5 + text.details.length * 8.5 + 4;
}

function drawLine(flow: Flow, line: InvoiceLine): void {
  const { canvas, invoice } = flow;
  const target = flow.page;
  const language = invoice.language;
  const height = rowHeight(flow, line);
  const top = flow.y - 5;
  const text = lineText(flow, line);
  let y = top - 8;
  for (const titleLine of text.title) {
    drawText(target, canvas, titleLine, { x: margin.left, y, size: 8.5, bold: true });
    y -= 10.5;
  }
  for (const detail of text.details) {
    drawText(target, canvas, detail, { x: margin.left, y: y + 1, size: 7, color: colors.muted });
    y -= 8.5;
  }
  const number = (value: string, column: Column, bold = false) =>
    drawText(target, canvas, value, { x: margin.left + column.x, y: top - 8, size: 8.5, bold, width: column.width, align: 'right' });
  number(formatInteger(line.quantity, language), columns.quantity);
  number(formatMinorUnits(line.unitListGross, language), columns.listPrice);
  number(line.discountBp === 0 ? '–' : formatPercentBp(line.discountBp, language), columns.discount);
  number(formatMinorUnits(line.unitGross, language), columns.unitPrice);
  number(formatPercentBp(line.vatRateBp, language), columns.vat);
  number(formatMinorUnits(line.lineNet, language), columns.net);
  number(formatMinorUnits(line.lineGross, language), columns.gross, true);
  flow.y -= height;
  drawRule(target, margin.left, right, flow.y + 0.5, 0.35);
}

function ensureSpace(flow: Flow, height: number): void {
  if (flow.y - height >= tableBottom) return;
  flow.page = addPage(flow.canvas);
  flow.y = drawContinuationHeader(flow);
  drawColumnHeads(flow);
}

/** The VAT per rate, the totals and how to pay, kept together on one page. */
function drawSummary(flow: Flow): void {
  const { canvas, invoice, t } = flow;
  const language = invoice.language;
  const money = (minor: number) => formatMoney(minor, invoice.currency, language);
  const vatRows = Math.max(invoice.vatTotals.length, 1);
  const summaryHeight = 16 + Math.max(14 + 13 + vatRows * 12.5, 3 * 14 + 10) + 20 + 52;
  if (flow.y - summaryHeight < tableBottom) {
    flow.page = addPage(canvas);
    flow.y = drawContinuationHeader(flow);
  }
  const target = flow.page;
  let top = flow.y - 16;

  // VAT per rate, on the left.
  const vatColumns = { rate: { x: 0, width: 50 }, base: { x: 50, width: 70 }, vat: { x: 120, width: 60 }, gross: { x: 180, width: 70 } };
  drawText(target, canvas, t.invoice.vatSummary.toUpperCase(), { x: margin.left, y: top, size: 6.5, bold: true, color: colors.muted });
  let y = top - 13;
  const vatCell = (text: string, column: Column, bold: boolean, muted: boolean, align: 'left' | 'right') =>
    drawText(target, canvas, text, {
      x: margin.left + column.x,
      y,
      size: muted ? 7 : 8.5,
      bold,
      color: muted ? colors.muted : colors.ink,
      width: column.width,
      align,
    });
  vatCell(t.invoice.vatRate, vatColumns.rate, false, true, 'left');
  vatCell(t.invoice.vatBase, vatColumns.base, false, true, 'right');
  vatCell(t.invoice.vatAmount, vatColumns.vat, false, true, 'right');
  vatCell(t.invoice.vatGross, vatColumns.gross, false, true, 'right');
  drawRule(target, margin.left, margin.left + 250, y - 4, 0.5);
  y -= 15;
  for (const total of invoice.vatTotals) {
    vatCell(formatPercentBp(total.vatRateBp, language), vatColumns.rate, false, false, 'left');
    vatCell(formatMinorUnits(total.net, language), vatColumns.base, false, false, 'right');
    vatCell(formatMinorUnits(total.vat, language), vatColumns.vat, false, false, 'right');
    vatCell(formatMinorUnits(total.gross, language), vatColumns.gross, false, false, 'right');
    y -= 12.5;
  }
  const vatBottom = y;

  // Totals, on the right.
  const totalsX = right - 210;
  let totalsY = top - 2;
  const totalRow = (label: string, value: string) => {
    drawText(target, canvas, label, { x: totalsX, y: totalsY, size: 9, color: colors.muted, width: 110 });
    drawText(target, canvas, value, { x: totalsX + 100, y: totalsY, size: 9, width: 110, align: 'right' });
    totalsY -= 14;
  };
  totalRow(t.invoice.totalNet, money(invoice.totals.net));
  totalRow(t.invoice.totalVat, money(invoice.totals.vat));
  drawRule(target, totalsX, right, totalsY + 8, 1, colors.ink);
  totalsY -= 6;
  drawText(target, canvas, t.invoice.totalDue, { x: totalsX, y: totalsY, size: 12, bold: true, width: 100 });
  drawText(target, canvas, money(invoice.totals.gross), { x: totalsX + 90, y: totalsY, size: 12, bold: true, width: 120, align: 'right' });
  totalsY -= 12;

  // How to pay: amount, due date, account and reference side by side.
  top = Math.min(vatBottom, totalsY) - 14;
  const bandHeight = 40;
  fillBox(target, margin.left, top - bandHeight, contentWidth, bandHeight);
  fillBox(target, margin.left, top - bandHeight, 3, bandHeight, colors.accent);
  const quarter = (contentWidth - 14) / 4;
  // A prepaid order was paid before it was sent: the invoice is its receipt, with nothing to pay.
  const payment: [string, string][] = invoice.paidOn
    ? [
        [t.invoice.paidInAdvance, formatDocumentDate(invoice.paidOn, language)],
        [t.invoice.totalDue, money(0)],
      ]
    : [
        [t.invoice.totalDue, money(invoice.totals.gross)],
        [t.invoice.dueOn, formatDocumentDate(invoice.dueOn, language)],
        [t.invoice.bankAccount, formatBankAccount(invoice.seller.bankAccount)],
        [t.invoice.paymentReference, `${t.invoice.invoiceNumber} ${invoice.invoiceNumber}`],
      ];
  payment.forEach(([label, value], index) => {
    drawLabelled(target, canvas, label, value, { x: margin.left + 14 + index * quarter, y: top - 13, width: quarter - 10, valueSize: 10.5, bold: true });
  });
  flow.y = top - bandHeight;
}
