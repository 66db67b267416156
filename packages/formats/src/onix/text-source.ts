import { TextDecoder } from 'node:util';

/**
 * Turns the file's bytes into text, chunk by chunk, in the encoding the file declares.
 * ONIX should be UTF-8, but older feeds declare ISO-8859-1 or windows-1252 (some UTF-16),
 * so the byte order mark or the XML declaration decides; a BOM never reaches the parser.
 * Bytes that are not valid in that encoding throw a TypeError: a Latin-1 file without a
 * declaration would otherwise import every æ, ø and å as garbage. String chunks are taken
 * as already decoded.
 */
export class TextSource {
  private decoder: TextDecoder | null = null;
  /** Bytes held back until the XML declaration can be read. */
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private started = false;

  decode(chunk: Uint8Array | string): string {
    if (typeof chunk === 'string') return this.first(chunk);
    if (this.decoder) return this.decoder.decode(chunk, { stream: true });
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    const head = concat(this.pending, this.pendingLength);
    // The declaration is in the first bytes: wait until it is complete, or clearly absent.
    if (this.pendingLength < sniffLength && !declarationComplete(head)) return '';
    return this.startDecoding(head);
  }

  end(): string {
    if (this.decoder === null && this.pendingLength > 0) {
      const text = this.startDecoding(concat(this.pending, this.pendingLength));
      return text + this.decoder!.decode();
    }
    return this.decoder ? this.decoder.decode() : '';
  }

  private startDecoding(head: Uint8Array): string {
    this.decoder = new TextDecoder(encodingOf(head), { fatal: true });
    this.pending = [];
    this.pendingLength = 0;
    return this.first(this.decoder.decode(head, { stream: true }));
  }

  private first(text: string): string {
    if (this.started || text === '') return text;
    this.started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

const sniffLength = 512;

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(latin1(head))?.[1];
  if (declared === undefined) return 'utf-8';
  try {
    // TextDecoder knows the WHATWG labels: latin1, iso-8859-1, windows-1252, utf-16 …
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

function declarationComplete(head: Uint8Array): boolean {
  const text = latin1(head).replace(/^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '');
  if (text.startsWith('<?xml')) return text.includes('?>');
  // No declaration (a bare fragment): as soon as there is something else, UTF-8 it is.
  return text.length >= 5 || !'<?xml'.startsWith(text);
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, sniffLength));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
