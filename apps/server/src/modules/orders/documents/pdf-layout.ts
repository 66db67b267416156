import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Barcode } from './barcodes.ts';

/**
 * What the packing slip and the invoice share: an A4 page, the standard Helvetica fonts,
 * text that fits its column, barcodes drawn as rectangles, and page numbers.
 *
 * Helvetica is one of the PDF's standard fonts, so nothing is embedded and no font file is
 * needed on the machine. It is encoded as WinAnsi, which holds the letters of Norwegian,
 * Dutch and the other Western European languages (æ ø å é ë ü …) and € – … « »; a character
 * outside it (a Polish ł, a Greek title) is printed without its accent or as "?", never
 * allowed to break the document.
 */

export const page = { width: 595.28, height: 841.89 } as const;
export const margin = { left: 42, right: 42, top: 40, bottom: 56 } as const;
export const contentWidth = page.width - margin.left - margin.right;
export const right = page.width - margin.right;

export const colors = {
  ink: rgb(0.11, 0.12, 0.14),
  muted: rgb(0.4, 0.42, 0.46),
  rule: rgb(0.78, 0.8, 0.83),
  band: rgb(0.945, 0.95, 0.96),
  accent: rgb(0.16, 0.3, 0.45),
} as const;

export type Canvas = {
  readonly doc: PDFDocument;
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** Code points the fonts can show. */
  readonly characters: ReadonlySet<number>;
};

export type DocumentMeta = { title: string; author: string; subject: string; language: string; date: string };

/** A new PDF with its metadata. The dates are the document's own day, so the same input gives the same file. */
export async function createCanvas(meta: DocumentMeta): Promise<Canvas> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? new Date(`${meta.date}T00:00:00Z`) : new Date(0);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.language);
  doc.setCreator('Hylle');
  doc.setProducer('Hylle (pdf-lib)');
  doc.setCreationDate(day);
  doc.setModificationDate(day);
  return { doc, regular, bold, characters: new Set(regular.getCharacterSet()) };
}

export function addPage(canvas: Canvas): PDFPage {
  return canvas.doc.addPage([page.width, page.height]);
}

const replacements: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u202f': ' ', // narrow no-break space, as Intl writes
  '\u2009': ' ',
  '\u2007': ' ',
  '\u00ad': '', // soft hyphen
  // Letters that Unicode does not split into a base letter and an accent.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

/** The text with what the font cannot show replaced: accents dropped where that helps, else "?"; line breaks and tabs become spaces. */
export function printable(canvas: Canvas, text: string): string {
  let out = '';
  for (const character of text.replace(/[\t\r\n]+/g, ' ')) {
    const code = character.codePointAt(0) ?? 0;
    if (canvas.characters.has(code)) {
      out += character;
      continue;
    }
    const replacement = replacements[character];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    if (code < 32) continue;
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every((c) => canvas.characters.has(c.codePointAt(0) ?? 0)) ? base : '?';
  }
  return out;
}

export type TextStyle = { size: number; bold?: boolean; color?: RGB };

export function fontOf(canvas: Canvas, style: TextStyle): PDFFont {
  return style.bold ? canvas.bold : canvas.regular;
}

export function widthOf(canvas: Canvas, text: string, style: TextStyle): number {
  return fontOf(canvas, style).widthOfTextAtSize(printable(canvas, text), style.size);
}

/** The text cut to `width` with "…" when it is longer. */
export function fit(canvas: Canvas, text: string, style: TextStyle, width: number): string {
  const clean = printable(canvas, text);
  const font = fontOf(canvas, style);
  if (font.widthOfTextAtSize(clean, style.size) <= width) return clean;
  const characters = [...clean];
  while (characters.length > 0 && font.widthOfTextAtSize(`${characters.join('').trimEnd()}…`, style.size) > width) characters.pop();
  return characters.length === 0 ? '' : `${characters.join('').trimEnd()}…`;
}

/**
 * The text in lines of at most `width`, broken between words (a word longer than a line is
 * broken where it must); past `maxLines` the last line ends with "…".
 */
export function wrap(canvas: Canvas, text: string, style: TextStyle, width: number, maxLines: number): string[] {
  const font = fontOf(canvas, style);
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, style.size) <= width;
  const words = printable(canvas, text).split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word wider than the column: break it by characters.
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut -= 1;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(canvas, `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, style, width - 0.01);
  if (!kept[maxLines - 1]?.endsWith('…')) kept[maxLines - 1] = fit(canvas, `${kept[maxLines - 1] ?? ''}…`, style, width);
  return kept;
}

export type TextOptions = TextStyle & {
  x: number;
  /** The baseline. */
  y: number;
  /** Cut to this width with "…"; with align right or center, the box the text is placed in. */
  width?: number;
  align?: 'left' | 'right' | 'center';
};

/** Draws one line of text; returns the text as printed. */
export function drawText(target: PDFPage, canvas: Canvas, text: string, options: TextOptions): string {
  const style: TextStyle = options;
  const shown = options.width === undefined ? printable(canvas, text) : fit(canvas, text, style, options.width);
  if (shown === '') return shown;
  const font = fontOf(canvas, style);
  const textWidth = font.widthOfTextAtSize(shown, options.size);
  const box = options.width ?? 0;
  const x =
    options.align === 'right'
      ? options.x + box - textWidth
      : options.align === 'center'
        ? options.x + (box - textWidth) / 2
        : options.x;
  target.drawText(shown, { x, y: options.y, size: options.size, font, color: options.color ?? colors.ink });
  return shown;
}

export function drawRule(target: PDFPage, x1: number, x2: number, y: number, thickness = 0.5, color: RGB = colors.rule): void {
  target.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color });
}

export function fillBox(target: PDFPage, x: number, y: number, width: number, height: number, color: RGB = colors.band): void {
  target.drawRectangle({ x, y, width, height, color, borderWidth: 0 });
}

export type BarcodePlacement = {
  /** Left edge of the quiet zone. */
  x: number;
  /** Bottom of the bars (guard bars reach `guardExtension` below it). */
  y: number;
  height: number;
  /** Width of one module in points. */
  module: number;
  guardExtension?: number;
};

/** The width a barcode takes with its quiet zones. */
export function barcodeWidth(barcode: Barcode, module: number): number {
  return (barcode.quietZone.left + barcode.modules + barcode.quietZone.right) * module;
}

/** Draws the bars as black rectangles (white is the page). */
export function drawBarcode(target: PDFPage, barcode: Barcode, placement: BarcodePlacement): void {
  let x = placement.x + barcode.quietZone.left * placement.module;
  const extension = placement.guardExtension ?? 0;
  barcode.widths.forEach((width, index) => {
    const w = width * placement.module;
    if (index % 2 === 0) {
      const long = barcode.guards[index] ? extension : 0;
      target.drawRectangle({ x, y: placement.y - long, width: w, height: placement.height + long, color: rgb(0, 0, 0), borderWidth: 0 });
    }
    x += w;
  });
}

/** A label above a value, as in the header blocks; returns the y below it. */
export function drawLabelled(
  target: PDFPage,
  canvas: Canvas,
  label: string,
  value: string,
  at: { x: number; y: number; width: number; valueSize?: number; bold?: boolean },
): number {
  drawText(target, canvas, label.toUpperCase(), { x: at.x, y: at.y, size: 6.5, bold: true, color: colors.muted, width: at.width });
  const size = at.valueSize ?? 9.5;
  drawText(target, canvas, value === '' ? '–' : value, { x: at.x, y: at.y - size - 3, size, bold: at.bold ?? false, width: at.width });
  return at.y - size - 3 - 8;
}

/** Rows of "label  value" in two aligned columns; returns the y below them. */
export function drawKeyValues(
  target: PDFPage,
  canvas: Canvas,
  rows: readonly (readonly [string, string])[],
  at: { x: number; y: number; labelWidth: number; width: number; size?: number; leading?: number },
): number {
  const size = at.size ?? 8.5;
  const leading = at.leading ?? size + 5;
  let y = at.y;
  for (const [label, value] of rows) {
    drawText(target, canvas, label, { x: at.x, y, size, color: colors.muted, width: at.labelWidth - 4 });
    drawText(target, canvas, value === '' ? '–' : value, { x: at.x + at.labelWidth, y, size, width: at.width - at.labelWidth });
    y -= leading;
  }
  return y;
}

/** Footers on every page once the page count is known: a line of text on the left, "Side 1 av 3" on the right. */
export function drawFooters(canvas: Canvas, left: string, pageLabel: (pageNo: number, pageCount: number) => string): void {
  const pages = canvas.doc.getPages();
  pages.forEach((target, index) => {
    const y = margin.bottom - 24;
    drawRule(target, margin.left, right, y + 11, 0.5);
    drawText(target, canvas, left, { x: margin.left, y, size: 7, color: colors.muted, width: contentWidth - 90 });
    drawText(target, canvas, pageLabel(index + 1, pages.length), { x: right - 90, y, size: 8, width: 90, align: 'right' });
  });
}
