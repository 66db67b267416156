/**
 * Money typed by a person ("12 500,50", "12500.5", "12.500,50 kr", "500,-") read as whole
 * minor units (øre, cent), by string arithmetic only: 0.1 + 0.2 never becomes 0.30000000000000004
 * kroner. Amounts are never negative here (budgets and remaining figures are ≥ 0).
 *
 * Separators: spaces of every kind, and a point or comma used more than once or in groups of
 * three, group thousands. One separator followed by one or two digits is the decimal mark,
 * whichever it is (so "12500.5" works in Norwegian too). A lone separator followed by exactly
 * three digits is read the way the language writes numbers: "12.500" is twelve thousand five
 * hundred in Norwegian and Dutch, "12,500" in English; the other reading (three decimals) is
 * refused rather than guessed.
 */
export function parseMoneyInput(text: string, locales: readonly string[], fractionDigits = 2): number | null {
  const decimalMark = decimalSeparator(locales);
  const cleaned = text
    .replace(/[\s\u00a0\u202f\u2009']/g, '')
    .replace(/^(kr\.?|nok|eur|€)/i, '')
    .replace(/(kr\.?|nok|eur|€)$/i, '')
    .replace(/[.,]-$/, '');
  if (!/^[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return null;

  let integer: string;
  let fraction = '';
  const lastPoint = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  if (lastPoint !== -1 && lastComma !== -1) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const mark = lastPoint > lastComma ? '.' : ',';
    const group = mark === '.' ? ',' : '.';
    const at = cleaned.lastIndexOf(mark);
    fraction = cleaned.slice(at + 1);
    integer = groupedDigits(cleaned.slice(0, at), group);
    if (cleaned.slice(0, at).includes(mark)) return null;
  } else if (lastPoint !== -1 || lastComma !== -1) {
    const mark = lastPoint !== -1 ? '.' : ',';
    const parts = cleaned.split(mark);
    if (parts.length > 2) {
      integer = groupedDigits(cleaned, mark);
    } else {
      const [head = '', tail = ''] = parts;
      if (tail.length === 3 && mark !== decimalMark) {
        integer = groupedDigits(cleaned, mark);
      } else {
        integer = head;
        fraction = tail;
        if (fraction === '') return null;
      }
    }
  } else {
    integer = cleaned;
  }
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction) || fraction.length > fractionDigits) return null;
  const minor = Number(`${integer}${fraction.padEnd(fractionDigits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** "12 500" → "12500" when every group after the first has three digits; otherwise "invalid". */
function groupedDigits(text: string, group: string): string {
  const parts = text.split(group);
  const [first = '', ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || rest.some((part) => !/^\d{3}$/.test(part))) return 'invalid';
  return parts.join('');
}

function decimalSeparator(locales: readonly string[]): string {
  return new Intl.NumberFormat([...locales]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? ',';
}

/** Minor units as a form shows them for editing: 5000000 → "50 000,00" (nb), "50,000.00" (en). */
export function moneyInputValue(minor: number, locales: readonly string[], fractionDigits = 2): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(fractionDigits + 1, '0');
  const major = BigInt(digits.slice(0, digits.length - fractionDigits));
  const fraction = digits.slice(digits.length - fractionDigits);
  const format = new Intl.NumberFormat([...locales], { useGrouping: true });
  return `${sign}${format.format(major)}${fractionDigits > 0 ? `${decimalSeparator(locales)}${fraction}` : ''}`;
}
