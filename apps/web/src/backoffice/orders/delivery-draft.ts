import type { Carrier, DeliveryBody, OrderLine } from '@hylle/contracts';

/** What a delivery needs of an order line. */
export type LineCounts = Pick<OrderLine, 'id' | 'quantity' | 'deliveredQuantity' | 'status'>;

/** Copies of a line still to be sent: none for a cancelled line, never below zero. */
export function copiesLeft(line: LineCounts): number {
  if (line.status === 'cancelled' || line.status === 'invoiced') return 0;
  return Math.max(0, line.quantity - line.deliveredQuantity);
}

/** The lines that still have copies to send, in the order's order. */
export function linesToDeliver<T extends LineCounts>(lines: readonly T[]): T[] {
  return lines.filter((line) => copiesLeft(line) > 0);
}

/** What staff typed per line (order line id → text). */
export type Quantities = Record<string, string>;

/** Every line at what is left of it: the form's start, and "Send alt som gjenstår". */
export function allLeft(lines: readonly LineCounts[]): Quantities {
  return Object.fromEntries(linesToDeliver(lines).map((line) => [line.id, String(copiesLeft(line))]));
}

export interface DeliveryDraft {
  carrier: Carrier | '';
  waybill: string;
  quantities: Quantities;
}

export type WaybillProblem = 'required' | 'tooShort' | 'tooLong' | 'chars';

export type DeliveryProblem =
  | { field: 'carrier' }
  | { field: 'waybill'; kind: WaybillProblem }
  | { field: 'quantity'; lineId: string; kind: 'notWhole' | 'tooMany'; left: number }
  | { field: 'lines' };

/** Waybill numbers are often written in groups ("70 7012 3456"); the carriers' own numbers have no spaces. */
export function normaliseWaybill(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The same rule as the API's DeliveryBody: 3–40 letters, digits and hyphens. */
export function waybillProblem(waybill: string): WaybillProblem | null {
  if (waybill === '') return 'required';
  if (!/^[A-Za-z0-9-]+$/.test(waybill)) return 'chars';
  if (waybill.length < 3) return 'tooShort';
  if (waybill.length > 40) return 'tooLong';
  return null;
}

/** Whole copies, 0 when left blank; null for anything else ("2,5", "-1", "to"). */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : null;
}

export type DeliveryCheck = { ok: true; body: DeliveryBody } | { ok: false; problems: DeliveryProblem[] };

/**
 * The request for what staff filled in, or every problem in form order. Lines at 0 are not
 * in this delivery and are left out of the request.
 */
export function deliveryBody(draft: DeliveryDraft, lines: readonly LineCounts[]): DeliveryCheck {
  const problems: DeliveryProblem[] = [];
  if (draft.carrier === '') problems.push({ field: 'carrier' });
  const waybill = normaliseWaybill(draft.waybill);
  const waybillKind = waybillProblem(waybill);
  if (waybillKind) problems.push({ field: 'waybill', kind: waybillKind });

  const sent: DeliveryBody['lines'] = [];
  for (const line of linesToDeliver(lines)) {
    const left = copiesLeft(line);
    const quantity = parseQuantity(draft.quantities[line.id] ?? '0');
    if (quantity === null) problems.push({ field: 'quantity', lineId: line.id, kind: 'notWhole', left });
    else if (quantity > left) problems.push({ field: 'quantity', lineId: line.id, kind: 'tooMany', left });
    else if (quantity > 0) sent.push({ orderLineId: line.id, quantity });
  }
  const quantitiesOk = !problems.some((problem) => problem.field === 'quantity');
  if (quantitiesOk && sent.length === 0) problems.push({ field: 'lines' });

  if (problems.length > 0 || draft.carrier === '') return { ok: false, problems };
  return { ok: true, body: { carrier: draft.carrier, waybill, lines: sent } };
}

/**
 * The order line a field of the API's answer is about. `lines.N.quantity` names the N-th
 * line *sent*, which is not the N-th line of the order when some lines were left at 0.
 */
export function lineOfField(field: string, sent: DeliveryBody['lines']): string | null {
  const match = /^lines\.(\d+)\.(?:quantity|orderLineId)$/.exec(field);
  if (!match) return null;
  return sent[Number(match[1])]?.orderLineId ?? null;
}

/** The field paths of a sent delivery that the form shows beside a line (so no second, form-level alert). */
export function lineFieldPaths(sent: DeliveryBody['lines']): string[] {
  return sent.flatMap((_, index) => [`lines.${index}.quantity`, `lines.${index}.orderLineId`]);
}
