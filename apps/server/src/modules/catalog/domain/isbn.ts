/**
 * ISBNs and EAN-13s: read as people write them ("978-82-05-41234-5", "82 05 41234 X"),
 * verified by check digit, kept as 13 plain digits.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** ISBN-13, EAN-13 or ISBN-10 → the 13 digits (an ISBN-10 gains the 978 prefix). */
export function parseIsbn(input: string): Checked<string> {
  const compact = compactIsbn(input);
  if (compact.length === 10) {
    const isbn10 = parseIsbn10(input);
    return isbn10.ok ? { ok: true, value: isbn10To13(isbn10.value) } : isbn10;
  }
  return parseIsbn13(input);
}

/** 13 digits with a valid EAN-13 check digit (every ISBN-13 is one). */
export function parseIsbn13(input: string): Checked<string> {
  const compact = compactIsbn(input);
  if (!/^\d{13}$/.test(compact)) return { ok: false, reason: notAnIsbn(input, compact) };
  if (isbn13CheckDigit(compact.slice(0, 12)) !== compact[12]) {
    return { ok: false, reason: `ISBN ${compact} has a wrong check digit` };
  }
  return { ok: true, value: compact };
}

/** 9 digits and a check digit (0–9 or X), returned with an upper-case X. */
export function parseIsbn10(input: string): Checked<string> {
  const compact = compactIsbn(input);
  if (!/^\d{9}[\dX]$/.test(compact)) return { ok: false, reason: notAnIsbn(input, compact) };
  if (isbn10CheckDigit(compact.slice(0, 9)) !== compact[9]) {
    return { ok: false, reason: `ISBN ${compact} has a wrong check digit` };
  }
  return { ok: true, value: compact };
}

/** A verified ISBN-10 as ISBN-13: 978, its first nine digits, a new check digit. */
export function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`;
  return first12 + isbn13CheckDigit(first12);
}

/** The ISBN-10 of a verified 978 ISBN-13; null for 979 and other EANs, which have none. */
export function toIsbn10(isbn13: string): string | null {
  if (!isbn13.startsWith('978')) return null;
  const first9 = isbn13.slice(3, 12);
  return first9 + isbn10CheckDigit(first9);
}

/**
 * For display. The true hyphenation (978-82-05-41234-5) needs the ISBN agency's range
 * table; without it only the boundaries that never move are marked: the 978/979 prefix
 * and the check digit.
 */
export function formatIsbn13(isbn13: string, options: { hyphens?: boolean } = {}): string {
  if (!options.hyphens) return isbn13;
  return `${isbn13.slice(0, 3)}-${isbn13.slice(3, 12)}-${isbn13.slice(12)}`;
}

/** Weights 1, 3, 1, 3 … over the first twelve digits. */
export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** Weights 10 down to 2 over the first nine digits, modulo 11; 10 is written X. */
export function isbn10CheckDigit(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Hyphens and spaces (also non-breaking ones) are only grouping; an "ISBN" label is dropped. */
function compactIsbn(input: string): string {
  return input
    .replace(/^\s*ISBN(?:-1[03])?:?/i, '')
    .replace(/[\s\u2010-\u2015-]/g, '')
    .toUpperCase();
}

function notAnIsbn(input: string, compact: string): string {
  if (/^\d+X?$/.test(compact)) return `ISBN ${compact} has ${compact.length} digits; an ISBN has 13 (or 10)`;
  return `"${input}" is not an ISBN`;
}
