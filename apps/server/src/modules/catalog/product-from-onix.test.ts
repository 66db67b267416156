import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { readOnix, type OnixProduct } from '@hylle/formats';
import { describe, expect, it } from 'vitest';
import { formOf, productFromOnix, type CatalogueStore } from './product-from-onix.ts';

const norway: CatalogueStore = { country: 'NO', currency: 'NOK' };
const belgium: CatalogueStore = { country: 'BE', currency: 'EUR' };
const now = new Date('2025-06-15T10:00:00Z');
const corpus = resolve(import.meta.dirname, '../../../../../../shared/corpus/onix30');

/** One product read by the real reader from a Product body. */
async function onix(body: string, header = ''): Promise<OnixProduct> {
  const xml = `<ONIXMessage release="3.0"><Header>${header}</Header><Product>${body}</Product></ONIXMessage>`;
  async function* source() {
    yield xml;
  }
  for await (const item of readOnix(source())) if (item.kind === 'product') return item.product;
  throw new Error('no product');
}

const isbn = '<ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>9788205412347</IDValue></ProductIdentifier>';
const titled = (descriptive = '') =>
  `<DescriptiveDetail><ProductForm>BB</ProductForm><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>Sult</TitleText></TitleElement></TitleDetail>${descriptive}</DescriptiveDetail>`;
const supply = (detail: string, market = '') => `<ProductSupply>${market}<SupplyDetail>${detail}</SupplyDetail></ProductSupply>`;
const price = (type: string, amount: string, currency = 'NOK', extra = '') =>
  `<Price><PriceType>${type}</PriceType><PriceAmount>${amount}</PriceAmount><CurrencyCode>${currency}</CurrencyCode>${extra}</Price>`;
const countries = (codes: string) => `<Territory><CountriesIncluded>${codes}</CountriesIncluded></Territory>`;
const priceDate = (role: string, date: string) => `<PriceDate><PriceDateRole>${role}</PriceDateRole><Date>${date}</Date></PriceDate>`;

async function record(body: string, store = norway, header = '') {
  const result = productFromOnix(await onix(body, header), store, now);
  if (!result.ok) throw new Error(result.reason);
  return result.record;
}

async function reason(body: string, store = norway) {
  const result = productFromOnix(await onix(body), store, now);
  if (result.ok) throw new Error('expected a reason');
  return result.reason;
}

describe('identity', () => {
  it('takes the ISBN-13, else the GTIN-13, else the ISBN-10 made 13', async () => {
    const id = (type: string, value: string) => `<ProductIdentifier><ProductIDType>${type}</ProductIDType><IDValue>${value}</IDValue></ProductIdentifier>`;
    expect((await record(id('03', '9780007232833') + id('15', '9788205412347') + titled())).isbn).toBe('9788205412347');
    expect((await record(id('01', 'X1') + id('03', '9780007232833') + titled())).isbn).toBe('9780007232833');
    expect((await record(id('02', '0-8044-2957-X') + titled())).isbn).toBe('9780804429573');
  });

  it('says why it cannot', async () => {
    const id = (type: string, value: string) => `<ProductIdentifier><ProductIDType>${type}</ProductIDType><IDValue>${value}</IDValue></ProductIdentifier>`;
    expect(await reason(id('15', '9781234567890') + titled())).toBe('ISBN 9781234567890 has a wrong check digit');
    expect(await reason(id('01', 'X1') + titled())).toBe('no ISBN or EAN-13 (ProductIdentifier of type 15, 03 or 02)');
    expect(await reason(isbn)).toBe('no title');
    expect(await reason(`<NotificationType>05</NotificationType>${isbn}${titled()}`)).toBe('delete notifications are not supported yet');
  });

  it('builds the title from a prefix and the rest, and keeps the subtitle', async () => {
    const title = (element: string) => `${isbn}<DescriptiveDetail><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel>${element}</TitleElement></TitleDetail></DescriptiveDetail>`;
    expect(await record(title('<TitlePrefix>The</TitlePrefix><TitleWithoutPrefix>Book of Texas</TitleWithoutPrefix><Subtitle>A history</Subtitle>'))).toMatchObject({
      title: 'The Book of Texas',
      subtitle: 'A history',
    });
    expect((await record(title("<TitlePrefix>L'</TitlePrefix><TitleWithoutPrefix>Étranger</TitleWithoutPrefix>"))).title).toBe("L'Étranger");
  });
});

describe('classification', () => {
  it('maps ProductForm to the forms librarians filter by', () => {
    const forms = { BB: 'book', BC: 'book', ED: 'ebook', EA: 'ebook', DG: 'ebook', AJ: 'audiobook', AC: 'audiobook', AN: 'audiobook', VI: 'video', VO: 'video', DE: 'game', ZE: 'game', PC: 'other', ZZ: 'other' };
    for (const [code, form] of Object.entries(forms)) expect([code, formOf(code)]).toEqual([code, form]);
    expect(formOf(null)).toBe('other');
  });

  const subject = (scheme: string, code: string, main = false) =>
    `<Subject>${main ? '<MainSubject/>' : ''}<SubjectSchemeIdentifier>${scheme}</SubjectSchemeIdentifier><SubjectCode>${code}</SubjectCode></Subject>`;
  const audience = (value: string) => `<Audience><AudienceCodeType>01</AudienceCodeType><AudienceCodeValue>${value}</AudienceCodeValue></Audience>`;

  it('finds youth in audience codes and Thema Y, fiction in Thema F and YF', async () => {
    expect(await record(isbn + titled(subject('93', 'FBA')))).toMatchObject({ audience: 'adult', genre: 'fiction', themaCodes: ['FBA'] });
    expect(await record(isbn + titled(subject('93', 'YFB')))).toMatchObject({ audience: 'youth', genre: 'fiction' });
    expect(await record(isbn + titled(subject('93', 'YNM')))).toMatchObject({ audience: 'youth', genre: 'nonfiction' });
    expect(await record(isbn + titled(subject('93', 'WBA')))).toMatchObject({ audience: 'adult', genre: 'nonfiction' });
    expect(await record(isbn + titled(subject('93', 'DCF')))).toMatchObject({ genre: 'fiction' });
    expect(await record(isbn + titled(audience('02') + subject('93', 'WBA')))).toMatchObject({ audience: 'youth' });
    expect(await record(isbn + titled(audience('03')))).toMatchObject({ audience: 'youth' });
    expect(await record(isbn + titled(audience('01')))).toMatchObject({ audience: 'adult' });
  });

  it('uses BISAC only where there is no Thema', async () => {
    expect(await record(isbn + titled(subject('10', 'FIC022000')))).toMatchObject({ genre: 'fiction', audience: 'adult' });
    expect(await record(isbn + titled(subject('10', 'JUV000000')))).toMatchObject({ genre: 'fiction', audience: 'youth' });
    expect(await record(isbn + titled(subject('10', 'JNF003000')))).toMatchObject({ genre: 'nonfiction', audience: 'youth' });
    expect(await record(isbn + titled(subject('10', 'FIC000000') + subject('93', 'WBA')))).toMatchObject({ genre: 'nonfiction' });
  });

  it('lists the main Thema subject first, qualifiers after, and splits keywords', async () => {
    const keywords = '<Subject><SubjectSchemeIdentifier>20</SubjectSchemeIdentifier><SubjectHeadingText>sult; Kristiania, roman;;Sult</SubjectHeadingText></Subject>';
    const r = await record(isbn + titled(subject('93', 'DNT') + subject('94', '1DNN') + subject('93', 'FBA', true) + keywords));
    expect(r.themaCodes).toEqual(['FBA', 'DNT', '1DNN']);
    expect(r.genre).toBe('fiction');
    expect(r.keywords).toEqual(['sult', 'Kristiania', 'roman']);
  });
});

describe('descriptive details', () => {
  it('names contributors for display and for sorting, in sequence', async () => {
    const contributor = (sequence: number, role: string, names: string) =>
      `<Contributor><SequenceNumber>${sequence}</SequenceNumber><ContributorRole>${role}</ContributorRole>${names}</Contributor>`;
    const r = await record(
      isbn +
        titled(
          contributor(3, 'B06', '<PersonNameInverted>Nilsen, Kari</PersonNameInverted>') +
            contributor(1, 'A01', '<NamesBeforeKey>Ludwig</NamesBeforeKey><PrefixToKey>van</PrefixToKey><KeyNames>Beethoven</KeyNames>') +
            contributor(2, 'A12', '<PersonName>Kari Grossmann</PersonName>') +
            contributor(4, 'E07', '<PersonName>Ane Dahl Torp</PersonName><PersonNameInverted>Dahl Torp, Ane</PersonNameInverted>') +
            contributor(5, 'B01', '<CorporateName>Norsk Folkemuseum</CorporateName>') +
            contributor(6, 'A24', '<PersonName>Henning Mankell</PersonName>'),
        ),
    );
    expect(r.contributors).toEqual([
      { name: 'Ludwig van Beethoven', sortName: 'Beethoven, Ludwig van', role: 'author' },
      { name: 'Kari Grossmann', sortName: 'Grossmann, Kari', role: 'illustrator' },
      { name: 'Kari Nilsen', sortName: 'Nilsen, Kari', role: 'translator' },
      { name: 'Ane Dahl Torp', sortName: 'Dahl Torp, Ane', role: 'narrator' },
      { name: 'Norsk Folkemuseum', sortName: 'Norsk Folkemuseum', role: 'editor' },
      { name: 'Henning Mankell', sortName: 'Mankell, Henning', role: 'other' },
    ]);
  });

  it('finds the series in a collection, or in the title', async () => {
    const collection = `<Collection><CollectionType>10</CollectionType><CollectionSequence><CollectionSequenceType>03</CollectionSequenceType><CollectionSequenceNumber>7</CollectionSequenceNumber></CollectionSequence><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>02</TitleElementLevel><TitleText>Fjellbygda</TitleText></TitleElement></TitleDetail></Collection>`;
    expect((await record(isbn + titled(collection))).series).toEqual({ name: 'Fjellbygda', number: '7' });
    const inTitle = `${isbn}<DescriptiveDetail><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>02</TitleElementLevel><TitleText>Fjellbygda</TitleText><PartNumber>3</PartNumber></TitleElement><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>Vinter</TitleText></TitleElement></TitleDetail></DescriptiveDetail>`;
    expect(await record(inTitle)).toMatchObject({ title: 'Vinter', series: { name: 'Fjellbygda', number: '3' } });
    const ascribed = collection.replace('<CollectionType>10', '<CollectionType>11');
    expect((await record(isbn + titled(ascribed))).series).toBeNull();
  });

  it('takes language, publisher, release date and description by their roles', async () => {
    const r = await record(
      isbn +
        titled('<Language><LanguageRole>02</LanguageRole><LanguageCode>swe</LanguageCode></Language><Language><LanguageRole>01</LanguageRole><LanguageCode>NOB</LanguageCode></Language>') +
        '<CollateralDetail><TextContent><TextType>02</TextType><Text>Short.</Text></TextContent><TextContent><TextType>03</TextType><Text textformat="02">&lt;p&gt;Long &amp;amp; good.&lt;/p&gt;</Text></TextContent></CollateralDetail>' +
        '<PublishingDetail><Imprint><ImprintName>Gyldendal Litteratur</ImprintName></Imprint><Publisher><PublishingRole>02</PublishingRole><PublisherName>Other</PublisherName></Publisher><Publisher><PublishingRole>01</PublishingRole><PublisherName>Gyldendal</PublisherName></Publisher>' +
        '<PublishingDate><PublishingDateRole>19</PublishingDateRole><Date>20200101</Date></PublishingDate><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date dateformat="01">202403</Date></PublishingDate></PublishingDetail>',
    );
    expect(r).toMatchObject({ language: 'nob', publisher: 'Gyldendal', releaseDate: '2024-03-01', description: 'Long & good.' });
    const fallback = await record(`${isbn}${titled()}<PublishingDetail><PublishingDate><PublishingDateRole>11</PublishingDateRole><Date dateformat="05">1890</Date></PublishingDate></PublishingDetail>`);
    expect(fallback).toMatchObject({ releaseDate: '1890-01-01', language: null, publisher: null, description: null });
  });

  it('takes only an https front cover, and notes one that is not', async () => {
    const resource = (type: string, link: string) =>
      `<SupportingResource><ResourceContentType>${type}</ResourceContentType><ResourceMode>03</ResourceMode><ResourceVersion><ResourceForm>02</ResourceForm><ResourceLink>${link}</ResourceLink></ResourceVersion></SupportingResource>`;
    const collateral = (resources: string) => `${isbn}${titled()}<CollateralDetail>${resources}</CollateralDetail>`;
    expect((await record(collateral(resource('07', 'https://x.no/thumb.jpg') + resource('01', 'https://x.no/cover.jpg')))).coverUrl).toBe('https://x.no/cover.jpg');
    const plain = productFromOnix(await onix(collateral(resource('01', 'http://x.no/cover.jpg'))), norway, now);
    expect(plain).toMatchObject({ ok: true, record: { coverUrl: null }, notes: ['The front cover (http://x.no/cover.jpg) is not an https address; no cover is shown'] });
  });
});

describe('price', () => {
  const priced = (prices: string, market = '') => `${isbn}${titled()}${supply(`<ProductAvailability>20</ProductAvailability>${prices}`, market)}`;

  it('takes the fixed price over the recommended one, in the store currency, in exact øre', async () => {
    const r = await record(priced(price('02', '199.00') + price('04', '249.50', 'NOK', '<Tax><TaxRateCode>Z</TaxRateCode></Tax>') + price('04', '29.95', 'EUR')));
    expect(r.price).toEqual({ amountMinor: 24950, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: null });
    expect((await record(priced(price('02', '199.00') + price('04', '29.95', 'EUR')), belgium)).price).toMatchObject({ amountMinor: 2995, currency: 'EUR', fixed: true });
  });

  it('falls back to a price without VAT and says so', async () => {
    expect((await record(priced(price('01', '180')))).price).toMatchObject({ amountMinor: 18000, includesVat: false, fixed: false });
    expect((await record(priced(price('03', '180')))).price).toMatchObject({ includesVat: false, fixed: true });
    expect((await record(priced(price('01', '180') + price('02', '225')))).price).toMatchObject({ amountMinor: 22500, includesVat: true });
  });

  it('prefers the price for the store country, then one without territory, never another country', async () => {
    const prices = price('04', '100', 'EUR', countries('FR')) + price('04', '200', 'EUR') + price('04', '300', 'EUR', countries('LU BE'));
    expect((await record(priced(prices), belgium)).price?.amountMinor).toBe(30000);
    expect((await record(priced(price('04', '100', 'EUR', countries('FR')) + price('04', '200', 'EUR')), belgium)).price?.amountMinor).toBe(20000);
    expect((await record(priced(price('04', '100', 'EUR', countries('FR'))), belgium)).price).toBeNull();
    const eurozone = '<Territory><RegionsIncluded>ECZ</RegionsIncluded></Territory>';
    expect((await record(priced(price('04', '100', 'EUR', eurozone)), belgium)).price?.amountMinor).toBe(10000);
    const excluded = '<Territory><RegionsIncluded>WORLD</RegionsIncluded><CountriesExcluded>NO</CountriesExcluded></Territory>';
    expect((await record(priced(price('04', '100', 'NOK', excluded)))).price).toBeNull();
  });

  it('gives a price without territory the market of its ProductSupply', async () => {
    const market = (codes: string) => `<Market>${countries(codes)}</Market>`;
    expect((await record(priced(price('04', '6.99', 'EUR'), market('FR')), belgium)).price).toBeNull();
    expect((await record(priced(price('04', '6.99', 'EUR'), market('LU BE')), belgium)).price?.amountMinor).toBe(699);
  });

  it('takes the price whose period holds today, and the end of a fixed price', async () => {
    const prices =
      price('04', '300', 'NOK', priceDate('15', '20250131')) +
      price('04', '250', 'NOK', priceDate('14', '20250201') + priceDate('15', '20251231')) +
      price('04', '200', 'NOK', priceDate('14', '20260101'));
    expect((await record(priced(prices))).price).toMatchObject({ amountMinor: 25000, fixedPriceUntil: '2025-12-31' });
    // A price that starts later still counts when it is the only one (a forthcoming title).
    expect((await record(priced(price('04', '200', 'NOK', priceDate('14', '20260101'))))).price?.amountMinor).toBe(20000);
    // One whose period is over does not.
    expect((await record(priced(price('04', '300', 'NOK', priceDate('15', '20250131'))))).price).toBeNull();
    // The fixed price's period is over and the recommended one holds: the fixed one is not taken.
    expect((await record(priced(price('04', '300', 'NOK', priceDate('15', '20250131')) + price('02', '280')))).price).toMatchObject({ amountMinor: 28000, fixed: false });
  });

  it('reads "today" in the store’s time zone', async () => {
    const midnight = new Date('2025-12-31T23:30:00Z'); // already 1 January in Oslo
    const prices = price('04', '300', 'NOK', priceDate('15', '20251231')) + price('04', '250', 'NOK', priceDate('14', '20260101'));
    const result = productFromOnix(await onix(priced(prices)), norway, midnight);
    expect(result.ok && result.record.price?.amountMinor).toBe(25000);
  });

  it('prefers an unqualified price to a promotional one', async () => {
    const prices = price('04', '99', 'NOK', '<PriceQualifier>08</PriceQualifier>') + price('04', '149', 'NOK', '<PriceQualifier>05</PriceQualifier>');
    expect((await record(priced(prices))).price?.amountMinor).toBe(14900);
  });

  it('uses the header defaults for currency and price type', async () => {
    const r = await record(priced('<Price><PriceAmount>349</PriceAmount></Price>'), norway, '<DefaultPriceType>04</DefaultPriceType><DefaultCurrencyCode>NOK</DefaultCurrencyCode>');
    expect(r.price).toMatchObject({ amountMinor: 34900, fixed: true });
  });

  it('refuses an amount with more than two decimals', async () => {
    expect(await reason(priced(price('04', '249.505')))).toBe('the NOK price "249.505" has more than 2 decimals');
    expect((await record(priced(price('04', '249.500')))).price?.amountMinor).toBe(24950);
  });
});

describe('availability', () => {
  const status = async (detail: string, publishing = '') => (await record(`${isbn}${titled()}${publishing}${supply(detail)}`)).availability;
  const supplyDate = (role: string, date: string) => `<SupplyDate><SupplyDateRole>${role}</SupplyDateRole><Date>${date}</Date></SupplyDate>`;

  it('maps ProductAvailability', async () => {
    expect(await status('<ProductAvailability>21</ProductAvailability><Stock><OnHand>12</OnHand></Stock>')).toEqual({ status: 'in_stock', stockQuantity: 12, availableFrom: null });
    expect(await status('<ProductAvailability>21</ProductAvailability>')).toEqual({ status: 'in_stock', stockQuantity: null, availableFrom: null });
    expect(await status('<ProductAvailability>20</ProductAvailability><Stock><OnHand>3</OnHand></Stock>')).toMatchObject({ status: 'in_stock', stockQuantity: 3 });
    expect(await status('<ProductAvailability>20</ProductAvailability><Stock><OnHand>0</OnHand></Stock>')).toMatchObject({ status: 'orderable', stockQuantity: null });
    for (const code of ['22', '23', '30', '31', '32', '33', '34', '99']) expect((await status(`<ProductAvailability>${code}</ProductAvailability>`)).status, code).toBe('orderable');
    for (const code of ['01', '40', '41', '45', '49', '51', '52']) expect((await status(`<ProductAvailability>${code}</ProductAvailability>`)).status, code).toBe('out_of_print');
    expect(await status('<ProductAvailability>10</ProductAvailability>' + supplyDate('08', '20251001'))).toEqual({ status: 'forthcoming', stockQuantity: null, availableFrom: '2025-10-01' });
  });

  it('reads forthcoming from the publishing status, with the publication date as the date', async () => {
    const publishing = '<PublishingDetail><PublishingStatus>02</PublishingStatus><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>20250901</Date></PublishingDate></PublishingDetail>';
    expect(await status('<ProductAvailability>20</ProductAvailability>', publishing)).toEqual({ status: 'forthcoming', stockQuantity: null, availableFrom: '2025-09-01' });
    expect(await status('', publishing)).toMatchObject({ status: 'forthcoming' });
    expect(await status('', '<PublishingDetail><PublishingStatus>07</PublishingStatus></PublishingDetail>')).toMatchObject({ status: 'out_of_print' });
    expect(await status('')).toMatchObject({ status: 'orderable' });
  });

  it('reads the supply for the store’s market', async () => {
    const body = `${isbn}${titled()}${supply('<ProductAvailability>40</ProductAvailability>', `<Market>${countries('SE')}</Market>`)}${supply('<ProductAvailability>21</ProductAvailability>', `<Market>${countries('NO')}</Market>`)}`;
    expect((await record(body)).availability.status).toBe('in_stock');
  });
});

describe('the corpus', () => {
  it('makes four Norwegian records from 9782752906700.xml, the last with its NOK fixed price', async () => {
    const results = [];
    for await (const item of readOnix(createReadStream(resolve(corpus, '9782752906700.xml')))) {
      if (item.kind === 'product') results.push(productFromOnix(item.product, norway, now));
    }
    expect(results.map((r) => r.ok && [r.record.isbn, r.record.form, r.record.availability.status])).toEqual([
      ['3019002489208', 'ebook', 'out_of_print'],
      ['3019002489901', 'ebook', 'out_of_print'],
      ['3019002490006', 'ebook', 'out_of_print'],
      ['9782752908643', 'ebook', 'orderable'],
    ]);
    const last = results[3]!;
    expect(last.ok && last.record).toMatchObject({
      title: "Certaines n'avaient jamais vu la mer",
      contributors: [{ name: 'Julie Otsuka', sortName: 'Otsuka, Julie', role: 'author' }],
      language: 'fre',
      releaseDate: '2012-09-06',
      genre: 'fiction',
      price: { amountMinor: 8500, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: null, fixedPriceUntil: null },
    });
  });

  it('maps the EDItEUR sample for Belgium: EUR price without VAT, series, translator', async () => {
    for await (const item of readOnix(createReadStream(resolve(corpus, 'full_sample.xml')))) {
      const result = productFromOnix((item as { product: OnixProduct }).product, belgium, now);
      expect(result.ok && result.record).toMatchObject({
        isbn: '9780007232833',
        title: 'Roseanna',
        form: 'book',
        formCode: 'BC',
        series: { name: 'The Martin Beck series', number: '1' },
        audience: 'adult',
        genre: 'fiction',
        themaCodes: ['FFP', 'FYT', '1DNS', '3MPQS'],
        price: { amountMinor: 899, currency: 'EUR', includesVat: false, fixed: false },
        availability: { status: 'in_stock' },
        coverUrl: null,
      });
    }
  });
});
