/**
 * ISBNs as people and EDI files write them ("978-82-05-41234-7", "82 05 41234 X"), as the
 * 13 digits Hylle stores, the check digit verified. The catalogue has the same rules in its
 * domain; modules do not reach into each other's domain (DESIGN §5.1), so the few lines
 * the order import needs are here.
 */
export type ReadIsbn = { ok: true; isbn: string } | { ok: false; reason: string };

/** An ISBN-13 (or other EAN-13) or an ISBN-10, which becomes 978 + its first nine digits + a new check digit. */
export function readIsbn(input: string): ReadIsbn {
  const compact = input
    .replace(/^\s*ISBN(?:-1[03])?:?/i, '')
    .replace(/[\s\u2010-\u2015-]/g, '')
    .toUpperCase();
  if (/^\d{13}$/.test(compact)) {
    return checkDigit13(compact.slice(0, 12)) === compact[12]
      ? { ok: true, isbn: compact }
      : { ok: false, reason: `ISBN ${compact} has a wrong check digit` };
  }
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (checkDigit10(compact.slice(0, 9)) !== compact[9]) return { ok: false, reason: `ISBN ${compact} has a wrong check digit` };
    const first12 = `978${compact.slice(0, 9)}`;
    return { ok: true, isbn: first12 + checkDigit13(first12) };
  }
  if (/^\d+X?$/.test(compact)) return { ok: false, reason: `ISBN ${compact} has ${compact.length} digits; an ISBN has 13 (or 10)` };
  return { ok: false, reason: `"${input}" is not an ISBN` };
}

/** Weights 1, 3, 1, 3 … over the first twelve digits. */
function checkDigit13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** Weights 10 down to 2 over the first nine digits, modulo 11; 10 is written X. */
function checkDigit10(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}
