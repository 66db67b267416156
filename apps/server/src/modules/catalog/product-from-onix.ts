import {
  decimalToMinorUnits,
  type OnixContributor,
  type OnixDate,
  type OnixPrice,
  type OnixProduct,
  type OnixSupplyDetail,
  type OnixTerritory,
  type OnixTitleElement,
} from '@hylle/formats';
import { isbn10To13, parseIsbn10, parseIsbn13, type Checked } from './domain/isbn.ts';
import type {
  Audience,
  Availability,
  Contributor,
  ContributorRole,
  Genre,
  ListPrice,
  ProductForm,
  ProductRecord,
  TaxRateCode,
} from './domain/product.ts';

/** What of the store the mapping needs: its country picks territories, its currency the price. */
export type CatalogueStore = { country: 'NO' | 'BE'; currency: 'NOK' | 'EUR' };

export type FromOnix = { ok: true; record: ProductRecord; notes: string[] } | { ok: false; reason: string };

/**
 * An ONIX product as a catalogue record for this store (CAT-1), or the reason it cannot be
 * one. `now` decides which of several dated prices holds. `notes` tell what was read but
 * left out (an impossible date, a cover that is not https).
 */
export function productFromOnix(onix: OnixProduct, store: CatalogueStore, now: Date): FromOnix {
  if (onix.notificationType === '05') return { ok: false, reason: 'delete notifications are not supported yet' };
  const isbn = isbnOf(onix);
  if (!isbn.ok) return isbn;
  const titleElement = productTitleElement(onix);
  const title = titleElement ? titleOf(titleElement) : null;
  if (title === null) return { ok: false, reason: 'no title' };
  const price = priceOf(onix, store, localDate(now, store.country));
  if (!price.ok) return price;

  const notes = [...onix.notes];
  const subjects = subjectCodes(onix);
  const releaseDate = releaseDateOf(onix);
  const record: ProductRecord = {
    isbn: isbn.value,
    title,
    subtitle: titleElement?.subtitle ?? null,
    contributors: onix.contributors.map(contributorOf).filter((c): c is Contributor => c !== null),
    publisher: onix.publishers.find((p) => p.role === '01')?.name ?? onix.publishers[0]?.name ?? onix.imprintName,
    releaseDate,
    form: formOf(onix.productForm),
    formCode: onix.productForm,
    language: languageOf(onix),
    series: seriesOf(onix),
    audience: onix.audiences.some((a) => (a.type === '01' || a.type === null) && youthAudienceCodes.has(a.value))
      ? 'youth'
      : audienceFromSubjects(subjects),
    genre: genreFromSubjects(subjects),
    themaCodes: subjects.thema,
    keywords: keywordsOf(onix),
    description: (onix.texts.find((t) => t.type === '03') ?? onix.texts.find((t) => t.type === '02'))?.text ?? null,
    coverUrl: coverOf(onix, notes),
    price: price.value,
    availability: availabilityOf(onix, store.country, releaseDate),
  };
  return { ok: true, record, notes };
}

// --- Identity and title ---------------------------------------------------------------

/** ISBN-13 first, then GTIN-13, then ISBN-10; the first one given must be right. */
function isbnOf(onix: OnixProduct): Checked<string> {
  const isbn13 = onix.identifiers.find((i) => i.type === '15') ?? onix.identifiers.find((i) => i.type === '03');
  if (isbn13) return parseIsbn13(isbn13.value);
  const isbn10 = onix.identifiers.find((i) => i.type === '02');
  if (isbn10) {
    const parsed = parseIsbn10(isbn10.value);
    return parsed.ok ? { ok: true, value: isbn10To13(parsed.value) } : parsed;
  }
  return { ok: false, reason: 'no ISBN or EAN-13 (ProductIdentifier of type 15, 03 or 02)' };
}

function productTitleElement(onix: OnixProduct): OnixTitleElement | null {
  const detail = onix.titles.find((t) => t.type === '01') ?? onix.titles[0];
  if (!detail) return null;
  return detail.elements.find((e) => e.level === '01') ?? detail.elements.find((e) => e.level === null) ?? null;
}

function titleOf(element: OnixTitleElement): string | null {
  if (element.titleText) return element.titleText;
  if (!element.titleWithoutPrefix) return null;
  if (!element.titlePrefix) return element.titleWithoutPrefix;
  // "L'" + "Étranger" is one word; "The" + "Book of Texas" are two.
  const joiner = /['’]$/.test(element.titlePrefix) ? '' : ' ';
  return element.titlePrefix + joiner + element.titleWithoutPrefix;
}

/** The publisher's series: collection type 10, else a collection-level part of the product's own title. */
function seriesOf(onix: OnixProduct): ProductRecord['series'] {
  const collection = onix.collections.find((c) => c.type === '10');
  const detail = collection
    ? (collection.titles.find((t) => t.type === '01') ?? collection.titles[0])
    : onix.titles.find((t) => t.type === '01');
  const level2 = detail?.elements.find((e) => e.level === '02') ?? (collection ? detail?.elements.find((e) => e.level === null) : undefined);
  const name = level2 ? titleOf(level2) : null;
  if (name === null) return null;
  const number =
    detail?.elements.find((e) => e.level === '01')?.partNumber ??
    level2?.partNumber ??
    collection?.sequences[0]?.number ??
    null;
  return { name, number };
}

// --- People ---------------------------------------------------------------------------

/** List 17: the roles the shop names; the rest are shown as contributors. */
const contributorRoles = new Map<string, ContributorRole>([
  ['A01', 'author'],
  ['B01', 'editor'],
  ['B09', 'editor'],
  ['A12', 'illustrator'],
  ['B06', 'translator'],
  ['E03', 'narrator'],
  ['E07', 'narrator'],
]);

function contributorOf(c: OnixContributor): Contributor | null {
  const role = contributorRoles.get(c.roles[0] ?? '') ?? 'other';
  if (c.corporateName || c.corporateNameInverted) {
    const name = c.corporateName ?? c.corporateNameInverted!;
    return { name, sortName: c.corporateNameInverted ?? name, role };
  }
  const keyed = [c.prefixToKey, c.keyNames].filter(Boolean).join(' ');
  const name = c.personName ?? (c.keyNames ? [c.namesBeforeKey, keyed, c.namesAfterKey].filter(Boolean).join(' ') : uninverted(c.personNameInverted));
  if (!name) return null;
  return { name, sortName: sortNameOf(c, name), role };
}

function sortNameOf(c: OnixContributor, name: string): string {
  if (c.personNameInverted) return c.personNameInverted;
  if (c.keyNames) {
    const given = [c.namesBeforeKey, c.prefixToKey].filter(Boolean).join(' ');
    return [c.keyNames, given, c.namesAfterKey].filter(Boolean).join(', ');
  }
  // Only "Knut Hamsun" is given: the last word is the best guess at the family name.
  const words = name.split(' ');
  return words.length < 2 ? name : `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
}

/** "Hamsun, Knut" → "Knut Hamsun". */
function uninverted(inverted: string | null): string | null {
  if (!inverted) return null;
  const comma = inverted.indexOf(',');
  if (comma < 0) return inverted;
  return `${inverted.slice(comma + 1).trim()} ${inverted.slice(0, comma).trim()}`.trim();
}

// --- Classification -------------------------------------------------------------------

/** ProductForm (list 150) to the forms a librarian filters by. */
export function formOf(code: string | null): ProductForm {
  if (code === null) return 'other';
  if (code === 'DE' || code === 'ZE') return 'game';
  if (code === 'DG' || code.startsWith('E')) return 'ebook';
  if (code.startsWith('B')) return 'book';
  if (code.startsWith('A')) return 'audiobook';
  if (code.startsWith('V')) return 'video';
  return 'other';
}

/** List 28: 02 children/juvenile, 03 young adult. */
const youthAudienceCodes = new Set(['02', '03']);

export type SubjectCodes = { thema: string[]; bisac: string[]; bic: string[] };

function subjectCodes(onix: OnixProduct): SubjectCodes {
  const codes = (schemes: (scheme: string) => boolean) => {
    // The main subject first: it is what a list shows when it shows one.
    const chosen = onix.subjects.filter((s) => s.scheme !== null && schemes(s.scheme) && s.code !== null);
    const ordered = [...chosen.filter((s) => s.main), ...chosen.filter((s) => !s.main)];
    return [...new Set(ordered.map((s) => s.code!.toUpperCase()))];
  };
  return {
    // 93 subject categories, 94–99 qualifiers (place, language, time, education, age, style).
    thema: codes((scheme) => scheme >= '93' && scheme <= '99'),
    bisac: codes((scheme) => scheme === '10'),
    bic: codes((scheme) => scheme === '12'),
  };
}

/**
 * Youth when the subjects are children's or teenage ones. Thema decides when given; BISAC
 * (JUV, JNF, YAF, YAN) and BIC (Y…) only stand in for files without it.
 */
export function audienceFromSubjects(subjects: SubjectCodes): Audience {
  const categories = themaCategories(subjects.thema);
  if (categories.length > 0) return categories.some((c) => c.startsWith('Y')) ? 'youth' : 'adult';
  if (subjects.bisac.length > 0) return subjects.bisac.some((c) => /^(JUV|JNF|YAF|YAN)/.test(c)) ? 'youth' : 'adult';
  return subjects.bic.some((c) => c.startsWith('Y')) ? 'youth' : 'adult';
}

/**
 * Fiction as libraries shelve it: Thema F… and YF…, and also poetry and plays (DC, DD,
 * YDP), which Norwegian and Flemish libraries count as fiction ("skjønnlitteratur",
 * "fictie"). BISAC FIC, JUV (juvenile fiction), YAF, POE, DRA and BIC F…, YF… stand in
 * for files without Thema.
 */
export function genreFromSubjects(subjects: SubjectCodes): Genre {
  const categories = themaCategories(subjects.thema);
  if (categories.length > 0) return categories.some((c) => /^(F|YF|DC|DD|YDP)/.test(c)) ? 'fiction' : 'nonfiction';
  if (subjects.bisac.length > 0) return subjects.bisac.some((c) => /^(FIC|JUV|YAF|POE|DRA)/.test(c)) ? 'fiction' : 'nonfiction';
  return subjects.bic.some((c) => /^(F|YF)/.test(c)) ? 'fiction' : 'nonfiction';
}

/** Thema subject categories start with a letter; qualifiers (1DNS, 5AK …) with a digit. */
function themaCategories(thema: string[]): string[] {
  return thema.filter((code) => /^[A-Z]/.test(code));
}

function keywordsOf(onix: OnixProduct): string[] {
  const words = onix.subjects
    .filter((s) => s.scheme === '20')
    .flatMap((s) => (s.headingText ?? s.code ?? '').split(/[;,]/))
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function languageOf(onix: OnixProduct): string | null {
  const code = onix.languages.find((l) => l.role === '01')?.code.toLowerCase();
  return code && /^[a-z]{3}$/.test(code) ? code : null;
}

/** Only an https address of a front cover: the shop must not load images over plain http. */
function coverOf(onix: OnixProduct, notes: string[]): string | null {
  const links = onix.resources.filter((r) => r.contentType === '01' && (r.mode === '03' || r.mode === null)).flatMap((r) => r.links);
  const https = links.find((link) => link.startsWith('https://') && URL.canParse(link));
  if (https) return https;
  if (links.length > 0) notes.push(`The front cover (${links[0]}) is not an https address; no cover is shown`);
  return null;
}

// --- Dates ----------------------------------------------------------------------------

/** Publication date, else that of the print counterpart, else of first publication. */
function releaseDateOf(onix: OnixProduct): string | null {
  for (const role of ['01', '19', '11']) {
    const date = onix.publishingDates.find((d) => d.role === role && d.date !== null);
    if (date) return firstDay(date.date!);
  }
  return null;
}

/** A date given to the month or year stands for its first day. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** …and, as the end of a period, for its last day. */
function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

const storeTimeZones = { NO: 'Europe/Oslo', BE: 'Europe/Brussels' } as const;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The store's calendar day at `now`: price periods are days in the store's country. */
function localDate(now: Date, country: CatalogueStore['country']): string {
  const timeZone = storeTimeZones[country];
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

function dateOfRole(dates: OnixDate[], role: string): string | null {
  return dates.find((d) => d.role === role && d.date !== null)?.date ?? null;
}

// --- Supply: where, what price, available or not ----------------------------------------

/**
 * How well a territory fits the store's country: 3 names the country, 2 covers it by
 * region (WORLD, the eurozone, rest of world, or only exclusions), 1 says nothing,
 * 0 leaves it out.
 */
function territoryFit(territory: OnixTerritory | null, country: string): number {
  if (!territory) return 1;
  const { countriesIncluded, regionsIncluded, countriesExcluded, regionsExcluded } = territory;
  if (countriesIncluded.length + regionsIncluded.length + countriesExcluded.length + regionsExcluded.length === 0) return 1;
  const inRegion = (region: string) => region === 'WORLD' || region === 'ROW' || (region === 'ECZ' && eurozone.has(country));
  if (countriesExcluded.includes(country) || regionsExcluded.some(inRegion)) return 0;
  if (countriesIncluded.includes(country)) return 3;
  if (regionsIncluded.some(inRegion)) return 2;
  return countriesIncluded.length + regionsIncluded.length === 0 ? 2 : 0;
}

const eurozone = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);

/** The SupplyDetails for the store's market, best fitting first. */
function suppliesFor(onix: OnixProduct, country: string): OnixSupplyDetail[] {
  return onix.supplies
    .map((supply) => ({ supply, fit: territoryFit(supply.market, country) }))
    .filter(({ fit }) => fit > 0)
    .sort((a, b) => b.fit - a.fit)
    .map(({ supply }) => supply);
}

/** List 58, most wanted first: a fixed price, a recommended one, a publisher's own; incl. VAT before excl. */
const priceTypeRank = new Map([['04', 0], ['02', 1], ['42', 2], ['03', 3], ['01', 4], ['41', 5]]);
const pricesIncludingVat = new Set(['02', '04', '42']);
const fixedPrices = new Set(['03', '04']);
/** List 59: no qualifier, unqualified or consumer price before member, promotional, library … prices. */
const plainQualifiers = new Set([null, '00', '05']);
const taxRateCodes = new Set<string>(['Z', 'R', 'S']);

function priceOf(onix: OnixProduct, store: CatalogueStore, today: string): Checked<ListPrice | null> {
  const candidates = suppliesFor(onix, store.country).flatMap((supply) =>
    supply.prices
      .filter((price) => price.currency === store.currency && price.amount !== null && price.type !== null && priceTypeRank.has(price.type))
      .map((price) => ({ price, fit: territoryFit(price.territory ?? supply.market, store.country), period: periodState(price, today) }))
      // A price for another territory, or one whose period is over, is no price here.
      .filter(({ fit, period }) => fit > 0 && period !== 'over'),
  );
  if (candidates.length === 0) return { ok: true, value: null };
  const rank = ({ price, fit, period }: (typeof candidates)[number]) => [
    period === 'current' ? 0 : 1,
    priceTypeRank.get(price.type!)!,
    -fit,
    plainQualifiers.has(price.qualifier) ? 0 : 1,
  ];
  const best = candidates.reduce((a, b) => (compareRanks(rank(b), rank(a)) < 0 ? b : a)).price;
  const amount = decimalToMinorUnits(best.amount!);
  if (!amount.ok) return { ok: false, reason: `the ${store.currency} price "${best.amount}" ${amount.reason}` };
  const fixed = fixedPrices.has(best.type!);
  const until = fixed ? dateOfRole(best.dates, '15') : null;
  const taxRateCode = best.taxes.map((t) => t.rateCode).find((code) => code !== null && taxRateCodes.has(code)) ?? null;
  return {
    ok: true,
    value: {
      amountMinor: amount.value,
      currency: store.currency,
      includesVat: pricesIncludingVat.has(best.type!),
      fixed,
      taxRateCode: taxRateCode as TaxRateCode | null,
      fixedPriceUntil: until === null ? null : lastDay(until),
    },
  };
}

/** PriceDate 14 (from) and 15 (until, the last day it holds) against the store's today. */
function periodState(price: OnixPrice, today: string): 'current' | 'future' | 'over' {
  const from = dateOfRole(price.dates, '14');
  const until = dateOfRole(price.dates, '15');
  if (until !== null && lastDay(until) < today) return 'over';
  if (from !== null && firstDay(from) > today) return 'future';
  return 'current';
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** List 65 availability; without one, list 64 publishing status; without either, orderable. */
function availabilityOf(onix: OnixProduct, country: string, releaseDate: string | null): Availability {
  const supply = suppliesFor(onix, country)[0];
  const code = supply?.productAvailability ?? null;
  const onHand = supply?.onHand ?? null;
  const forthcoming = (): Availability => ({
    status: 'forthcoming',
    stockQuantity: null,
    availableFrom: (supply && (dateOfRole(supply.supplyDates, '08') ?? dateOfRole(supply.supplyDates, '02'))) ?? releaseDate,
  });
  const plain = (status: Availability['status']): Availability => ({ status, stockQuantity: null, availableFrom: null });
  const inStock = (): Availability => ({ status: 'in_stock', stockQuantity: onHand === null ? null : Math.max(0, onHand), availableFrom: null });

  if (code === '21') return inStock();
  if (code === '20' && onHand !== null && onHand > 0) return inStock();
  if (code === '09' || code === '10' || code === '11' || code === '12') return forthcoming();
  if (code === '01' || (code !== null && code >= '40' && code <= '52')) return plain('out_of_print');
  // Available to order, yet not published: what a pre-order looks like.
  if (onix.publishingStatus === '02' && (code === null || code === '20' || code === '22' || code === '23')) return forthcoming();
  if (code === null && onix.publishingStatus !== null && outOfPrintStatuses.has(onix.publishingStatus)) return plain('out_of_print');
  return plain('orderable');
}

/** List 64: cancelled, out of print, withdrawn, recalled. */
const outOfPrintStatuses = new Set(['01', '07', '11', '12', '15', '17']);
