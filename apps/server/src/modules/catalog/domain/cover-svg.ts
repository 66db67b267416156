import type { ProductForm } from './product.ts';

export type CoverInput = {
  title: string;
  contributor: string | null;
  form: ProductForm;
  isbn: string;
  seriesName: string | null;
  /** Words for the form ("lydbok", "luisterboek") next to its icon; the icon alone when absent. */
  formLabel?: string | null;
};

/**
 * A cover drawn for a product without the publisher's image: an SVG of 2:3 (200 × 300),
 * coloured from the ISBN (the same title always looks the same, neighbours differ), title
 * on up to five lines, the first contributor at the foot, an icon for the form. Text is
 * drawn with system fonts, so the width of a line is estimated, not measured.
 */
export function coverSvg(input: CoverInput): string {
  const hash = fnv1a(input.isbn);
  const hue = hash % 360;
  const saturation = 0.35 + ((hash >>> 9) % 25) / 100;
  let lightness = 0.22 + ((hash >>> 14) % 14) / 100;
  // Yellows and greens are bright even when dark: darken until white text reads well (WCAG AA).
  while (contrastWithWhite(hsl(hue, saturation, lightness)) < 4.6) lightness -= 0.02;
  const background = hsl(hue, saturation, lightness);
  const accent = hsl((hue + 30 + ((hash >>> 4) % 120)) % 360, 0.55, 0.6);
  const ink = '#ffffff';
  const motif = (hash >>> 20) % 4;

  const fontSize = input.title.length <= 14 ? 26 : input.title.length <= 42 ? 21 : 17;
  const lines = wrap(input.title, Math.floor(168 / (fontSize * 0.62)), 5);
  const lineHeight = Math.round(fontSize * 1.2);
  const top = 150 - Math.round(((lines.length - 1) * lineHeight) / 2);

  const name = [input.title, input.contributor, input.formLabel].filter(Boolean).join(', ');
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 300" width="200" height="300" role="img" aria-label="${escape(name)}">`
    + `<title>${escape(name)}</title>`
    + `<rect width="200" height="300" fill="${background}"/>`
    + motifSvg(motif, accent)
    + `<g fill="${ink}" font-family="Georgia, 'DejaVu Serif', serif" font-size="${fontSize}" text-anchor="middle">`;
  lines.forEach((line, i) => {
    svg += `<text x="100" y="${top + i * lineHeight}">${escape(line)}</text>`;
  });
  svg += '</g>';
  const sans = `fill="${ink}" font-family="'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif" text-anchor="middle"`;
  if (input.seriesName) {
    svg += `<text x="100" y="62" ${sans} font-size="10" letter-spacing="1">${escape(truncate(input.seriesName.toUpperCase(), 22))}</text>`;
  }
  if (input.contributor) {
    svg += `<text x="100" y="268" ${sans} font-size="13">${escape(truncate(input.contributor, 26))}</text>`;
  }
  return `${svg}${badge(input.form, input.formLabel ?? null, ink, background)}</svg>`;
}

/** Greedy word wrap to `width` characters, at most `maxLines`; a cut ends in an ellipsis. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.trim().split(/\s+/).flatMap((word) => splitLongWord(word, width));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= width || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = withEllipsis(lines[maxLines - 1] as string, width);
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function splitLongWord(word: string, width: number): string[] {
  if (word.length <= width) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += width - 1) {
    const rest = word.slice(i);
    parts.push(rest.length <= width ? rest : `${word.slice(i, i + width - 1)}-`);
    if (rest.length <= width) break;
  }
  return parts;
}

function withEllipsis(line: string, width: number): string {
  return `${line.length < width ? line : line.slice(0, width - 1).trimEnd()}\u2026`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}\u2026`;
}

function motifSvg(motif: number, colour: string): string {
  switch (motif) {
    case 0: return `<rect y="24" width="200" height="8" fill="${colour}"/><rect y="236" width="200" height="3" fill="${colour}"/>`;
    case 1: return `<g fill="none" stroke="${colour}" stroke-width="3" opacity="0.7"><circle r="30"/><circle r="45"/><circle r="60"/></g>`;
    case 2: return `<path d="M0 0 H200 V20 L0 50 Z" fill="${colour}" opacity="0.8"/>`;
    default: return `<rect x="10" y="10" width="180" height="280" fill="none" stroke="${colour}" stroke-width="2"/>`;
  }
}

/** Icons drawn in a 16 × 16 box. */
const icons: Record<ProductForm, string> = {
  book: '<path d="M1 3 Q4.5 1.5 8 3 Q11.5 1.5 15 3 V13 Q11.5 11.5 8 13 Q4.5 11.5 1 13 Z M8 3 V13" fill="none" stroke-width="1.4"/>',
  ebook: '<rect x="3" y="1" width="10" height="14" rx="1.5" fill="none" stroke-width="1.4"/><path d="M6 12.5 H10" stroke-width="1.4"/>',
  audiobook: '<path d="M2 11 V8 A6 6 0 0 1 14 8 V11" fill="none" stroke-width="1.4"/><rect x="1.5" y="9" width="3" height="5" rx="1"/><rect x="11.5" y="9" width="3" height="5" rx="1"/>',
  video: '<rect x="1" y="3" width="14" height="10" rx="1" fill="none" stroke-width="1.4"/><path d="M6.5 5.5 L11 8 L6.5 10.5 Z"/>',
  game: '<rect x="2" y="2" width="12" height="12" rx="2" fill="none" stroke-width="1.4"/><circle cx="5.5" cy="5.5" r="1.2"/><circle cx="8" cy="8" r="1.2"/><circle cx="10.5" cy="10.5" r="1.2"/>',
  other: '<path d="M8 1.5 L10 6 L15 6.5 L11.2 9.8 L12.3 14.5 L8 12 L3.7 14.5 L4.8 9.8 L1 6.5 L6 6 Z" fill="none" stroke-width="1.3"/>',
};

function badge(form: ProductForm, label: string | null, ink: string, background: string): string {
  const text = label ? truncate(label, 12) : '';
  const width = 26 + (text ? text.length * 6 + 4 : 0);
  const x = 200 - 10 - width;
  return `<g transform="translate(${x} 276)">`
    + `<rect width="${width}" height="18" rx="9" fill="${ink}"/>`
    + `<g transform="translate(5 1)" fill="${background}" stroke="${background}">${icons[form]}</g>`
    + (text ? `<text x="24" y="13" fill="${background}" font-family="'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif" font-size="10">${escape(text)}</text>` : '')
    + '</g>';
}

/** WCAG contrast ratio of white text on the colour. */
function contrastWithWhite(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => linear(parseInt(colour.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** FNV-1a over the characters: a stable, well-spread number from the ISBN. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Text for XML content or a double-quoted attribute; characters XML cannot hold are dropped. */
function escape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '');
}
