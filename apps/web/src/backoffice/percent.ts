/**
 * Discounts are typed as percentages ("22,5", "22.5 %") and stored as basis points (2250).
 * At most two decimals: a basis point is the smallest step the API takes.
 */
export function parsePercent(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null;
  const bp = Math.round(Number(cleaned) * 100);
  return bp <= 10_000 ? bp : null;
}

/** Basis points as the form shows them: 2250 → "22,5" (nb), "22.5" (en). */
export function percentInputValue(bp: number, locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales], { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100);
}
