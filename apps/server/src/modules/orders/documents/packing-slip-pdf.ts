import type { PDFPage } from 'pdf-lib';
import { code128, ean13 } from './barcodes.ts';
import { formatDocumentDate, formatInteger, type DocumentLanguage, type DocumentParty } from './document-format.ts';
import { documentTexts, type DocumentTexts } from './document-texts.ts';
import {
  addPage,
  barcodeWidth,
  colors,
  contentWidth,
  createCanvas,
  drawBarcode,
  drawFooters,
  drawKeyValues,
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
 * The packing slip that goes in the parcel (ORD-5). Books for several departments of one
 * library may be packed together, so the lines are grouped by department, each group with
 * its heading and its count, and every line carries its shelf location, material type and
 * references: whoever unpacks can sort the books without the order at hand.
 */

export type PackingSlipLine = {
  isbn: string;
  title: string;
  contributor: string;
  quantity: number;
  lineReference: string;
  budgetCode: string | null;
  department: string | null;
  shelfLocation: string | null;
  materialType: string | null;
  extraFields: { name: string; value: string }[];
};

export type PackingSlip = {
  language: DocumentLanguage;
  store: DocumentParty;
  shipTo: DocumentParty;
  customerNumber: string;
  accountName: string;
  orderNumber: string;
  deliveryNo: number;
  /** How many deliveries the order has so far, when it is known: "levering 2 av 3". */
  deliveryCount?: number;
  orderDate: string;
  shippedOn: string;
  requisition: string;
  orderReference: string;
  /** A carrier code (posten_bring, postnord …), printed with its name, or a name as it is to be printed. */
  carrier: string;
  waybill: string;
  lines: PackingSlipLine[];
};

/** Lines of one department (null: none given), in the order of the slip. */
export type DepartmentGroup = { department: string | null; lines: PackingSlipLine[]; copies: number };

/** Departments in code order, lines without a department last. */
export function groupByDepartment(lines: readonly PackingSlipLine[]): DepartmentGroup[] {
  const groups = new Map<string | null, PackingSlipLine[]>();
  for (const line of lines) {
    const key = line.department?.trim() ? line.department.trim() : null;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([department, members]) => ({ department, lines: members, copies: members.reduce((sum, line) => sum + line.quantity, 0) }));
}

// The table: columns from the left edge of the content.
const eanModule = 0.85;
const columns = {
  barcode: { x: 0, width: 100 },
  title: { x: 100, width: 150 },
  quantity: { x: 250, width: 32 },
  shelf: { x: 292, width: 58 },
  material: { x: 350, width: 58 },
  lineReference: { x: 408, width: 52 },
  budget: { x: 460, width: contentWidth - 460 },
} as const;
const tableBottom = margin.bottom + 6;
const cellSize = 8;
const rowPadding = 6;

type Flow = { canvas: Canvas; slip: PackingSlip; t: DocumentTexts; page: PDFPage; y: number };

export async function packingSlipPdf(slip: PackingSlip): Promise<Uint8Array> {
  const t = documentTexts(slip.language);
  const canvas = await createCanvas({
    title: `${t.packingSlip.title} ${slip.orderNumber}-${slip.deliveryNo}`,
    author: slip.store.name,
    subject: `${t.orderNumber} ${slip.orderNumber}`,
    language: slip.language,
    date: slip.shippedOn,
  });
  const flow: Flow = { canvas, slip, t, page: addPage(canvas), y: 0 };
  flow.y = drawFirstHeader(flow);
  drawColumnHeads(flow);

  const groups = groupByDepartment(slip.lines);
  for (const group of groups) {
    const name = group.department ?? t.packingSlip.noDepartment;
    const [first, ...rest] = group.lines;
    // A heading never ends a page: it stays with the group's first line.
    if (first) ensureSpace(flow, groupHeadingHeight + rowHeight(flow, first), null);
    drawGroupHeading(flow, name, false);
    for (const line of [first, ...rest]) {
      if (!line) continue;
      ensureSpace(flow, rowHeight(flow, line), name);
      drawLine(flow, line);
    }
    ensureSpace(flow, subtotalHeight, name);
    drawSubtotal(flow, t.packingSlip.departmentTotal(name), group.copies, false);
  }
  ensureSpace(flow, subtotalHeight + 6, null);
  flow.y -= 6;
  drawSubtotal(
    flow,
    t.packingSlip.total,
    slip.lines.reduce((sum, line) => sum + line.quantity, 0),
    true,
  );

  drawFooters(canvas, `${slip.store.name} · ${t.packingSlip.footer(slip.orderNumber, deliveryText(slip, t))}`, t.pageOf);
  return canvas.doc.save();
}

function deliveryText(slip: PackingSlip, t: DocumentTexts): string {
  return slip.deliveryCount ? t.packingSlip.deliveryOf(slip.deliveryNo, slip.deliveryCount) : String(slip.deliveryNo);
}

function carrierName(carrier: string, t: DocumentTexts): string {
  return Object.hasOwn(t.carriers, carrier) ? t.carriers[carrier as keyof DocumentTexts['carriers']] : carrier;
}

/** The first page's header: store, title and order barcode, ship-to, the order's facts, the requisition. Returns the y below it. */
function drawFirstHeader(flow: Flow): number {
  const { canvas, slip, t } = flow;
  const target = flow.page;
  const top = page.height - margin.top;

  drawText(target, canvas, slip.store.name, { x: margin.left, y: top - 12, size: 14, bold: true, width: 280 });
  let storeY = top - 26;
  for (const line of slip.store.lines) {
    drawText(target, canvas, line, { x: margin.left, y: storeY, size: 8, color: colors.muted, width: 280 });
    storeY -= 10.5;
  }

  drawText(target, canvas, t.packingSlip.title.toUpperCase(), { x: right - 220, y: top - 14, size: 18, bold: true, width: 220, align: 'right' });
  const barcode = code128(slip.orderNumber);
  let titleBottom = top - 24;
  if (barcode.ok) {
    const module = 1;
    const width = barcodeWidth(barcode.value, module);
    const x = right - width + barcode.value.quietZone.right * module;
    drawBarcode(target, barcode.value, { x, y: top - 60, height: 32, module });
    drawText(target, canvas, `${t.orderNumber} ${slip.orderNumber}`, {
      x: x + barcode.value.quietZone.left * module,
      y: top - 70,
      size: 8,
      width: barcode.value.modules * module,
      align: 'center',
    });
    titleBottom = top - 74;
  }

  const blockTop = Math.min(storeY, titleBottom) - 16;
  drawText(target, canvas, t.packingSlip.shipTo.toUpperCase(), { x: margin.left, y: blockTop, size: 6.5, bold: true, color: colors.muted });
  drawText(target, canvas, slip.shipTo.name, { x: margin.left, y: blockTop - 14, size: 11, bold: true, width: 240 });
  let shipY = blockTop - 27;
  for (const line of slip.shipTo.lines) {
    drawText(target, canvas, line, { x: margin.left, y: shipY, size: 9.5, width: 240 });
    shipY -= 12;
  }

  const factsX = 318;
  const factsBottom = drawKeyValues(
    target,
    canvas,
    [
      [t.customerNumber, slip.customerNumber],
      [t.customer, slip.accountName],
      [t.orderNumber, slip.orderNumber],
      [t.packingSlip.delivery, deliveryText(slip, t)],
      [t.orderDate, formatDocumentDate(slip.orderDate, slip.language)],
      [t.packingSlip.shippedOn, formatDocumentDate(slip.shippedOn, slip.language)],
      [t.orderReference, slip.orderReference],
      [t.packingSlip.carrier, carrierName(slip.carrier, t)],
      [t.packingSlip.waybill, slip.waybill],
    ],
    { x: factsX, y: blockTop, labelWidth: 98, width: right - factsX, size: 8.5, leading: 12.5 },
  );

  // The requisition is what the library sorts deliveries by: it gets the most room after the title.
  const bandTop = Math.min(shipY, factsBottom) - 6;
  const bandHeight = 30;
  fillBox(target, margin.left, bandTop - bandHeight, contentWidth, bandHeight);
  fillBox(target, margin.left, bandTop - bandHeight, 3, bandHeight, colors.accent);
  drawText(target, canvas, `${t.requisition}: ${slip.requisition.trim() || '–'}`, {
    x: margin.left + 14,
    y: bandTop - 20,
    size: 13,
    bold: true,
    width: contentWidth - 28,
  });
  return bandTop - bandHeight - 14;
}

/** Pages after the first: a short header naming the slip and the requisition, so a loose page is still placed. */
function drawContinuationHeader(flow: Flow): number {
  const { canvas, slip, t } = flow;
  const target = flow.page;
  const top = page.height - margin.top;
  drawText(target, canvas, slip.store.name, { x: margin.left, y: top - 10, size: 11, bold: true, width: 220 });
  drawText(target, canvas, `${t.packingSlip.title} · ${t.orderNumber} ${slip.orderNumber} · ${t.packingSlip.delivery} ${deliveryText(slip, t)}`, {
    x: right - 290,
    y: top - 10,
    size: 9,
    width: 290,
    align: 'right',
  });
  drawText(target, canvas, `${t.requisition}: ${slip.requisition.trim() || '–'}`, { x: margin.left, y: top - 29, size: 11, bold: true, width: 300 });
  drawText(target, canvas, slip.shipTo.name, { x: right - 200, y: top - 29, size: 9, color: colors.muted, width: 200, align: 'right' });
  drawRule(target, margin.left, right, top - 38, 0.75, colors.ink);
  return top - 50;
}

const columnHeadHeight = 18;

function drawColumnHeads(flow: Flow): void {
  const { canvas, t } = flow;
  const y = flow.y - 10;
  const head = (text: string, column: { x: number; width: number }, align: 'left' | 'right' = 'left') =>
    drawText(flow.page, canvas, text.toUpperCase(), { x: margin.left + column.x, y, size: 6.5, bold: true, color: colors.muted, width: column.width - 4, align });
  head(`${t.isbn}`, columns.barcode);
  head(`${t.title}`, columns.title);
  head(t.quantity, columns.quantity, 'right');
  head(t.packingSlip.shelfLocation, columns.shelf);
  head(t.packingSlip.materialType, columns.material);
  head(t.lineReference, columns.lineReference);
  head(t.budgetCode, columns.budget);
  drawRule(flow.page, margin.left, right, flow.y - columnHeadHeight + 2, 0.75, colors.ink);
  flow.y -= columnHeadHeight;
}

const groupHeadingHeight = 24;

function drawGroupHeading(flow: Flow, department: string, continued: boolean): void {
  const { canvas, t } = flow;
  const top = flow.y - 4;
  fillBox(flow.page, margin.left, top - 18, contentWidth, 18);
  const label = `${t.department.toUpperCase()}  `;
  drawText(flow.page, canvas, label, { x: margin.left + 6, y: top - 12.5, size: 7, bold: true, color: colors.muted });
  const labelWidth = canvas.bold.widthOfTextAtSize(label, 7);
  drawText(flow.page, canvas, continued ? `${department} ${t.continued}` : department, {
    x: margin.left + 6 + labelWidth,
    y: top - 13,
    size: 10.5,
    bold: true,
    width: contentWidth - 12 - labelWidth,
  });
  flow.y -= groupHeadingHeight;
}

const subtotalHeight = 20;

function drawSubtotal(flow: Flow, label: string, copies: number, grand: boolean): void {
  const { canvas, slip } = flow;
  const y = flow.y - 13;
  const size = grand ? 10 : 8.5;
  if (grand) drawRule(flow.page, margin.left, right, flow.y, 1, colors.ink);
  drawText(flow.page, canvas, label, { x: margin.left, y, size, bold: true, width: columns.quantity.x + 6 - 12, align: 'right' });
  drawText(flow.page, canvas, formatInteger(copies, slip.language), {
    x: margin.left + columns.quantity.x,
    y,
    size: grand ? 11 : 9.5,
    bold: true,
    width: columns.quantity.width,
    align: 'right',
  });
  flow.y -= subtotalHeight;
}

type LineText = { title: string[]; contributor: string | null; extras: string[]; cells: Record<'shelf' | 'material' | 'lineReference' | 'budget', string[]> };

function lineText(flow: Flow, line: PackingSlipLine): LineText {
  const { canvas } = flow;
  const textWidth = columns.title.width - 8;
  const cell = (value: string | null, width: number) => wrap(canvas, value?.trim() || '–', { size: cellSize }, width - 4, 3);
  const extras = line.extraFields.filter((field) => field.value.trim() !== '').map((field) => `${field.name}: ${field.value}`);
  return {
    title: wrap(canvas, line.title, { size: 9, bold: true }, textWidth, 2),
    contributor: line.contributor.trim() ? wrap(canvas, line.contributor, { size: 8 }, textWidth, 1)[0] ?? null : null,
    extras: extras.length > 0 ? wrap(canvas, extras.join(' · '), { size: 7.5 }, textWidth, 2) : [],
    cells: {
      shelf: cell(line.shelfLocation, columns.shelf.width),
      material: cell(line.materialType, columns.material.width),
      lineReference: cell(line.lineReference, columns.lineReference.width),
      budget: cell(line.budgetCode, columns.budget.width),
    },
  };
}

/** Bars, guard extension and the digits below them, from the top of the row's content. */
const barcodeBlockHeight = 37;

function rowHeight(flow: Flow, line: PackingSlipLine): number {
  const text = lineText(flow, line);
  const titleHeight = text.title.length * 11 + (text.contributor ? 10.5 : 0) + text.extras.length * 9.5;
  const cellHeight = Math.max(...Object.values(text.cells).map((lines) => lines.length * 10));
  return rowPadding + Math.max(barcodeBlockHeight, titleHeight, cellHeight) + rowPadding - 1;
}

function drawLine(flow: Flow, line: PackingSlipLine): void {
  const { canvas } = flow;
  const target = flow.page;
  const height = rowHeight(flow, line);
  const top = flow.y - rowPadding;
  const left = margin.left;

  const barcode = ean13(line.isbn);
  if (barcode.ok) {
    const barsBottom = top - 24;
    drawBarcode(target, barcode.value, { x: left + columns.barcode.x, y: barsBottom, height: 24, module: eanModule, guardExtension: 4 });
    drawText(target, canvas, line.isbn, {
      x: left + columns.barcode.x + barcode.value.quietZone.left * eanModule,
      y: barsBottom - 11,
      size: 7.5,
      width: barcode.value.modules * eanModule,
      align: 'center',
    });
  } else {
    // Not an EAN-13 (an old order, another identifier): the number is still printed.
    drawText(target, canvas, line.isbn, { x: left + columns.barcode.x, y: top - 9, size: 8.5, width: columns.barcode.width - 6 });
  }

  const text = lineText(flow, line);
  let y = top - 8;
  for (const titleLine of text.title) {
    drawText(target, canvas, titleLine, { x: left + columns.title.x, y, size: 9, bold: true });
    y -= 11;
  }
  if (text.contributor) {
    drawText(target, canvas, text.contributor, { x: left + columns.title.x, y: y + 0.5, size: 8, color: colors.muted });
    y -= 10.5;
  }
  for (const extra of text.extras) {
    drawText(target, canvas, extra, { x: left + columns.title.x, y: y - 0.5, size: 7.5, color: colors.muted });
    y -= 9.5;
  }

  drawText(target, canvas, formatInteger(line.quantity, flow.slip.language), {
    x: left + columns.quantity.x,
    y: top - 9,
    size: 11,
    bold: true,
    width: columns.quantity.width,
    align: 'right',
  });
  const cellColumns = { shelf: columns.shelf, material: columns.material, lineReference: columns.lineReference, budget: columns.budget };
  for (const [key, column] of Object.entries(cellColumns) as [keyof LineText['cells'], { x: number; width: number }][]) {
    let cellY = top - 8;
    for (const cellLine of text.cells[key]) {
      drawText(target, canvas, cellLine, { x: left + column.x, y: cellY, size: cellSize, color: cellLine === '–' ? colors.muted : colors.ink });
      cellY -= 10;
    }
  }
  flow.y -= height;
  drawRule(target, margin.left, right, flow.y + 0.5, 0.35);
}

/** Starts a new page when `height` does not fit; the new page repeats the column heads (and the department, mid-group). */
function ensureSpace(flow: Flow, height: number, continuingDepartment: string | null): void {
  if (flow.y - height >= tableBottom) return;
  flow.page = addPage(flow.canvas);
  flow.y = drawContinuationHeader(flow);
  drawColumnHeads(flow);
  if (continuingDepartment !== null) drawGroupHeading(flow, continuingDepartment, true);
}
