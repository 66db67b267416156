/**
 * Text for XML element content or a double-quoted attribute. Characters XML 1.0 does not
 * allow at all (control characters other than tab and line breaks, U+FFFE, U+FFFF) are
 * dropped rather than escaped: no escape makes them legal, and one would make the whole
 * file unreadable.
 */
// eslint-disable-next-line no-control-regex
const special = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const specialGlobal = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  // Most text has nothing to escape: test first, so the common case allocates nothing.
  if (!special.test(text)) return text;
  return text.replace(specialGlobal, (ch) => replacements[ch] ?? '');
}
