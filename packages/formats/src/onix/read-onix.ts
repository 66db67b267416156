import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { htmlEntities } from './html-entities.ts';
import { clean, ProductAssembler, readElements, type OnixDefaults } from './product-assembler.ts';
import type { OnixProduct } from './onix-product.ts';
import { shortTagToReference } from './short-tags.ts';
import { TextSource } from './text-source.ts';

export type OnixItem =
  | { kind: 'product'; product: OnixProduct; line: number; reference: string | null }
  | { kind: 'rejected'; line: number; reference: string | null; reason: string };

/** The file is not well-formed XML. Everything before the fault has been yielded. */
export class OnixSyntaxError extends Error {
  override name = 'OnixSyntaxError';
  readonly line: number;
  readonly column: number;

  constructor(line: number, column: number, problem: string) {
    super(`The XML is broken at line ${line}, column ${column}: ${problem}`);
    this.line = line;
    this.column = column;
  }
}

/** The file is XML but not something to import: not ONIX 3.0, or no products at all. */
export class OnixFileError extends Error {
  override name = 'OnixFileError';
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * Reads an ONIX for Books 3.0 message, one `<Product>` at a time, in constant memory.
 *
 * Reference and short tags, with or without a namespace or prefix; a UTF-8 BOM; an XML
 * declaration naming another encoding; a bare `<Product>` as the root. Yields each product
 * (or a rejection, e.g. an ONIX 2.1 product) with the line it starts on and its
 * RecordReference. Ends by throwing:
 * - `OnixSyntaxError` when the XML is broken, after yielding every product before the fault;
 * - `OnixFileError` when the root is not `<ONIXMessage>`/`<Product>`, the release is not 3.x,
 *   or the file holds no product at all (an import of nothing is a mistake, not a success).
 */
export async function* readOnix(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<OnixItem> {
  const reader = new OnixReader();
  const text = new TextSource();
  for await (const chunk of source) {
    reader.write(() => text.decode(chunk));
    yield* reader.take();
    reader.throwIfFailed();
  }
  reader.write(() => text.end());
  reader.close();
  yield* reader.take();
  reader.throwIfFailed();
}

class OnixReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly ready: OnixItem[] = [];
  private failure: Error | null = null;
  /** Reference names of the open elements, root first. */
  private readonly names: string[] = [];
  private readonly defaults: OnixDefaults = { priceType: null, currencyCode: null };
  private product: ProductAssembler | null = null;
  private productDepth = 0;
  private productLine = 0;
  private productCount = 0;
  private text = '';
  /** Inside an XHTML `<Text>`: how many elements deep, so its markup is kept as text. */
  private markupDepth = 0;
  private started = false;
  /** saxes closes the open element before it reports a closing tag that does not match it. */
  private lastClosed = '';
  /** Inside a product element the catalogue does not use (RelatedMaterial, Supplier …): how deep. */
  private skipDepth = 0;

  constructor() {
    // Files from ONIX 2.1 habits use HTML entities (&nbsp;) that only its DTD defined.
    for (const [name, character] of htmlEntities) this.parser.ENTITIES[name] ??= character;
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', (tag) => this.onClose(tag));
    this.parser.on('text', (text) => {
      if (this.skipDepth === 0) this.text += text;
    });
    this.parser.on('cdata', (text) => {
      if (this.skipDepth === 0) this.text += text;
    });
    this.parser.on('doctype', (doctype) => {
      if (/onix[^"']*2\.1/i.test(doctype)) throw this.fileError('This is ONIX 2.1; only ONIX 3.0 can be read');
    });
  }

  /** Parses the next piece of text; `next` decodes it, so an encoding fault is placed like a syntax fault. */
  write(next: () => string): void {
    this.guard(() => {
      const text = next();
      if (text === '') return;
      if (!this.started) this.checkStart(text);
      this.parser.write(text);
    });
  }

  close(): void {
    // saxes forgets the position once closed; the last line is where "nothing found" is.
    const lastLine = this.parser.line;
    this.guard(() => this.parser.close());
    if (this.failure === null && this.productCount === 0) {
      this.failure = new OnixFileError(lastLine, 'The file holds no <Product> records: there is nothing to import');
    }
  }

  take(): OnixItem[] {
    return this.ready.splice(0, this.ready.length);
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private guard(step: () => void): void {
    if (this.failure) return;
    try {
      step();
    } catch (error) {
      if (error instanceof OnixFileError) this.failure = error;
      else if (isEncodingFault(error)) {
        this.failure = this.fileError(`The file is not valid UTF-8 (or the encoding it declares) after line ${this.parser.line}: save it as UTF-8, or declare its encoding in the XML declaration`);
      } else this.failure = this.syntaxError(error);
    }
  }

  private onOpen(tag: SaxesTagPlain): void {
    // A whole subtree the catalogue does not use is skipped without looking at its names:
    // much of a real product (related products, suppliers, measures, sales rights) is such.
    if (this.skipDepth > 0) {
      this.skipDepth += 1;
      return;
    }
    const name = referenceName(tag.name);
    if (this.product && this.markupDepth === 0 && !readElements.has(name)) {
      this.skipDepth = 1;
      return;
    }
    const parent = this.names[this.names.length - 1] ?? '';
    this.names.push(name);
    if (this.markupDepth > 0) {
      this.markupDepth += 1;
      this.text += `<${name}>`;
      return;
    }
    this.text = '';
    if (this.product) {
      if (this.product.open(name, parent, tag.attributes)) this.markupDepth = 1;
      return;
    }
    if (this.names.length === 1) this.checkRoot(tag, name);
    if (name === 'Product' && (this.names.length === 1 || parent === 'ONIXMessage')) {
      this.product = new ProductAssembler();
      this.productDepth = this.names.length;
      this.productLine = this.parser.line;
    }
  }

  private onClose(tag: SaxesTagPlain): void {
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      this.lastClosed = tag.name;
      return;
    }
    const name = this.names.pop() ?? referenceName(tag.name);
    this.lastClosed = name;
    const parent = this.names[this.names.length - 1] ?? '';
    if (this.markupDepth > 1) {
      this.markupDepth -= 1;
      this.text += `</${name}>`;
      return;
    }
    this.markupDepth = 0;
    if (this.product && this.names.length === this.productDepth - 1) {
      this.finishProduct(this.product);
    } else if (this.product) {
      this.product.close(name, parent, this.text);
    } else if (parent === 'Header') {
      if (name === 'DefaultPriceType') this.defaults.priceType = clean(this.text) || null;
      if (name === 'DefaultCurrencyCode') this.defaults.currencyCode = clean(this.text).toUpperCase() || null;
    }
    this.text = '';
  }

  private finishProduct(assembler: ProductAssembler): void {
    const product = assembler.finish(this.defaults);
    const line = this.productLine;
    const reference = product.recordReference;
    this.product = null;
    this.productCount += 1;
    if (assembler.looksLikeOnix21) {
      this.ready.push({ kind: 'rejected', line, reference, reason: 'This is an ONIX 2.1 product (ProductForm directly in Product); only ONIX 3.0 can be read' });
    } else {
      this.ready.push({ kind: 'product', product, line, reference });
    }
  }

  /** A CSV or PDF sent as ONIX would otherwise be "broken XML" at its last line. */
  private checkStart(text: string): void {
    const begin = text.trimStart();
    if (begin === '') return;
    this.started = true;
    if (!begin.startsWith('<')) {
      throw this.fileError(`This is not an XML file: it begins "${begin.slice(0, 20).split(/[\r\n]/, 1)[0]}"`);
    }
  }

  private checkRoot(tag: SaxesTagPlain, name: string): void {
    if (name !== 'ONIXMessage' && name !== 'Product') {
      throw this.fileError(`This is not an ONIX for Books file: it starts with <${tag.name}> where <ONIXMessage> was expected`);
    }
    const release = tag.attributes['release'];
    if (release !== undefined && !release.trim().startsWith('3')) {
      throw this.fileError(`This is ONIX ${release}; only ONIX 3.0 can be read`);
    }
  }

  private fileError(message: string): OnixFileError {
    return new OnixFileError(this.parser.line, message);
  }

  private syntaxError(error: unknown): OnixSyntaxError {
    const message = error instanceof Error ? error.message : String(error);
    // saxes prefixes "line:column: "; the position is taken from the parser instead.
    const problem = message.replace(/^\d+:\d+: /, '');
    return new OnixSyntaxError(this.parser.line, this.parser.column, humanProblem(problem, this.lastClosed));
  }
}

// Tag names repeat endlessly; translating each once is much of the reader's speed. Bounded,
// so a file of ever-new names cannot grow memory.
const referenceNames = new Map<string, string>();
const maxRememberedNames = 5000;

// Every name the reader knows, short or reference, to the reference name as written in the
// table: those strings are the very ones the assembler's switch compares with, which keeps
// the comparisons cheap.
const knownNames = new Map<string, string>(
  Object.entries(shortTagToReference).flatMap(([short, reference]) => [[short, reference], [reference, reference]]),
);

/** The reference name of a tag: any prefix dropped, short tags translated. */
function referenceName(tagName: string): string {
  let name = referenceNames.get(tagName);
  if (name === undefined) {
    const local = tagName.slice(tagName.indexOf(':') + 1);
    name = knownNames.get(local) ?? local;
    if (referenceNames.size < maxRememberedNames) referenceNames.set(tagName, name);
  }
  return name;
}

function isEncodingFault(error: unknown): boolean {
  return error instanceof TypeError && (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

/** saxes' terse messages in words a publisher's data person understands. */
function humanProblem(problem: string, openElement: string): string {
  const unclosed = /^unclosed tag: (.+)$/.exec(problem);
  if (unclosed) return `unclosed tag <${unclosed[1]}> (is the file cut short?)`;
  const unmatched = /^unmatched closing tag: (.+)\.$/.exec(problem);
  if (unmatched) return `closing tag </${unmatched[1]}> matches no open element`;
  if (problem === 'unexpected close tag.' && openElement) return `a closing tag that does not match the open <${openElement}>`;
  if (problem === 'text data outside of root node.') return 'text outside the root element (is this an XML file?)';
  if (problem === 'undefined entity.') return 'an undefined entity (write & as &amp;)';
  if (problem === 'unexpected end.') return 'the file ends in the middle of a tag (is it cut short?)';
  if (problem === 'document must contain a root element.') return 'there is no XML element at all';
  return problem.replace(/\.$/, '');
}
