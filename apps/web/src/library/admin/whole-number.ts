/**
 * A whole number as typed in a form: "" is `null` (the field's "none"), "14" is 14, and
 * anything else (letters, decimals, out of range) is `undefined`, for the form to say so
 * before the server is asked.
 */
export function parseWholeNumber(input: string, min: number, max: number): number | null | undefined {
  const trimmed = input.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** A number as a form field shows it; null is the empty field. */
export const wholeNumberInput = (value: number | null): string => (value === null ? '' : String(value));
