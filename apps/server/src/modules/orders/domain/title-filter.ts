/**
 * The overview's title/ISBN box (ORD-1): an ISBN (checked by the caller's parser) finds
 * lines of that ISBN; anything else is words of a title, each matched as a prefix. Only
 * letters and digits survive, so nothing the buyer types can break the text query.
 */
export type TitleFilter = { isbn: string } | { words: string[] } | null;

export function titleFilterOf(text: string | undefined, parseIsbn: (input: string) => { ok: true; value: string } | { ok: false }): TitleFilter {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  if (/^[\d\s-]+[\dXx]$/.test(trimmed)) {
    const isbn = parseIsbn(trimmed);
    if (isbn.ok) return { isbn: isbn.value };
  }
  const words = (trimmed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  return words.length > 0 ? { words } : null;
}
