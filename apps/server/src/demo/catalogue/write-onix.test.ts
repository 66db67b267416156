import { readOnix } from '@hylle/formats';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProductRecord } from '../../modules/catalog/domain/product.ts';
import { productFromOnix } from '../../modules/catalog/product-from-onix.ts';
import { generateProducts } from './generate-products.ts';
import { onixShortTags } from './onix-tag-names.ts';
import { onixMessageChunks, type OnixWriteOptions } from './write-onix.ts';

const onixXsd = path.resolve(import.meta.dirname, '../../../../../../shared/validators/onix/3.0/ONIX_BookProduct_3.0_reference.xsd');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-write-onix-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const options: OnixWriteOptions = { tags: 'reference', namespace: true, sender: 'Hylle', sentAt: new Date('2026-05-01T10:15:00Z') };
const message = (records: Iterable<ProductRecord>, overrides: Partial<OnixWriteOptions> = {}) =>
  [...onixMessageChunks(records, { ...options, ...overrides })].join('');
const generated = (store: 'no' | 'be', count: number) => [...generateProducts({ count, seed: 4, store, today: '2026-05-01' })];

/** Runs xmllint on the text; without xmllint this throws, so the test fails rather than skips. */
function xmllint(xml: string, schema: string | null): { ok: boolean; output: string } {
  const file = path.join(work, `message-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', ...(schema ? ['--schema', schema] : []), file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: result.stderr };
}

/** Everything the writer can leave out or has to escape, in one record. */
const awkward: ProductRecord = {
  isbn: '9788200000019',
  title: 'Sult & <script>alert("x")</script>\u0001',
  subtitle: 'Tom & Jerry > "alle"',
  contributors: [
    { name: 'Ola <b>Nordmann</b>', sortName: 'Nordmann, Ola', role: 'other' },
    { name: 'Storvik historielag', sortName: 'Storvik historielag', role: 'editor' },
  ],
  publisher: null,
  releaseDate: null,
  form: 'video',
  formCode: null,
  language: null,
  series: { name: 'Krim & kaos', number: null },
  audience: 'youth',
  genre: 'nonfiction',
  themaCodes: ['YNA', '1DNN', '5AG'],
  keywords: ['a;b', 'c & d'],
  description: null,
  coverUrl: null,
  price: null,
  availability: { status: 'forthcoming', stockQuantity: null, availableFrom: '2026-09-01' },
};

describe('onixMessageChunks', () => {
  it('has xmllint and the ONIX 3.0 schema to check against', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBeDefined();
    expect(fs.existsSync(onixXsd)).toBe(true);
  });

  it.each(['no', 'be'] as const)('writes reference tags that validate against the ONIX 3.0 XSD (%s, 400 records)', (store) => {
    const result = xmllint(message(generated(store, 400)), onixXsd);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('escapes text and leaves out what a record does not have, still valid', () => {
    const xml = message([awkward]);
    const result = xmllint(xml, onixXsd);
    expect(result.output).toContain('validates');
    expect(xml).toContain('Sult &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</TitleText>');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('<CorporateName>Storvik historielag</CorporateName>');
    expect(xml).toContain('<SubjectHeadingText>a,b; c &amp; d</SubjectHeadingText>');
    expect(xml).toContain('<UnpricedItemType>02</UnpricedItemType>');
    // No publisher: no publishing detail (ONIX requires one there), and the sender supplies it.
    expect(xml).not.toContain('<PublishingDetail>');
    expect(xml).toContain('<SupplierName>Hylle</SupplierName>');
    expect(xml).toContain('<ProductForm>VA</ProductForm>');
    expect(xml).toContain('<SubjectSchemeIdentifier>94</SubjectSchemeIdentifier>\n        <SubjectCode>1DNN</SubjectCode>');
    expect(xml).toContain('<SubjectSchemeIdentifier>98</SubjectSchemeIdentifier>\n        <SubjectCode>5AG</SubjectCode>');
    const nobody = message([{ ...awkward, contributors: [] }]);
    expect(nobody).toContain('<NoContributor/>');
    expect(xmllint(nobody, onixXsd).ok).toBe(true);
  });

  it('writes the record as ONIX says it: codes, amounts, dates', () => {
    const xml = message([{
      ...awkward,
      title: 'Sult',
      contributors: [{ name: 'Knut Hamsun', sortName: 'Hamsun, Knut', role: 'author' }],
      releaseDate: '2026-03-10',
      form: 'book',
      formCode: 'BB',
      language: 'nob',
      series: { name: 'Klassikere', number: '3' },
      audience: 'adult',
      description: 'En roman.',
      publisher: 'Fjordforlaget',
      price: { amountMinor: 39905, currency: 'NOK', includesVat: true, fixed: true, taxRateCode: 'Z', fixedPriceUntil: '2027-03-09' },
      availability: { status: 'in_stock', stockQuantity: 12, availableFrom: null },
    }]);
    expect(xmllint(xml, onixXsd).ok).toBe(true);
    for (const expected of [
      '<NotificationType>03</NotificationType>',
      '<ProductIDType>15</ProductIDType>\n      <IDValue>9788200000019</IDValue>',
      '<ProductForm>BB</ProductForm>',
      '<CollectionType>10</CollectionType>',
      '<TitleElementLevel>02</TitleElementLevel>\n            <PartNumber>3</PartNumber>\n            <TitleText>Klassikere</TitleText>',
      '<ContributorRole>A01</ContributorRole>\n        <PersonName>Knut Hamsun</PersonName>\n        <PersonNameInverted>Hamsun, Knut</PersonNameInverted>',
      '<LanguageRole>01</LanguageRole>\n        <LanguageCode>nob</LanguageCode>',
      '<MainSubject/>\n        <SubjectSchemeIdentifier>93</SubjectSchemeIdentifier>\n        <SubjectCode>YNA</SubjectCode>',
      '<AudienceCode>01</AudienceCode>',
      '<TextType>03</TextType>',
      '<PublishingStatus>04</PublishingStatus>',
      '<PublishingDateRole>01</PublishingDateRole>\n        <Date>20260310</Date>',
      '<CountriesIncluded>NO</CountriesIncluded>',
      '<ProductAvailability>21</ProductAvailability>',
      '<OnHand>12</OnHand>',
      '<PriceType>04</PriceType>\n          <PriceAmount>399.05</PriceAmount>',
      '<TaxType>01</TaxType>\n            <TaxRateCode>Z</TaxRateCode>\n            <TaxRatePercent>0</TaxRatePercent>',
      '<CurrencyCode>NOK</CurrencyCode>',
      '<PriceDateRole>15</PriceDateRole>\n            <Date>20270309</Date>',
    ]) {
      expect(xml).toContain(expected);
    }
    const forthcoming = message([{ ...awkward, publisher: 'De Schelde', price: { amountMinor: 1999, currency: 'EUR', includesVat: true, fixed: false, taxRateCode: 'R', fixedPriceUntil: null } }]);
    expect(forthcoming).toContain('<NotificationType>02</NotificationType>');
    expect(forthcoming).toContain('<PublishingStatus>02</PublishingStatus>');
    expect(forthcoming).toContain('<ProductAvailability>10</ProductAvailability>');
    expect(forthcoming).toContain('<SupplyDateRole>08</SupplyDateRole>\n          <Date>20260901</Date>');
    expect(forthcoming).toContain('<PriceType>02</PriceType>\n          <PriceAmount>19.99</PriceAmount>');
    expect(forthcoming).toContain('<TaxRateCode>R</TaxRateCode>\n            <TaxRatePercent>6</TaxRatePercent>');
  });

  it('yields the header, one chunk per product and the footer', () => {
    const chunks = [...onixMessageChunks(generated('no', 25), options)];
    expect(chunks).toHaveLength(27);
    expect(chunks[0]).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<ONIXMessage release="3.0" xmlns="http:\/\/ns.editeur.org\/onix\/3.0\/reference">/);
    expect(chunks[0]).toContain('<SentDateTime>20260501T101500Z</SentDateTime>');
    expect(chunks[1]).toMatch(/^ {2}<Product>\n[\s\S]*<\/Product>\n$/);
    expect(chunks.at(-1)).toBe('</ONIXMessage>\n');
  });

  it('leaves out the namespace when asked, and changes nothing else', () => {
    const records = generated('be', 50);
    const withNamespace = message(records);
    const without = message(records, { namespace: false });
    expect(without).toBe(withNamespace.replace(' xmlns="http://ns.editeur.org/onix/3.0/reference"', ''));
    expect(xmllint(without, null).ok).toBe(true);
  });

  it('writes short tags: the same document under the short names, well-formed', () => {
    const records = [...generated('no', 300), awkward];
    const short = message(records, { tags: 'short', namespace: false });
    expect(xmllint(short, null).ok).toBe(true);
    expect(short).toContain('<ONIXmessage release="3.0">');
    const shortNames = onixShortTags as Record<string, string>;
    const translated = message(records, { namespace: false }).replace(/<(\/?)([A-Za-z]+)/g, (tag, slash: string, name: string) => {
      const shortName = shortNames[name];
      if (!shortName) throw new Error(`no short tag for ${name}`);
      return `<${slash}${shortName}`;
    });
    expect(short).toBe(translated);
    expect(message(records.slice(0, 3), { tags: 'short', namespace: true })).toContain('xmlns="http://ns.editeur.org/onix/3.0/short"');
  });

  it.each([
    ['no', 'reference', false],
    ['be', 'short', false],
    ['no', 'short', true],
  ] as const)('reads back as the same records through the catalogue\'s ONIX import (%s, %s tags, namespace %s)', async (store, tags, namespace) => {
    const records = generated(store, 1000);
    async function* file() {
      yield* onixMessageChunks(records, { ...options, tags, namespace });
    }
    const catalogueStore = store === 'no' ? { country: 'NO', currency: 'NOK' } as const : { country: 'BE', currency: 'EUR' } as const;
    const back: ProductRecord[] = [];
    for await (const item of readOnix(file())) {
      if (item.kind !== 'product') throw new Error(`line ${item.line}: ${item.reason}`);
      const product = productFromOnix(item.product, catalogueStore, new Date('2026-05-01T12:00:00Z'));
      if (!product.ok) throw new Error(`line ${item.line}: ${product.reason}`);
      back.push(product.record);
    }
    expect(back).toEqual(records);
  });

  it('uses the short names the ONIX 3.0 schema declares', () => {
    const xsd = fs.readFileSync(onixXsd, 'utf8');
    for (const [reference, short] of Object.entries(onixShortTags)) {
      const declaration = new RegExp(`<xs:element name="${reference}">[\\s\\S]*?name="shortname">[\\s\\S]*?<xs:enumeration value="([^"]+)"/>`);
      expect([reference, declaration.exec(xsd)?.[1]]).toEqual([reference, short]);
    }
  });
});
