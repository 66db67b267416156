import { htmlEntities } from './html-entities.ts';

/**
 * ONIX texts as plain text. Whatever the declared textformat, publishers send XHTML as
 * elements, HTML escaped once (`&lt;p&gt;`), escaped HTML inside CDATA, or plain text, so
 * tags are removed and entities decoded until nothing changes (at most three rounds: enough
 * for text escaped twice, and no loop on pathological input).
 */
export function plainText(input: string, format: string | null): string {
  let text = input;
  let markup = format === '02' || format === '05';
  for (let round = 0; round < 3; round += 1) {
    const stripped = stripTags(text);
    if (stripped !== text) markup = true;
    text = decodeEntities(stripped);
    if (text === stripped) break;
  }
  return markup ? markupWhiteSpace(text) : plainWhiteSpace(text);
}

// Private-use characters stand for block boundaries while white space is collapsed.
const paragraph = '\uE000';
const lineBreak = '\uE001';

const blockTags = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const tagPattern = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^<>]*)?\/?>/g;

function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(tagPattern, (_tag: string, name: string | undefined) => {
    if (name === undefined) return '';
    const local = name.slice(name.indexOf(':') + 1).toLowerCase();
    if (local === 'br') return lineBreak;
    return blockTags.has(local) ? paragraph : '';
  });
}

const entityPattern = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entityPattern, (whole: string, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return htmlEntities.get(name) ?? whole;
  });
}

/** HTML rules: white space collapses; only block tags make breaks. */
function markupWhiteSpace(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?\uE001 ?/g, '\n')
    .replace(/ ?\uE000[ \uE000]*/g, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text keeps its line breaks; blank lines separate paragraphs. */
function plainWhiteSpace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
