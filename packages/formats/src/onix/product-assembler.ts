import { onixDate } from './onix-date.ts';
import type {
  OnixCollection,
  OnixContributor,
  OnixDate,
  OnixPrice,
  OnixProduct,
  OnixResource,
  OnixSubject,
  OnixSupplyDetail,
  OnixTax,
  OnixTerritory,
  OnixTitleDetail,
  OnixTitleElement,
} from './onix-product.ts';
import { plainText } from './plain-text.ts';
import { shortTagToReference } from './short-tags.ts';

/** Message-level defaults from the Header, applied to every product that leaves them out. */
export type OnixDefaults = { priceType: string | null; currencyCode: string | null };

/**
 * Every element of a product that is read, or that holds one that is read: the table of
 * short tags lists exactly these. The reader skips the others with all they contain.
 */
export const readElements: ReadonlySet<string> = new Set(Object.values(shortTagToReference));

type DateBuilder = { role: string | null; format: string | null; raw: string };
type SupplyBuilder = { market: OnixTerritory | null; details: OnixSupplyDetail[] };
type TerritoryOwner = 'market' | 'price';

/**
 * Builds one OnixProduct from the elements of a `<Product>`, told each element's reference
 * name and its parent's. Every element is read only in its ONIX 3.0 place, so identically
 * named elements of RelatedProduct, ProductPart or ContentItem are not mistaken for the
 * product's own. Holds one product at a time: the reader's memory does not grow with the file.
 */
export class ProductAssembler {
  readonly product: OnixProduct = emptyProduct();
  /** ProductForm directly in Product is ONIX 2.1's structure. */
  looksLikeOnix21 = false;

  private identifier: { type: string | null; value: string } | null = null;
  private collection: OnixCollection | null = null;
  private sequence: { type: string | null; number: string } | null = null;
  private title: OnixTitleDetail | null = null;
  private titleElement: OnixTitleElement | null = null;
  private contributor: OnixContributor | null = null;
  private language: { role: string | null; code: string } | null = null;
  private subject: OnixSubject | null = null;
  private audience: { type: string | null; value: string } | null = null;
  private textContent: { type: string | null; format: string | null; text: string | null } | null = null;
  private resource: OnixResource | null = null;
  private publisher: { role: string | null; name: string } | null = null;
  private date: DateBuilder | null = null;
  private supply: SupplyBuilder | null = null;
  private detail: OnixSupplyDetail | null = null;
  private price: OnixPrice | null = null;
  private tax: OnixTax | null = null;
  private territory: OnixTerritory | null = null;
  private territoryOwner: TerritoryOwner | null = null;

  /** Called for every element opening inside the Product. Returns true when the element's content is markup to keep as text. */
  open(name: string, parent: string, attributes: Record<string, string>): boolean {
    switch (name) {
      case 'ProductIdentifier':
        if (parent === 'Product') this.identifier = { type: null, value: '' };
        break;
      case 'Collection':
        if (parent === 'DescriptiveDetail') this.collection = { type: null, titles: [], sequences: [] };
        break;
      case 'CollectionSequence':
        if (parent === 'Collection' && this.collection) this.sequence = { type: null, number: '' };
        break;
      case 'TitleDetail':
        if (parent === 'DescriptiveDetail' || (parent === 'Collection' && this.collection)) {
          this.title = { type: null, elements: [] };
        }
        break;
      case 'TitleElement':
        if (parent === 'TitleDetail' && this.title) {
          this.titleElement = {
            level: null, partNumber: null, titleText: null, titlePrefix: null, titleWithoutPrefix: null, subtitle: null,
          };
        }
        break;
      case 'Contributor':
        if (parent === 'DescriptiveDetail') this.contributor = emptyContributor();
        break;
      case 'Language':
        if (parent === 'DescriptiveDetail') this.language = { role: null, code: '' };
        break;
      case 'Subject':
        if (parent === 'DescriptiveDetail') this.subject = { scheme: null, code: null, headingText: null, main: false };
        break;
      case 'Audience':
        if (parent === 'DescriptiveDetail') this.audience = { type: null, value: '' };
        break;
      case 'TextContent':
        if (parent === 'CollateralDetail') this.textContent = { type: null, format: null, text: null };
        break;
      case 'Text':
        if (parent === 'TextContent' && this.textContent) {
          this.textContent.format = attributes['textformat'] ?? null;
          return true;
        }
        break;
      case 'SupportingResource':
        if (parent === 'CollateralDetail') this.resource = { contentType: null, mode: null, links: [] };
        break;
      case 'Publisher':
        if (parent === 'PublishingDetail') this.publisher = { role: null, name: '' };
        break;
      case 'PublishingDate':
        if (parent === 'PublishingDetail') this.date = { role: null, format: null, raw: '' };
        break;
      case 'ProductSupply':
        if (parent === 'Product') this.supply = { market: null, details: [] };
        break;
      case 'Territory':
        if (parent === 'Market' && this.supply) this.openTerritory('market');
        else if (parent === 'Price' && this.price) this.openTerritory('price');
        break;
      case 'SupplyDetail':
        if (parent === 'ProductSupply' && this.supply) {
          this.detail = { market: null, productAvailability: null, supplyDates: [], onHand: null, unpricedItemType: null, prices: [] };
        }
        break;
      case 'SupplyDate':
        if (parent === 'SupplyDetail' && this.detail) this.date = { role: null, format: null, raw: '' };
        break;
      case 'Price':
        if (parent === 'SupplyDetail' && this.detail) {
          this.price = { type: null, qualifier: null, amount: null, currency: null, territory: null, taxes: [], dates: [] };
        }
        break;
      case 'Tax':
        if (parent === 'Price' && this.price) this.tax = { rateCode: null, ratePercent: null };
        break;
      case 'PriceDate':
        if (parent === 'Price' && this.price) this.date = { role: null, format: null, raw: '' };
        break;
      case 'Date':
        // The dateformat attribute (ONIX 3.0) or the older DateFormat element may say how to read it.
        if (this.date && attributes['dateformat'] !== undefined) this.date.format = attributes['dateformat'];
        break;
    }
    return false;
  }

  /** Called for every element closing inside the Product, with its text content. */
  close(name: string, parent: string, content: string): void {
    const p = this.product;
    switch (name) {
      // Product
      case 'RecordReference':
        if (parent === 'Product') p.recordReference = clean(content) || null;
        break;
      case 'NotificationType':
        if (parent === 'Product') p.notificationType = clean(content) || null;
        break;
      case 'ProductIDType':
        if (parent === 'ProductIdentifier' && this.identifier) this.identifier.type = clean(content) || null;
        break;
      case 'IDValue':
        if (parent === 'ProductIdentifier' && this.identifier) this.identifier.value = clean(content);
        break;
      case 'ProductIdentifier':
        if (this.identifier && this.identifier.value !== '') p.identifiers.push(this.identifier);
        this.identifier = null;
        break;
      // DescriptiveDetail
      case 'ProductForm':
        if (parent === 'DescriptiveDetail') p.productForm = clean(content) || null;
        else if (parent === 'Product') this.looksLikeOnix21 = true;
        break;
      case 'ProductFormDetail':
        if (parent === 'DescriptiveDetail') pushValue(p.productFormDetails, content);
        break;
      case 'CollectionType':
        if (parent === 'Collection' && this.collection) this.collection.type = clean(content) || null;
        break;
      case 'CollectionSequenceType':
        if (parent === 'CollectionSequence' && this.sequence) this.sequence.type = clean(content) || null;
        break;
      case 'CollectionSequenceNumber':
        if (parent === 'CollectionSequence' && this.sequence) this.sequence.number = clean(content);
        break;
      case 'CollectionSequence':
        if (this.collection && this.sequence && this.sequence.number !== '') this.collection.sequences.push(this.sequence);
        this.sequence = null;
        break;
      case 'Collection':
        if (this.collection) p.collections.push(this.collection);
        this.collection = null;
        break;
      case 'TitleType':
        if (parent === 'TitleDetail' && this.title) this.title.type = clean(content) || null;
        break;
      case 'TitleElementLevel':
      case 'PartNumber':
      case 'TitleText':
      case 'TitlePrefix':
      case 'TitleWithoutPrefix':
      case 'Subtitle':
        if (parent === 'TitleElement' && this.titleElement) setTitlePart(this.titleElement, name, clean(content) || null);
        break;
      case 'TitleElement':
        if (this.title && this.titleElement) this.title.elements.push(this.titleElement);
        this.titleElement = null;
        break;
      case 'TitleDetail':
        if (this.title) (parent === 'Collection' && this.collection ? this.collection.titles : p.titles).push(this.title);
        this.title = null;
        break;
      case 'SequenceNumber':
        if (parent === 'Contributor' && this.contributor) this.contributor.sequenceNumber = integerOrNull(content);
        break;
      case 'ContributorRole':
        if (parent === 'Contributor' && this.contributor) pushValue(this.contributor.roles, content);
        break;
      case 'PersonName':
      case 'PersonNameInverted':
      case 'NamesBeforeKey':
      case 'PrefixToKey':
      case 'KeyNames':
      case 'NamesAfterKey':
      case 'CorporateName':
      case 'CorporateNameInverted':
        if (parent === 'Contributor' && this.contributor) setNamePart(this.contributor, name, clean(content) || null);
        break;
      case 'Contributor':
        if (this.contributor) p.contributors.push(this.contributor);
        this.contributor = null;
        break;
      case 'LanguageRole':
        if (parent === 'Language' && this.language) this.language.role = clean(content) || null;
        break;
      case 'LanguageCode':
        if (parent === 'Language' && this.language) this.language.code = clean(content);
        break;
      case 'Language':
        if (this.language && this.language.code !== '') p.languages.push(this.language);
        this.language = null;
        break;
      case 'MainSubject':
        if (parent === 'Subject' && this.subject) this.subject.main = true;
        break;
      case 'SubjectSchemeIdentifier':
        if (parent === 'Subject' && this.subject) this.subject.scheme = clean(content) || null;
        break;
      case 'SubjectCode':
        if (parent === 'Subject' && this.subject) this.subject.code = clean(content) || null;
        break;
      case 'SubjectHeadingText':
        if (parent === 'Subject' && this.subject) this.subject.headingText = clean(content) || null;
        break;
      case 'Subject':
        if (this.subject && (this.subject.code !== null || this.subject.headingText !== null)) p.subjects.push(this.subject);
        this.subject = null;
        break;
      case 'AudienceCodeType':
        if (parent === 'Audience' && this.audience) this.audience.type = clean(content) || null;
        break;
      case 'AudienceCodeValue':
        if (parent === 'Audience' && this.audience) this.audience.value = clean(content);
        break;
      case 'Audience':
        if (this.audience && this.audience.value !== '') p.audiences.push(this.audience);
        this.audience = null;
        break;
      case 'AudienceCode':
        // ONIX 2.1's element, still seen in 3.0 files: its values are list 28, i.e. type 01.
        if (parent === 'DescriptiveDetail' && clean(content) !== '') p.audiences.push({ type: '01', value: clean(content) });
        break;
      // CollateralDetail
      case 'TextType':
        if (parent === 'TextContent' && this.textContent) this.textContent.type = clean(content) || null;
        break;
      case 'Text':
        if (parent === 'TextContent' && this.textContent) this.textContent.text = plainText(content, this.textContent.format);
        break;
      case 'TextContent':
        if (this.textContent && this.textContent.text) {
          const { type, format, text } = this.textContent;
          p.texts.push({ type, format, text });
        }
        this.textContent = null;
        break;
      case 'ResourceContentType':
        if (parent === 'SupportingResource' && this.resource) this.resource.contentType = clean(content) || null;
        break;
      case 'ResourceMode':
        if (parent === 'SupportingResource' && this.resource) this.resource.mode = clean(content) || null;
        break;
      case 'ResourceLink':
        // Pretty-printers break long addresses over lines; an address never contains white space.
        if (parent === 'ResourceVersion' && this.resource) {
          const link = content.replace(/[\s\u200B-\u200D\u2060]+/g, '');
          if (link !== '') this.resource.links.push(link);
        }
        break;
      case 'SupportingResource':
        if (this.resource) p.resources.push(this.resource);
        this.resource = null;
        break;
      // PublishingDetail
      case 'ImprintName':
        if (parent === 'Imprint' && p.imprintName === null) p.imprintName = clean(content) || null;
        break;
      case 'PublishingRole':
        if (parent === 'Publisher' && this.publisher) this.publisher.role = clean(content) || null;
        break;
      case 'PublisherName':
        if (parent === 'Publisher' && this.publisher) this.publisher.name = clean(content);
        break;
      case 'Publisher':
        if (this.publisher && this.publisher.name !== '') p.publishers.push(this.publisher);
        this.publisher = null;
        break;
      case 'PublishingStatus':
        if (parent === 'PublishingDetail') p.publishingStatus = clean(content) || null;
        break;
      case 'PublishingDateRole':
      case 'SupplyDateRole':
      case 'PriceDateRole':
        if (this.date) this.date.role = clean(content) || null;
        break;
      case 'DateFormat':
        if (this.date) this.date.format = clean(content) || null;
        break;
      case 'Date':
        if (this.date && (parent === 'PublishingDate' || parent === 'SupplyDate' || parent === 'PriceDate')) {
          this.date.raw = clean(content);
        }
        break;
      case 'PublishingDate':
        if (this.date) p.publishingDates.push(this.finishDate(name, this.date));
        this.date = null;
        break;
      // ProductSupply
      case 'CountriesIncluded':
      case 'RegionsIncluded':
      case 'CountriesExcluded':
      case 'RegionsExcluded':
        if (parent === 'Territory' && this.territory) addTerritoryCodes(this.territory, name, content);
        break;
      case 'Territory':
        this.closeTerritory();
        break;
      case 'ProductAvailability':
        if (parent === 'SupplyDetail' && this.detail) this.detail.productAvailability = clean(content) || null;
        break;
      case 'UnpricedItemType':
        if (parent === 'SupplyDetail' && this.detail) this.detail.unpricedItemType = clean(content) || null;
        break;
      case 'OnHand':
        if (parent === 'Stock' && this.detail) {
          const onHand = integerOrNull(content);
          if (onHand !== null) this.detail.onHand = (this.detail.onHand ?? 0) + onHand;
        }
        break;
      case 'SupplyDate':
        if (this.detail && this.date) this.detail.supplyDates.push(this.finishDate(name, this.date));
        this.date = null;
        break;
      case 'PriceType':
        if (parent === 'Price' && this.price) this.price.type = clean(content) || null;
        break;
      case 'PriceQualifier':
        if (parent === 'Price' && this.price) this.price.qualifier = clean(content) || null;
        break;
      case 'PriceAmount':
        if (parent === 'Price' && this.price) this.price.amount = clean(content) || null;
        break;
      case 'CurrencyCode':
        if (parent === 'Price' && this.price) this.price.currency = clean(content).toUpperCase() || null;
        break;
      case 'TaxRateCode':
        if (parent === 'Tax' && this.tax) this.tax.rateCode = clean(content) || null;
        break;
      case 'TaxRatePercent':
        if (parent === 'Tax' && this.tax) this.tax.ratePercent = clean(content) || null;
        break;
      case 'Tax':
        if (this.price && this.tax) this.price.taxes.push(this.tax);
        this.tax = null;
        break;
      case 'PriceDate':
        if (this.price && this.date) this.price.dates.push(this.finishDate(name, this.date));
        this.date = null;
        break;
      case 'Price':
        if (this.detail && this.price) this.detail.prices.push(this.price);
        this.price = null;
        break;
      case 'SupplyDetail':
        if (this.supply && this.detail) this.supply.details.push(this.detail);
        this.detail = null;
        break;
      case 'ProductSupply':
        if (this.supply) {
          for (const detail of this.supply.details) {
            detail.market = this.supply.market;
            p.supplies.push(detail);
          }
        }
        this.supply = null;
        break;
    }
  }

  /** The finished product, with the message defaults filled in and contributors in sequence. */
  finish(defaults: OnixDefaults): OnixProduct {
    const p = this.product;
    for (const supply of p.supplies) {
      for (const price of supply.prices) {
        price.type ??= defaults.priceType;
        price.currency ??= defaults.currencyCode;
      }
    }
    // Stable: contributors without a SequenceNumber keep their place after the numbered ones.
    p.contributors.sort((a, b) => (a.sequenceNumber ?? Infinity) - (b.sequenceNumber ?? Infinity));
    return p;
  }

  private finishDate(composite: string, date: DateBuilder): OnixDate {
    const iso = date.raw === '' ? null : onixDate(date.raw, date.format);
    if (date.raw !== '' && iso === null) {
      const what = date.role === null ? composite : `${composite} (role ${date.role})`;
      this.product.notes.push(`${what} "${date.raw}" is not a date that can be read; ignored`);
    }
    return { role: date.role, date: iso, raw: date.raw };
  }

  private openTerritory(owner: TerritoryOwner): void {
    this.territory = { countriesIncluded: [], regionsIncluded: [], countriesExcluded: [], regionsExcluded: [] };
    this.territoryOwner = owner;
  }

  private closeTerritory(): void {
    const territory = this.territory;
    if (territory === null) return;
    if (this.territoryOwner === 'price' && this.price) this.price.territory = territory;
    if (this.territoryOwner === 'market' && this.supply) {
      // Several Market composites in one ProductSupply: the supply serves all of them.
      this.supply.market = this.supply.market ? mergeTerritories(this.supply.market, territory) : territory;
    }
    this.territory = null;
    this.territoryOwner = null;
  }
}

function emptyProduct(): OnixProduct {
  return {
    recordReference: null,
    notificationType: null,
    identifiers: [],
    productForm: null,
    productFormDetails: [],
    titles: [],
    collections: [],
    contributors: [],
    languages: [],
    subjects: [],
    audiences: [],
    texts: [],
    resources: [],
    imprintName: null,
    publishers: [],
    publishingStatus: null,
    publishingDates: [],
    supplies: [],
    notes: [],
  };
}

function emptyContributor(): OnixContributor {
  return {
    sequenceNumber: null,
    roles: [],
    personName: null,
    personNameInverted: null,
    namesBeforeKey: null,
    prefixToKey: null,
    keyNames: null,
    namesAfterKey: null,
    corporateName: null,
    corporateNameInverted: null,
  };
}

const titleParts = {
  TitleElementLevel: 'level',
  PartNumber: 'partNumber',
  TitleText: 'titleText',
  TitlePrefix: 'titlePrefix',
  TitleWithoutPrefix: 'titleWithoutPrefix',
  Subtitle: 'subtitle',
} as const satisfies Record<string, keyof OnixTitleElement>;

function setTitlePart(element: OnixTitleElement, name: string, value: string | null): void {
  element[titleParts[name as keyof typeof titleParts]] = value;
}

const nameParts = {
  PersonName: 'personName',
  PersonNameInverted: 'personNameInverted',
  NamesBeforeKey: 'namesBeforeKey',
  PrefixToKey: 'prefixToKey',
  KeyNames: 'keyNames',
  NamesAfterKey: 'namesAfterKey',
  CorporateName: 'corporateName',
  CorporateNameInverted: 'corporateNameInverted',
} as const satisfies Record<string, keyof OnixContributor>;

function setNamePart(contributor: OnixContributor, name: string, value: string | null): void {
  contributor[nameParts[name as keyof typeof nameParts]] = value;
}

const territoryParts = {
  CountriesIncluded: 'countriesIncluded',
  RegionsIncluded: 'regionsIncluded',
  CountriesExcluded: 'countriesExcluded',
  RegionsExcluded: 'regionsExcluded',
} as const satisfies Record<string, keyof OnixTerritory>;

function addTerritoryCodes(territory: OnixTerritory, name: string, content: string): void {
  const codes = clean(content).split(' ').filter((code) => code !== '');
  territory[territoryParts[name as keyof typeof territoryParts]].push(...codes);
}

function mergeTerritories(a: OnixTerritory, b: OnixTerritory): OnixTerritory {
  return {
    countriesIncluded: [...a.countriesIncluded, ...b.countriesIncluded],
    regionsIncluded: [...a.regionsIncluded, ...b.regionsIncluded],
    countriesExcluded: [...a.countriesExcluded, ...b.countriesExcluded],
    regionsExcluded: [...a.regionsExcluded, ...b.regionsExcluded],
  };
}

function pushValue(list: string[], content: string): void {
  const value = clean(content);
  if (value !== '') list.push(value);
}

function integerOrNull(content: string): number | null {
  const value = clean(content);
  return /^-?\d{1,15}$/.test(value) ? Number(value) : null;
}

const spaceLike = /[\s\u200B-\u200D\u2060]/;
const spaceRuns = /[\s\u200B-\u200D\u2060]+/g;

/** Trimmed, inner white space (and zero-width characters) collapsed to single spaces. */
export function clean(content: string): string {
  const trimmed = content.trim();
  return spaceLike.test(trimmed) ? trimmed.replace(spaceRuns, ' ').trim() : trimmed;
}
