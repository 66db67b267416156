import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OnixProduct } from './onix-product.ts';
import { OnixFileError, OnixSyntaxError, readOnix, type OnixItem } from './read-onix.ts';
import { shortTagToReference } from './short-tags.ts';

// The shared corpus sits beside the repository (as in CI): /work/shared next to /work/main.
const shared = resolve(import.meta.dirname, '../../../../../shared');
const corpus = resolve(shared, 'corpus/onix30');
const corpusFile = (name: string) => readFileSync(resolve(corpus, name));

/** The bytes in chunks of `size`, so element, entity and UTF-8 boundaries fall mid-chunk. */
async function* chunked(bytes: Uint8Array | string, size = 4096): AsyncGenerator<Uint8Array | string> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function readAll(bytes: Uint8Array | string, size?: number): Promise<OnixItem[]> {
  const items: OnixItem[] = [];
  for await (const item of readOnix(chunked(bytes, size))) items.push(item);
  return items;
}

async function productsOf(bytes: Uint8Array | string, size?: number): Promise<OnixProduct[]> {
  return (await readAll(bytes, size)).map((item) => {
    if (item.kind !== 'product') throw new Error(`rejected: ${item.reason}`);
    return item.product;
  });
}

/** Reads until the reader throws; returns what came before and the error. */
async function readUntilError(bytes: Uint8Array | string, size?: number): Promise<{ items: OnixItem[]; error: unknown }> {
  const items: OnixItem[] = [];
  try {
    for await (const item of readOnix(chunked(bytes, size))) items.push(item);
  } catch (error) {
    return { items, error };
  }
  throw new Error('the reader did not throw');
}

const onixMessage = (products: string, attributes = 'release="3.0"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ONIXMessage ${attributes}>\n<Header><Sender><SenderName>Test</SenderName></Sender></Header>\n${products}</ONIXMessage>\n`;

const minimalProduct = (reference: string, body = '') =>
  `<Product><RecordReference>${reference}</RecordReference><NotificationType>03</NotificationType>` +
  `<ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>9788205412345</IDValue></ProductIdentifier>${body}</Product>\n`;

describe('the corpus', () => {
  // Files that must be refused as a whole; every other file must load without an error.
  const refused: Record<string, string> = {
    'invalid_onix_root.xml': 'This is not an ONIX for Books file: it starts with <ONIXMESAGE> where <ONIXMessage> was expected',
    'test_collection.xml': 'This is not an ONIX for Books file: it starts with <Collection> where <ONIXMessage> was expected',
  };

  it.each(readdirSync(corpus).filter((name) => name.endsWith('.xml')))('%s loads or is refused cleanly', async (name) => {
    if (refused[name]) {
      const { items, error } = await readUntilError(corpusFile(name));
      expect(items).toEqual([]);
      expect(error).toBeInstanceOf(OnixFileError);
      expect((error as OnixFileError).message).toBe(refused[name]);
      expect((error as OnixFileError).line).toBe(name === 'test_collection.xml' ? 1 : 2);
    } else {
      const items = await readAll(corpusFile(name), 1000);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item.kind === 'product')).toBe(true);
    }
  });

  it('reads the same sample alike in reference tags with a namespace and in short tags without', async () => {
    const [full] = await productsOf(corpusFile('full_sample.xml'));
    const [short] = await productsOf(corpusFile('short.xml'));
    // The two files are not quite the same sample: short.xml uses BIC (12–15) where the other
    // has Thema (93–96), fewer keywords, one audience, a spelling ("recognized"), one text
    // less and TaxRatePercent "0". Everything else must come out identical.
    const alike = (p: OnixProduct) => ({
      ...p,
      subjects: p.subjects.filter((s) => s.scheme === '10'),
      audiences: p.audiences.filter((a) => a.type === '01'),
      texts: p.texts.filter((t) => t.type === '02' || t.type === '06'),
      supplies: p.supplies.map((s) => ({ ...s, prices: s.prices.map((price) => ({ ...price, taxes: price.taxes.map((t) => t.rateCode) })) })),
    });
    expect(alike(short!)).toEqual(alike(full!));
    expect(short!.subjects.map((s) => s.code)).toEqual(['FF', 'FYT', '1DNS', '3JJPK', 'FIC022000', null]);
    expect(full!.subjects.map((s) => `${s.scheme}:${s.code}`).slice(0, 4)).toEqual(['93:FFP', '93:FYT', '94:1DNS', '96:3MPQS']);
  });

  it('reads the full sample completely', async () => {
    const [p] = await productsOf(corpusFile('full_sample.xml'));
    expect(p).toMatchObject({
      recordReference: 'com.globalbookinfo.onix.01734529',
      notificationType: '03',
      identifiers: [{ type: '03', value: '9780007232833' }, { type: '15', value: '9780007232833' }],
      productForm: 'BC',
      productFormDetails: ['B105'],
      imprintName: 'HarperPerennial',
      publishers: [{ role: '01', name: 'HarperCollins Publishers' }],
      publishingStatus: '04',
      languages: [{ role: '01', code: 'eng' }, { role: '02', code: 'swe' }],
      notes: [],
    });
    expect(p!.titles[0]).toEqual({
      type: '01',
      elements: [{ level: '01', partNumber: null, titleText: null, titlePrefix: null, titleWithoutPrefix: 'Roseanna', subtitle: null }],
    });
    expect(p!.collections[0]!.titles[0]!.elements.map((e) => [e.level, e.titlePrefix, e.titleWithoutPrefix, e.partNumber])).toEqual([
      ['02', 'The', 'Martin Beck series', null],
      ['01', null, null, '1'],
    ]);
    expect(p!.contributors.map((c) => [c.sequenceNumber, c.roles[0], c.namesBeforeKey, c.keyNames])).toEqual([
      [1, 'A01', 'Maj', 'Sjöwall'],
      [2, 'A01', 'Per', 'Wahlöö'],
      [3, 'B06', 'Lois', 'Roth'],
      [4, 'A24', 'Henning', 'Mankell'],
    ]);
    expect(p!.subjects[0]).toEqual({ scheme: '93', code: 'FFP', headingText: null, main: true });
    expect(p!.texts.find((t) => t.type === '03')!.text).toMatch(/^Widely recognised .* Franzen\.\n\nWritten in 1965, Roseanna is/);
    expect(p!.resources[0]).toEqual({ contentType: '01', mode: '03', links: ['http://www.harpercollins.co.uk/covers/9780007232833.jpg'] });
    expect(p!.publishingDates).toEqual([
      { role: '01', date: '2006-08-07', raw: '20060807' },
      { role: '11', date: '1968', raw: '1968' },
      { role: '20', date: '1965', raw: '1965' },
    ]);
    const [supply] = p!.supplies;
    expect(supply!.market).toEqual({
      countriesIncluded: [],
      regionsIncluded: ['WORLD'],
      countriesExcluded: ['AS', 'AU', 'CA', 'GU', 'MP', 'NZ', 'PH', 'PR', 'US', 'VI', 'ZA'],
      regionsExcluded: [],
    });
    expect(supply!.productAvailability).toBe('21');
    expect(supply!.prices.map((price) => [price.type, price.amount, price.currency])).toEqual([
      ['02', '7.99', 'GBP'],
      ['01', '8.99', 'EUR'],
      ['01', '7.99', 'GBP'],
    ]);
    expect(supply!.prices[0]!.taxes).toEqual([{ rateCode: 'Z', ratePercent: '0.0' }]);
    expect(supply!.prices[1]!.territory!.countriesIncluded).toContain('BE');
  });

  it('reads four products and their Norwegian prices from 9782752906700.xml', async () => {
    const items = await readAll(corpusFile('9782752906700.xml'), 777);
    expect(items.map((i) => [i.kind, i.line, i.reference])).toEqual([
      ['product', 11, 'immateriel.fr-RP64120'],
      ['product', 87, 'immateriel.fr-RP64127'],
      ['product', 167, 'immateriel.fr-RP64128'],
      ['product', 247, 'immateriel.fr-O192530'],
    ]);
    const products = items.map((i) => (i.kind === 'product' ? i.product : null));
    expect(products.map((p) => p!.productForm)).toEqual(['EC', 'ED', 'ED', 'EA']);
    expect(products[0]!.supplies[0]).toMatchObject({ productAvailability: '45', unpricedItemType: '03', prices: [] });
    // ProductPart and RelatedProduct hold identifiers and forms of other products: not this one's.
    expect(products[3]!.identifiers).toEqual([
      { type: '01', value: 'O192530' },
      { type: '03', value: '9782752908643' },
      { type: '15', value: '9782752908643' },
    ]);
    const nok = products[3]!.supplies.flatMap((s) => s.prices).filter((price) => price.currency === 'NOK');
    expect(nok).toHaveLength(6);
    expect(nok[0]).toEqual({
      type: '04',
      qualifier: '05',
      amount: '85.0',
      currency: 'NOK',
      territory: { countriesIncluded: ['NO'], regionsIncluded: [], countriesExcluded: [], regionsExcluded: [] },
      taxes: [],
      dates: [],
    });
    expect(products[3]!.supplies.every((s) => s.market !== null)).toBe(true);
    expect(products[3]!.supplies.flatMap((s) => s.prices)).toHaveLength(96);
  });

  it('keeps each ProductSupply market with its supply details (9782707154298.xml)', async () => {
    const [p] = await productsOf(corpusFile('9782707154298.xml'));
    expect(p!.supplies).toHaveLength(18);
    expect(p!.supplies[0]!.market!.countriesIncluded).toEqual(['FR']);
    expect(p!.supplies[0]!.prices.map((price) => [price.type, price.amount, price.territory])).toEqual([
      ['03', '6.63', null],
      ['04', '6.99', null],
    ]);
    expect(p!.supplies.at(-1)!.market!.countriesIncluded).toEqual(['LU', 'BE']);
    expect(p!.subjects.find((s) => s.scheme === '20')!.headingText).toBe('Société');
    // The second Publisher has role 02; the texts and sequence come out as written.
    expect(p!.publishers).toEqual([{ role: '01', name: 'LA BALLE' }, { role: '02', name: 'Le ballon' }]);
  });

  it('reads dates in every written form: format 14, hyphens, the DateFormat element, YYYY', async () => {
    const [audio] = await productsOf(corpusFile('audio1.xml'));
    expect(audio!.publishingDates.map((d) => [d.role, d.date])).toEqual([['01', '2014-07-10'], ['19', '2013-01-31']]);
    expect(audio!.supplies[0]!.supplyDates).toEqual([{ role: '08', date: '2014-10-22', raw: '20141022T170755+0200' }]);
    expect(audio!.supplies[0]!.prices[0]!.dates).toEqual([{ role: '14', date: '2015-01-26', raw: '20150126T000000+0100' }]);
    const [hyphenated] = await productsOf(corpusFile('other-publication-date-format.xml'));
    expect(hyphenated!.publishingDates[0]!.date).toBe('2011-08-31');
    const [year] = await productsOf(corpusFile('test_YYYY_date_format.xml'));
    expect(year!.publishingDates).toEqual([{ role: '01', date: '1989', raw: '1989' }]);
    const [embargo] = await productsOf(corpusFile('preorder-embargo-date.xml'));
    expect(embargo!.supplies[0]!.supplyDates[0]).toMatchObject({ role: '08', date: '2011-08-31' });
  });

  it('reads price qualifiers and periods', async () => {
    const [unqualified] = await productsOf(corpusFile('unqualified-prices.xml'));
    expect(unqualified!.supplies[0]!.prices.map((p) => [p.type, p.qualifier, p.amount, p.dates.map((d) => `${d.role}:${d.date}`)])).toEqual([
      ['42', '00', '8.99', []],
      ['42', '08', '4.99', ['14:2016-07-08', '15:2016-07-08']],
    ]);
    const [periods] = await productsOf(corpusFile('test_prices_with_multiple_periods.xml'));
    expect(periods!.supplies[0]!.prices.map((p) => p.amount)).toEqual(['8.99', '4.99', '3.99']);
    const [many] = await productsOf(corpusFile('test_prices1.xml'));
    expect(many!.supplies.flatMap((s) => s.prices)).toHaveLength(49);
    const [promotional] = await productsOf(corpusFile('shared_promotional.xml'));
    expect(promotional!.supplies[0]!.prices.filter((p) => p.currency === 'NOK').map((p) => [p.qualifier, p.amount])).toEqual([
      ['05', '85.00'],
      ['08', '39.00'],
    ]);
    const [announced] = await productsOf(corpusFile('price_to_be_announced.xml'));
    expect(announced!.supplies[0]).toMatchObject({ productAvailability: '40', unpricedItemType: '02', prices: [] });
  });

  it('turns every style of description into the same plain text', async () => {
    const expected = /^Japon, 1919\. .* Et l'oubli\.\n\nPrix Femina étranger 2012$/s;
    for (const name of ['invalid_textformat.xml', 'invalid_textformat_cdata_xhtml.xml']) {
      const [p] = await productsOf(corpusFile(name));
      expect(p!.texts.find((t) => t.type === '03')!.text, name).toMatch(expected);
    }
    for (const name of ['invalid_textformat_cdata.xml', 'invalid_textformat_text.xml']) {
      const [p] = await productsOf(corpusFile(name));
      expect(p!.texts.find((t) => t.type === '03')!.text, name).toMatch(/^Japon, 1919\. .* Et l'oubli\.$/s);
    }
  });

  it('reads minimal messages with a BOM, short tags, namespaces, zero-width spaces', async () => {
    for (const name of ['valid_onix3_short.xml', 'valid_onix3_ref.xml', 'valid_onix3_ref_ns.xml', 'invalid_onix3_ref.xml']) {
      const items = await readAll(corpusFile(name), 7);
      expect(items, name).toEqual([
        { kind: 'product', line: name === 'valid_onix3_short.xml' ? 9 : 7 + (name.startsWith('valid') ? 2 : 0), reference: 'org.john-doe.some-id', product: expect.objectContaining({ identifiers: [{ type: '15', value: '9788871184371' }] }) },
      ]);
    }
    const [texas] = await productsOf(corpusFile('win_console_issue.xml'));
    expect(texas!.titles[0]!.elements[0]).toMatchObject({ titlePrefix: 'The', titleWithoutPrefix: 'Book of Texas' });
    const [google] = await productsOf(corpusFile('invalid_google_onix_3.xml'));
    expect(google).toMatchObject({ notificationType: '04', productForm: 'EA' });
    expect(google!.supplies[0]!.prices[0]).toMatchObject({ currency: 'USDD', amount: '9.99' });
  });
});

describe('tag styles', () => {
  it('strips any namespace prefix', async () => {
    const xml =
      '<onix:ONIXMessage xmlns:onix="http://ns.editeur.org/onix/3.0/reference" release="3.0">' +
      '<onix:Product><onix:RecordReference>r1</onix:RecordReference>' +
      '<onix:DescriptiveDetail><onix:ProductForm>BB</onix:ProductForm></onix:DescriptiveDetail></onix:Product></onix:ONIXMessage>';
    const [p] = await productsOf(xml);
    expect(p).toMatchObject({ recordReference: 'r1', productForm: 'BB' });
  });

  it('has only short tags that the ONIX 3.0 schema defines, for the reference names it says', () => {
    const xsd = readFileSync(resolve(shared, 'validators/onix/3.0/ONIX_BookProduct_3.0_reference.xsd'), 'utf8');
    const schema = new Map<string, string>();
    for (const [, reference, body] of xsd.matchAll(/<xs:element name="([A-Za-z]+)">([\s\S]*?)\n\t<\/xs:element>/g)) {
      const short = /name="shortname">\s*<xs:simpleType>\s*<xs:restriction base="xs:token">\s*<xs:enumeration value="([^"]+)"/.exec(body!)?.[1];
      if (short) schema.set(short, reference!);
    }
    expect(schema.size).toBeGreaterThan(400);
    for (const [short, reference] of Object.entries(shortTagToReference)) expect([short, schema.get(short)]).toEqual([short, reference]);
  });
});

describe('tolerance', () => {
  it('reads a file without XML declaration, with a BOM, in one-byte chunks', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<ONIXMessage release="3.0">${minimalProduct('æøå')}</ONIXMessage>`)]);
    const items = await readAll(bytes, 1);
    expect(items).toMatchObject([{ kind: 'product', reference: 'æøå', line: 1 }]);
  });

  it('decodes the encoding the declaration names', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${onixMessage(minimalProduct('Bjørnson'))}`.replace(/<\?xml[^>]*>\n<\?xml[^>]*>/, '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const items = await readAll(Buffer.from(xml, 'latin1'), 16);
    expect(items).toMatchObject([{ reference: 'Bjørnson' }]);
  });

  it('refuses bytes that are not UTF-8 when nothing else is declared', async () => {
    const bytes = Buffer.from(onixMessage(minimalProduct('Bjørnson')), 'latin1');
    const { error } = await readUntilError(bytes);
    expect(error).toBeInstanceOf(OnixFileError);
    expect((error as Error).message).toMatch(/not valid UTF-8/);
  });

  it('reads HTML entities that only the ONIX 2.1 DTD defined', async () => {
    const [p] = await productsOf(onixMessage(minimalProduct('r', '<DescriptiveDetail><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>Caf&eacute;&nbsp;Europa</TitleText></TitleElement></TitleDetail></DescriptiveDetail>')));
    expect(p!.titles[0]!.elements[0]!.titleText).toBe('Café Europa');
  });

  it('notes an impossible date and keeps the product', async () => {
    const [p] = await productsOf(onixMessage(minimalProduct('r', '<PublishingDetail><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date dateformat="00">20163112</Date></PublishingDate></PublishingDetail>')));
    expect(p!.publishingDates).toEqual([{ role: '01', date: null, raw: '20163112' }]);
    expect(p!.notes).toEqual(['PublishingDate (role 01) "20163112" is not a date that can be read; ignored']);
  });

  it('fills in the header defaults for currency and price type', async () => {
    const xml = onixMessage(minimalProduct('r', '<ProductSupply><SupplyDetail><ProductAvailability>20</ProductAvailability><Price><PriceAmount>199</PriceAmount></Price></SupplyDetail></ProductSupply>'))
      .replace('</Header>', '<DefaultPriceType>04</DefaultPriceType><DefaultCurrencyCode>nok</DefaultCurrencyCode></Header>');
    const [p] = await productsOf(xml);
    expect(p!.supplies[0]!.prices[0]).toMatchObject({ type: '04', currency: 'NOK', amount: '199' });
  });

  it('sums stock over locations and reads the ONIX 2.1 AudienceCode', async () => {
    const xml = onixMessage(minimalProduct('r', '<DescriptiveDetail><AudienceCode>02</AudienceCode></DescriptiveDetail><ProductSupply><SupplyDetail><Stock><OnHand>3</OnHand></Stock><Stock><OnHand>4</OnHand></Stock></SupplyDetail></ProductSupply>'));
    const [p] = await productsOf(xml);
    expect(p!.audiences).toEqual([{ type: '01', value: '02' }]);
    expect(p!.supplies[0]!.onHand).toBe(7);
  });
});

describe('files that cannot be imported', () => {
  it('yields the products before broken XML, then throws OnixSyntaxError where it breaks', async () => {
    const text = corpusFile('9782752906700.xml').toString('utf8');
    const cut = text.indexOf('<TitleText>', text.indexOf('immateriel.fr-RP64128')) + '<TitleTe'.length;
    const truncated = text.slice(0, cut);
    const { items, error } = await readUntilError(truncated, 500);
    expect(items.map((i) => i.reference)).toEqual(['immateriel.fr-RP64120', 'immateriel.fr-RP64127']);
    expect(error).toBeInstanceOf(OnixSyntaxError);
    const { line, column, message } = error as OnixSyntaxError;
    expect(line).toBe(truncated.split('\n').length);
    expect(column).toBe(truncated.length - truncated.lastIndexOf('\n') - 1);
    expect(message).toBe(`The XML is broken at line ${line}, column ${column}: unclosed tag <TitleElement> (is the file cut short?)`);
  });

  it('places a wrong closing tag in the middle of the file', async () => {
    const text = corpusFile('9782752906700.xml').toString('utf8');
    const at = text.indexOf('</TitleText>', text.indexOf('immateriel.fr-RP64128'));
    const broken = `${text.slice(0, at)}</Title>${text.slice(at + '</TitleText>'.length)}`;
    const { items, error } = await readUntilError(broken);
    expect(items).toHaveLength(2);
    expect(error).toMatchObject({ line: text.slice(0, at).split('\n').length });
    expect((error as Error).message).toMatch(/: a closing tag that does not match the open <TitleText>$/);
  });

  it('refuses a message without products', async () => {
    const { error } = await readUntilError(onixMessage(''));
    expect(error).toBeInstanceOf(OnixFileError);
    expect(error).toMatchObject({ message: 'The file holds no <Product> records: there is nothing to import', line: 5 });
  });

  it('refuses ONIX 2.1, by release or by its products', async () => {
    const { error } = await readUntilError(onixMessage(minimalProduct('r'), 'release="2.1"'));
    expect((error as Error).message).toBe('This is ONIX 2.1; only ONIX 3.0 can be read');
    const doctype = '<!DOCTYPE ONIXMessage SYSTEM "http://www.editeur.org/onix/2.1/reference/onix-international.dtd">\n';
    const { error: byDoctype } = await readUntilError(`${doctype}<ONIXMessage>${minimalProduct('r')}</ONIXMessage>`);
    expect(byDoctype).toMatchObject({ name: 'OnixFileError', line: 1, message: 'This is ONIX 2.1; only ONIX 3.0 can be read' });
    const items = await readAll(onixMessage('<Product><RecordReference>old</RecordReference><ProductForm>BB</ProductForm></Product>', ''));
    expect(items).toEqual([{ kind: 'rejected', line: 4, reference: 'old', reason: 'This is an ONIX 2.1 product (ProductForm directly in Product); only ONIX 3.0 can be read' }]);
  });

  it('says when the file is not XML at all', async () => {
    const { error } = await readUntilError('\uFEFFisbn;title\n9788205412345;Sult\n');
    expect(error).toBeInstanceOf(OnixFileError);
    expect(error).toMatchObject({ line: 1, message: 'This is not an XML file: it begins "isbn;title"' });
  });
});

describe('scale', () => {
  it('streams many products one at a time', async () => {
    // Not a timing test: it proves that thousands of products in small chunks come out whole.
    const count = 3000;
    async function* many() {
      yield onixMessage('').replace('</ONIXMessage>\n', '');
      for (let i = 0; i < count; i += 1) yield minimalProduct(`ref-${i}`);
      yield '</ONIXMessage>';
    }
    let seen = 0;
    for await (const item of readOnix(many())) {
      expect(item.reference).toBe(`ref-${seen}`);
      seen += 1;
    }
    expect(seen).toBe(count);
  });
});
