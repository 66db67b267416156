import type { Contributor, ProductForm, ProductRecord } from '../../modules/catalog/domain/product.ts';
import { escapeXml } from './escape-xml.ts';
import { onixReferenceTags, onixShortTags, type OnixTagName, type OnixTags } from './onix-tag-names.ts';

export type OnixWriteOptions = {
  tags: 'reference' | 'short';
  /** Declare the ONIX 3.0 namespace (validation with EDItEUR's XSD needs it; many real files have none). */
  namespace: boolean;
  sender: string;
  sentAt: Date;
};

/**
 * An ONIX for Books 3.0 message as string chunks: the header, one chunk per product, the
 * footer. Nothing is held back, so a file of a million products is written with the
 * memory of one. Reference tags validate against EDItEUR's XSD; short tags are the same
 * document with the short names.
 */
export function* onixMessageChunks(records: Iterable<ProductRecord>, options: OnixWriteOptions): Generator<string, void, undefined> {
  const t = options.tags === 'short' ? onixShortTags : onixReferenceTags;
  const m = options.tags === 'short' ? shortMarkup : referenceMarkup;
  const namespace = options.tags === 'short' ? 'http://ns.editeur.org/onix/3.0/short' : 'http://ns.editeur.org/onix/3.0/reference';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<${t.ONIXMessage} release="3.0"${options.namespace ? ` xmlns="${namespace}"` : ''}>\n`
    + m.open(1, 'Header')
    + m.open(2, 'Sender')
    + m.leaf(3, 'SenderName', escapeXml(options.sender))
    + m.close(2, 'Sender')
    + m.leaf(2, 'SentDateTime', onixDateTime(options.sentAt))
    + m.close(1, 'Header');
  const sender = escapeXml(options.sender);
  for (const record of records) yield onixProduct(record, m, sender);
  yield `</${t.ONIXMessage}>\n`;
}

/**
 * Start and end tags with their indentation, built once per tag style: a product has about
 * a hundred elements, and building each tag anew was most of the writer's time.
 */
type Markup = {
  leaf(depth: number, name: OnixTagName, text: string): string;
  open(depth: number, name: OnixTagName): string;
  close(depth: number, name: OnixTagName): string;
  /** An empty element, used as a flag (`<MainSubject/>`). */
  empty(depth: number, name: OnixTagName): string;
};

function markupFor(t: OnixTags): Markup {
  const names = Object.keys(t) as OnixTagName[];
  const table = (make: (tag: string) => string) => Object.fromEntries(names.map((name) => [name, make(t[name])])) as Record<OnixTagName, string>;
  const byDepth = (make: (indent: string, tag: string) => string) =>
    Array.from({ length: 8 }, (_, depth) => table((tag) => make('  '.repeat(depth), tag)));
  const start = byDepth((indent, tag) => `${indent}<${tag}>`);
  const end = table((tag) => `</${tag}>\n`);
  const open = byDepth((indent, tag) => `${indent}<${tag}>\n`);
  const close = byDepth((indent, tag) => `${indent}</${tag}>\n`);
  const empty = byDepth((indent, tag) => `${indent}<${tag}/>\n`);
  return {
    leaf: (depth, name, text) => start[depth]![name] + text + end[name],
    open: (depth, name) => open[depth]![name],
    close: (depth, name) => close[depth]![name],
    empty: (depth, name) => empty[depth]![name],
  };
}
const referenceMarkup = markupFor(onixReferenceTags);
const shortMarkup = markupFor(onixShortTags);

/** ONIX code list 150 when the publisher's own code is not known. */
const formCodes: Record<ProductForm, string> = { book: 'BA', ebook: 'EA', audiobook: 'AA', video: 'VA', game: 'ZE', other: 'ZZ' };
/** Code list 17. A film's director or a game's designer is "other" in the record. */
const roleCodes: Record<Contributor['role'], string> = {
  author: 'A01', editor: 'B01', illustrator: 'A12', translator: 'B06', narrator: 'E07', other: 'Z99',
};
/** Code list 65. */
const availabilityCodes = { in_stock: '21', orderable: '22', forthcoming: '10', out_of_print: '51' } as const;
/** Code list 64. */
const publishingStatusCodes = { in_stock: '04', orderable: '04', forthcoming: '02', out_of_print: '07' } as const;
/**
 * The record keeps the publisher's tax rate code, not a rate, but ONIX wants a percentage
 * with it: the rate the code stands for in the currency's country (DESIGN §6).
 */
const taxPercent = {
  NOK: { Z: '0', R: '15', S: '25' },
  EUR: { Z: '0', R: '6', S: '21' },
} as const;
const countries = { NOK: 'NO', EUR: 'BE' } as const;

/** One Product composite; `sender` (escaped) supplies the product when no publisher is known. */
function onixProduct(p: ProductRecord, m: Markup, sender: string): string {
  const { leaf, open, close, empty } = m;
  let s = open(1, 'Product')
    + leaf(2, 'RecordReference', p.isbn)
    // 02 "advance notification" until it is out, then 03 "confirmed on publication".
    + leaf(2, 'NotificationType', p.availability.status === 'forthcoming' ? '02' : '03')
    + open(2, 'ProductIdentifier')
    + leaf(3, 'ProductIDType', '15')
    + leaf(3, 'IDValue', p.isbn)
    + close(2, 'ProductIdentifier')
    + open(2, 'DescriptiveDetail')
    + leaf(3, 'ProductComposition', '00')
    + leaf(3, 'ProductForm', escapeXml(p.formCode ?? formCodes[p.form]));

  if (p.series) {
    s += open(3, 'Collection')
      + leaf(4, 'CollectionType', '10')
      + open(4, 'TitleDetail')
      + leaf(5, 'TitleType', '01')
      + open(5, 'TitleElement')
      + leaf(6, 'TitleElementLevel', '02')
      + (p.series.number ? leaf(6, 'PartNumber', escapeXml(p.series.number)) : '')
      + leaf(6, 'TitleText', escapeXml(p.series.name))
      + close(5, 'TitleElement')
      + close(4, 'TitleDetail')
      + close(3, 'Collection');
  }

  s += open(3, 'TitleDetail')
    + leaf(4, 'TitleType', '01')
    + open(4, 'TitleElement')
    + leaf(5, 'TitleElementLevel', '01')
    + leaf(5, 'TitleText', escapeXml(p.title))
    + (p.subtitle ? leaf(5, 'Subtitle', escapeXml(p.subtitle)) : '')
    + close(4, 'TitleElement')
    + close(3, 'TitleDetail');

  if (p.contributors.length === 0) s += empty(3, 'NoContributor');
  for (let i = 0; i < p.contributors.length; i++) {
    const c = p.contributors[i] as Contributor;
    s += open(3, 'Contributor')
      + leaf(4, 'SequenceNumber', String(i + 1))
      + leaf(4, 'ContributorRole', roleCodes[c.role])
      + (c.sortName === c.name
        // The record's convention for an organisation: the sort name is the name.
        ? leaf(4, 'CorporateName', escapeXml(c.name))
        : leaf(4, 'PersonName', escapeXml(c.name)) + leaf(4, 'PersonNameInverted', escapeXml(c.sortName)))
      + close(3, 'Contributor');
  }

  if (p.language) {
    s += open(3, 'Language') + leaf(4, 'LanguageRole', '01') + leaf(4, 'LanguageCode', escapeXml(p.language)) + close(3, 'Language');
  }

  let main = true;
  for (const code of p.themaCodes) {
    const scheme = themaScheme(code);
    s += open(3, 'Subject')
      + (main && scheme === '93' ? empty(4, 'MainSubject') : '')
      + leaf(4, 'SubjectSchemeIdentifier', scheme)
      + leaf(4, 'SubjectCode', escapeXml(code))
      + close(3, 'Subject');
    if (scheme === '93') main = false;
  }
  if (p.keywords.length > 0) {
    // ONIX separates keywords with semicolons, so one inside a keyword would split it.
    const keywords = p.keywords.map((k) => k.replaceAll(';', ',')).join('; ');
    s += open(3, 'Subject') + leaf(4, 'SubjectSchemeIdentifier', '20') + leaf(4, 'SubjectHeadingText', escapeXml(keywords)) + close(3, 'Subject');
  }
  // Code list 28: 01 general/trade, 02 children/juvenile.
  s += leaf(3, 'AudienceCode', p.audience === 'youth' ? '02' : '01') + close(2, 'DescriptiveDetail');

  if (p.description) {
    s += open(2, 'CollateralDetail')
      + open(3, 'TextContent')
      + leaf(4, 'TextType', '03')
      + leaf(4, 'ContentAudience', '00')
      + leaf(4, 'Text', escapeXml(p.description))
      + close(3, 'TextContent')
      + close(2, 'CollateralDetail');
  }

  // ONIX has no publishing detail without a publisher (or imprint): with none, the block
  // and the status and date in it are left out.
  if (p.publisher) {
    s += open(2, 'PublishingDetail')
      + open(3, 'Publisher') + leaf(4, 'PublishingRole', '01') + leaf(4, 'PublisherName', escapeXml(p.publisher)) + close(3, 'Publisher')
      + leaf(3, 'PublishingStatus', publishingStatusCodes[p.availability.status]);
    if (p.releaseDate) {
      s += open(3, 'PublishingDate') + leaf(4, 'PublishingDateRole', '01') + leaf(4, 'Date', compactDate(p.releaseDate)) + close(3, 'PublishingDate');
    }
    s += close(2, 'PublishingDetail');
  }

  s += open(2, 'ProductSupply');
  if (p.price) {
    s += open(3, 'Market') + open(4, 'Territory') + leaf(5, 'CountriesIncluded', countries[p.price.currency]) + close(4, 'Territory') + close(3, 'Market');
  }
  s += open(3, 'SupplyDetail')
    + open(4, 'Supplier')
    + leaf(5, 'SupplierRole', '01')
    + leaf(5, 'SupplierName', p.publisher ? escapeXml(p.publisher) : sender)
    + close(4, 'Supplier')
    + leaf(4, 'ProductAvailability', availabilityCodes[p.availability.status]);
  if (p.availability.availableFrom) {
    s += open(4, 'SupplyDate') + leaf(5, 'SupplyDateRole', '08') + leaf(5, 'Date', compactDate(p.availability.availableFrom)) + close(4, 'SupplyDate');
  }
  if (p.availability.stockQuantity !== null) {
    s += open(4, 'Stock') + leaf(5, 'OnHand', String(p.availability.stockQuantity)) + close(4, 'Stock');
  }
  const price = p.price;
  if (!price) {
    // Code list 57: 02 price to be announced.
    s += leaf(4, 'UnpricedItemType', '02');
  } else {
    // Code list 58: 01/02 recommended excluding/including tax, 03/04 fixed excluding/including tax.
    const priceType = price.fixed ? (price.includesVat ? '04' : '03') : price.includesVat ? '02' : '01';
    s += open(4, 'Price')
      + leaf(5, 'PriceType', priceType)
      + leaf(5, 'PriceAmount', decimalAmount(price.amountMinor));
    if (price.taxRateCode) {
      s += open(5, 'Tax')
        + leaf(6, 'TaxType', '01')
        + leaf(6, 'TaxRateCode', price.taxRateCode)
        + leaf(6, 'TaxRatePercent', taxPercent[price.currency][price.taxRateCode])
        + close(5, 'Tax');
    }
    s += leaf(5, 'CurrencyCode', price.currency);
    if (price.fixedPriceUntil) {
      // Price date role 15: until date, the last day the fixed price applies.
      s += open(5, 'PriceDate') + leaf(6, 'PriceDateRole', '15') + leaf(6, 'Date', compactDate(price.fixedPriceUntil)) + close(5, 'PriceDate');
    }
    s += close(4, 'Price');
  }
  return s + close(3, 'SupplyDetail') + close(2, 'ProductSupply') + close(1, 'Product');
}

/** Thema subject categories are scheme 93; qualifiers (1… place, 2… language …) have schemes 94–99. */
function themaScheme(code: string): string {
  const first = code.charCodeAt(0) - 48;
  return first >= 1 && first <= 6 ? String(93 + first) : '93';
}

function compactDate(isoDate: string): string {
  return isoDate.slice(0, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

function decimalAmount(minor: number): string {
  const cents = minor % 100;
  return `${Math.trunc(minor / 100)}.${cents < 10 ? '0' : ''}${cents}`;
}

/** YYYYMMDDThhmmssZ, the ONIX 3.0 form of a UTC time. */
function onixDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
