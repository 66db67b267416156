/**
 * One ONIX for Books 3.0 `<Product>` as the reader found it: ONIX codes and texts, not
 * Hylle's vocabulary (the catalogue maps codes to its own terms). Only what the catalogue
 * uses is kept. Codes are strings as in the file ("03", "BC", "A01"); lists keep file order.
 * Every text is trimmed with inner white space collapsed, since files are often pretty-printed.
 */
export type OnixProduct = {
  recordReference: string | null;
  /** List 1: 01–03 new or confirmed, 04 partial update, 05 delete … */
  notificationType: string | null;
  /** ProductIdentifier: type is list 5 (15 ISBN-13, 03 GTIN-13, 02 ISBN-10 …). */
  identifiers: OnixIdentifier[];
  /** List 150 (BC, ED, AJ …) and list 175 (B105, E101 …). */
  productForm: string | null;
  productFormDetails: string[];
  /** The product's own TitleDetail composites (not a collection's). */
  titles: OnixTitleDetail[];
  collections: OnixCollection[];
  /** In SequenceNumber order when the file gives one, else file order. */
  contributors: OnixContributor[];
  languages: OnixLanguage[];
  subjects: OnixSubject[];
  audiences: OnixAudience[];
  texts: OnixText[];
  resources: OnixResource[];
  imprintName: string | null;
  publishers: OnixPublisher[];
  /** List 64: 02 forthcoming, 04 active, 07 out of print … */
  publishingStatus: string | null;
  publishingDates: OnixDate[];
  /** Every SupplyDetail, each with the market of the ProductSupply it sits in. */
  supplies: OnixSupplyDetail[];
  /** What the reader could not use and ignored (an impossible date, say), for the import report. */
  notes: string[];
};

export type OnixIdentifier = { type: string | null; value: string };

export type OnixTitleDetail = {
  /** List 15: 01 distinctive title … */
  type: string | null;
  elements: OnixTitleElement[];
};

export type OnixTitleElement = {
  /** List 149: 01 product, 02 collection, 03 sub-collection. */
  level: string | null;
  partNumber: string | null;
  titleText: string | null;
  titlePrefix: string | null;
  titleWithoutPrefix: string | null;
  subtitle: string | null;
};

export type OnixCollection = {
  /** List 148: 10 publisher's collection (series), 11 ascribed collection. */
  type: string | null;
  titles: OnixTitleDetail[];
  sequences: { type: string | null; number: string }[];
};

export type OnixContributor = {
  sequenceNumber: number | null;
  /** List 17 (A01 author, B06 translator …); the first is the main role. */
  roles: string[];
  personName: string | null;
  personNameInverted: string | null;
  namesBeforeKey: string | null;
  prefixToKey: string | null;
  keyNames: string | null;
  namesAfterKey: string | null;
  corporateName: string | null;
  corporateNameInverted: string | null;
};

export type OnixLanguage = {
  /** List 22: 01 language of text, 02 original language … */
  role: string | null;
  code: string;
};

export type OnixSubject = {
  /** List 27: 93–99 Thema, 10 BISAC, 12 BIC, 20 keywords … */
  scheme: string | null;
  code: string | null;
  headingText: string | null;
  main: boolean;
};

export type OnixAudience = {
  /** List 29: 01 ONIX audience codes (then value is list 28). The ONIX 2.1 style AudienceCode element reads as type 01. */
  type: string | null;
  value: string;
};

export type OnixText = {
  /** List 153: 02 short description, 03 description … */
  type: string | null;
  /** The declared textformat (list 34: 02 HTML, 05 XHTML, 06 default text …). */
  format: string | null;
  /** Plain text: markup removed, entities decoded, paragraphs separated by blank lines. */
  text: string;
};

export type OnixResource = {
  /** List 158: 01 front cover … */
  contentType: string | null;
  /** List 159: 03 image … */
  mode: string | null;
  /** ResourceLink of each ResourceVersion, white space removed. */
  links: string[];
};

export type OnixPublisher = {
  /** List 45: 01 publisher, 02 co-publisher … */
  role: string | null;
  name: string;
};

export type OnixDate = {
  /** The composite's role code (PublishingDateRole, SupplyDateRole or PriceDateRole). */
  role: string | null;
  /** ISO 8601 to the precision given: YYYY-MM-DD, YYYY-MM or YYYY; null when unreadable or impossible. */
  date: string | null;
  /** As written, for messages. */
  raw: string;
};

export type OnixTerritory = {
  countriesIncluded: string[];
  regionsIncluded: string[];
  countriesExcluded: string[];
  regionsExcluded: string[];
};

export type OnixSupplyDetail = {
  /** The Market territory of the enclosing ProductSupply; null when it names none. */
  market: OnixTerritory | null;
  /** List 65: 20 available, 21 in stock, 10 not yet available, 40 not available … */
  productAvailability: string | null;
  supplyDates: OnixDate[];
  /** Sum of Stock/OnHand over all stock locations; null when no OnHand is given. */
  onHand: number | null;
  /** List 57: 01 free of charge, 02 price to be announced … */
  unpricedItemType: string | null;
  prices: OnixPrice[];
};

export type OnixPrice = {
  /** List 58 (01 RRP excl. tax, 02 RRP incl. tax, 03/04 fixed excl./incl. tax …); the header's DefaultPriceType when absent. */
  type: string | null;
  /** List 59: 00 unqualified, 05 consumer, 08 promotional … */
  qualifier: string | null;
  /** The decimal as written ("249.50"): money is converted exactly, never through a float. */
  amount: string | null;
  /** ISO 4217; the header's DefaultCurrencyCode when absent. */
  currency: string | null;
  territory: OnixTerritory | null;
  taxes: OnixTax[];
  /** List 173: 14 from, 15 until. */
  dates: OnixDate[];
};

export type OnixTax = {
  /** List 62: Z zero, R reduced, S standard … */
  rateCode: string | null;
  ratePercent: string | null;
};
