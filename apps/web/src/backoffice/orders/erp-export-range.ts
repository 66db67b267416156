/** The ERP export's period (ORD-7): whole days in the store's time zone, both ends included. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (no 31 April). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today as YYYY-MM-DD where the store is, not where the browser is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "2027-03-18" → "2027-03-01". */
export function firstOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

export type ExportRange = { ok: true; href: string } | { ok: false; problem: 'from' | 'to' | 'order' };

/** The download address for a period, or what is wrong with it. */
export function erpExportHref(from: string, to: string): ExportRange {
  if (!isIsoDate(from)) return { ok: false, problem: 'from' };
  if (!isIsoDate(to)) return { ok: false, problem: 'to' };
  if (from > to) return { ok: false, problem: 'order' };
  return { ok: true, href: `/api/backoffice/orders/export.csv?${new URLSearchParams({ from, to })}` };
}
