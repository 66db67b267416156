/** One line of a pasted ISBN list or CSV file (CHK-1 quick add). */
export type IsbnListEntry =
  | { ok: true; line: number; text: string; isbn: string; quantity: number }
  | { ok: false; line: number; text: string; reason: 'not_an_isbn' | 'bad_quantity' };

type IsbnParser = (input: string) => { ok: true; value: string } | { ok: false };

/**
 * Reads ISBNs as librarians paste them: one per line, from a spreadsheet column or a CSV file
 * with "ISBN;quantity" or "ISBN,quantity" (tab also works), hyphens and spaces allowed,
 * ISBN-10 or ISBN-13, quotes around fields tolerated. A header line ("ISBN;Antall") and blank
 * lines are skipped. The ISBN parser is passed in, so this stays pure.
 */
export function parseIsbnList(text: string, parseIsbn: IsbnParser): IsbnListEntry[] {
  const entries: IsbnListEntry[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    const cleaned = raw.replace(/^\uFEFF/, '').trim();
    if (cleaned === '') return;
    const [first = '', second = ''] = cleaned.split(/[;,\t]/).map((field) => field.trim().replace(/^"(.*)"$/, '$1').trim());
    if (line === 1 && /isbn|ean/i.test(first) && !/\d{9}/.test(cleaned.replace(/[-\s]/g, ''))) return;
    const isbn = parseIsbn(first);
    if (!isbn.ok) {
      entries.push({ ok: false, line, text: cleaned, reason: 'not_an_isbn' });
      return;
    }
    const quantity = second === '' ? 1 : /^\d{1,4}$/.test(second) ? Number(second) : NaN;
    if (!Number.isInteger(quantity) || quantity < 1) {
      entries.push({ ok: false, line, text: cleaned, reason: 'bad_quantity' });
      return;
    }
    entries.push({ ok: true, line, text: cleaned, isbn: isbn.value, quantity });
  });
  return entries;
}
