import type { Translate } from '../i18n/translate.ts';

/**
 * The accessible name of a field in a row of lines: "Antall for Markens grøde", and with the
 * line's number when the title is on more than one line ("…, linje 2"), so every field of
 * the table has a name of its own.
 */
export function lineFieldName(t: Translate, label: string, title: string, lineNumber: number | null): string {
  return lineNumber === null ? t('cart.field.nameFor', { label, title }) : t('cart.field.nameForLine', { label, title, line: lineNumber });
}

/** For each line, its number (from 1) when its title is on several lines, else null. */
export function lineNumbersForRepeatedTitles(lines: readonly { product: { id: string } }[]): (number | null)[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.product.id, (counts.get(line.product.id) ?? 0) + 1);
  return lines.map((line, index) => ((counts.get(line.product.id) ?? 0) > 1 ? index + 1 : null));
}
