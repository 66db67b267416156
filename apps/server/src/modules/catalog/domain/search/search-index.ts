import { parseIsbn } from '../isbn.ts';
import { audiences, availabilityStatuses, genres, productForms } from '../product.ts';
import { ComboLanguageCounts } from './combo-language-counts.ts';
import { DocLists } from './doc-lists.ts';
import {
  comboOf,
  deadCombo,
  FacetCounter,
  facetIds,
  yearSlotCount,
  yearSlotOf,
} from './facet-counter.ts';
import type { FacetFlags, FacetId, GlobalCounts, RawFacetCounts } from './facet-counter.ts';
import { joinApostrophes, suggestionText, wordsOf } from './fold-text.ts';
import { grownTo } from './grow-array.ts';
import { field, noTitlePosition } from './match-weights.ts';
import { buildQueryWord } from './query-words.ts';
import type { BuiltQueryWord } from './query-words.ts';
import { ResultCache } from './result-cache.ts';
import type { FacetCount, SearchDoc, SearchFacets, SearchFilters, SearchQuery, SearchResult, Suggestion } from './search-types.ts';
import { compareSortText, suggestionKeysOfWords, titleSortKeyOfWords } from './sort-keys.ts';
import { StemCache } from './stem-cache.ts';
import { stemFlags, stemFlagsOf } from './stem-word.ts';
import { SuggestIndex } from './suggest-index.ts';
import { TermMatcher } from './term-matcher.ts';
import { rankNewestByYear, rankPositions, scoreOf } from './rank-hits.ts';
import type { RankColumns } from './rank-hits.ts';
import { TopK } from './top-k.ts';
import { ValueDictionary } from './value-dictionary.ts';
import { termsCount, termsStart, Vocabulary } from './vocabulary.ts';

export type SearchIndexOptions = {
  /** Results kept per index revision for repeated queries; 0 turns the cache off. Default 256. */
  resultCacheSize?: number;
  /**
   * Removed and replaced documents leave their postings behind until compaction, which
   * runs by itself when they exceed this share of all documents. Default 0.25.
   */
  compactAt?: number;
};

/** Series listed in the series facet. */
const seriesFacetSize = 20;
/** The deepest page we rank to: beyond it nobody reads, and the heap would grow without bound. */
const maxRankedHits = 10_000;
/** Query words beyond this many are ignored (a pasted paragraph is not a search). */
const maxQueryWords = 12;
/** Below this many documents, garbage is never worth a compaction. */
const minGarbageToCompact = 1024;

/** Equal ranks: the later upsert first. */
const newerFirst = (a: number, b: number): number => a - b;

/** The largest date key a year can have (see `dateKeyOf`). */
function latestDateKeyOf(year: number): number {
  return year < 1701 || year > 2400 ? 0 : (year - 1700) * 372 + 11 * 31 + 31;
}

/** The number written by the digits of `text` in [start, end), or NaN. */
function digitsAt(text: string, start: number, end: number): number {
  if (text.length < end) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The year of a YYYY-MM-DD date, or null. */
function yearOf(date: string | null): number | null {
  const year = date === null ? NaN : digitsAt(date, 0, 4);
  return Number.isNaN(year) ? null : year;
}

/** A release date (YYYY, YYYY-MM or YYYY-MM-DD) as an integer that orders like the date; 0 = none. Below 2^18. */
function dateKeyOf(date: string | null): number {
  const year = yearOf(date);
  if (year === null || year < 1701 || year > 2400) return 0;
  const month = digitsAt(date!, 5, 7) || 1;
  const day = digitsAt(date!, 8, 10) || 1;
  return (year - 1700) * 372 + (month - 1) * 31 + day;
}

const formIds = new Map(productForms.map((value, id) => [value, id]));
const audienceIds = new Map(audiences.map((value, id) => [value, id]));
const genreIds = new Map(genres.map((value, id) => [value, id]));
const availabilityIds = new Map(availabilityStatuses.map((value, id) => [value, id]));

/**
 * The catalogue search index (issue 3, ADR 8): one in-memory, single-threaded index per
 * server process, fed by `upsert` and `remove`, answering `search` and `suggest`.
 *
 * Documents get dense internal ids in order of arrival. An update removes the old id
 * and indexes the product under a new one, so posting lists stay sorted by appending
 * and a changed product is never found by its old words; the old postings are garbage
 * until `compact` renumbers the live documents.
 */
export class SearchIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly stems = new StemCache();
  private readonly matcher: TermMatcher;
  private readonly counter = new FacetCounter();
  private readonly topK = new TopK();
  private readonly suggestions: SuggestIndex;
  private cache: ResultCache;
  private readonly compactAt: number;

  /** Internal ids handed out so far (live and removed). */
  private docCount = 0;
  private liveCount = 0;
  private revision = 0;
  private readonly docByKey = new Map<string, number>();
  /** By the ISBN as a number: 13 digits fit a double exactly, and number keys cost no strings. */
  private readonly docByIsbn = new Map<number, number>();
  private keys: string[] = [];
  private titles: string[] = [];
  // Per-document columns, by internal id.
  private combo = new Uint16Array(1024);
  private language = new Uint16Array(1024);
  private series = new Uint32Array(1024);
  private dateKey = new Uint32Array(1024);
  private titleKey = new Float64Array(1024);
  private titleLength = new Uint8Array(1024);
  private isbn = new Float64Array(1024);

  private readonly languages = new ValueDictionary();
  private readonly languageByCode = new Map<string, number>();
  /** Series by folded name; the display name is the first one seen. */
  private readonly seriesIds = new ValueDictionary();
  private readonly seriesNames: string[] = [''];
  /** Series ids by the name as written, sparing the folding of names seen before. */
  private readonly seriesByName = new Map<string, number>();
  private readonly yearSlots = new Map<number, number>();
  private readonly slotYears: number[] = [0];
  /** Documents per facet value, for browsing by filter (index = FacetId). */
  private readonly facetLists: DocLists[] = Array.from({ length: 7 }, () => new DocLists());
  private readonly global: GlobalCounts = {
    combo: new Uint32Array(0x10000),
    language: new Uint32Array(16),
    series: new Uint32Array(16),
    comboLanguage: new ComboLanguageCounts(0x10000),
  };
  private browseAllFacets: { revision: number; facets: RawFacetCounts } | null = null;
  private identityDocs = new Uint32Array(0);
  /** The browse's driving lists, copied into one array for the scan. */
  private browseDomain = new Uint32Array(1024);

  // Scratch for indexing one document: its terms and their field masks and title positions.
  // Marked by a serial rather than the document id, since compaction reuses ids.
  private indexSerial = 0;
  private termMark = new Int32Array(1024).fill(-1);
  private termMeta = new Uint32Array(1024);
  /** The document's distinct terms, `docTermCount` of them (a typed array: resetting a JS array's length frees its storage). */
  private docTerms = new Int32Array(256);
  private docTermCount = 0;

  constructor(options: SearchIndexOptions = {}) {
    this.cache = new ResultCache(options.resultCacheSize ?? 256);
    this.compactAt = options.compactAt ?? 0.25;
    this.matcher = new TermMatcher(this.vocabulary.postings);
    this.suggestions = new SuggestIndex({
      titleOf: (doc) => this.titles[doc]!,
      dateKeyOf: (doc) => (doc < this.docCount && this.combo[doc] !== deadCombo ? this.dateKey[doc]! : -1),
      documentCount: () => this.docCount,
    });
  }

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** Adds a product or replaces the one with the same key. */
  upsert(doc: SearchDoc): void {
    const existing = this.docByKey.get(doc.key);
    if (existing !== undefined) this.removeDoc(existing);
    const id = this.docCount++;
    this.ensureDocCapacity(this.docCount);
    this.liveCount++;
    this.revision++;
    this.docByKey.set(doc.key, id);
    const isbn = Number(doc.isbn);
    if (Number.isSafeInteger(isbn)) this.docByIsbn.set(isbn, id);
    this.keys[id] = doc.key;
    this.isbn[id] = Number.isSafeInteger(isbn) ? isbn : -1;
    this.titles[id] = doc.title;
    const titleWords = wordsOf(doc.title);
    this.titleLength[id] = Math.min(titleWords.length, 255);
    this.indexText(id, doc, titleWords);

    const year = yearOf(doc.releaseDate);
    const yearSlot = year === null ? 0 : this.yearSlotOf(year);
    const comboValue = comboOf(formIds.get(doc.form) ?? 5, audienceIds.get(doc.audience) ?? 0, genreIds.get(doc.genre) ?? 0, availabilityIds.get(doc.availability) ?? 0, yearSlot);
    const languageId = doc.language === null ? 0 : this.languageIdOf(doc.language);
    let seriesId = 0;
    if (doc.series !== null) seriesId = this.seriesIdOf(doc.series);
    this.combo[id] = comboValue;
    this.language[id] = languageId;
    this.series[id] = seriesId;
    this.dateKey[id] = dateKeyOf(doc.releaseDate);
    this.titleKey[id] = titleSortKeyOfWords(titleWords);

    if (this.global.language.length < this.languages.size) this.global.language = grownTo(this.global.language, this.languages.size);
    if (this.global.series.length < this.seriesIds.size) this.global.series = grownTo(this.global.series, this.seriesIds.size);
    this.global.combo[comboValue]!++;
    this.global.language[languageId]!++;
    this.global.series[seriesId]!++;
    this.global.comboLanguage.change(comboValue, languageId, 1);
    this.addToFacetLists(id);
    this.suggestions.add(id, suggestionKeysOfWords(titleWords), doc.contributors, doc.series, this.dateKey[id]!);
    if (existing !== undefined) this.compactIfWorthIt();
  }

  /** Removes a product; unknown keys are ignored. */
  remove(key: string): void {
    const id = this.docByKey.get(key);
    if (id === undefined) return;
    this.removeDoc(id);
    this.docByKey.delete(key);
    this.revision++;
    this.compactIfWorthIt();
  }

  search(query: SearchQuery): SearchResult {
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.min(Math.floor(query.limit), maxRankedHits - offset));
    const cacheKey = JSON.stringify([query.text.trim(), normalizedFilters(query.filters), query.sort, offset, limit]);
    const cached = this.cache.get(cacheKey, this.revision);
    if (cached !== undefined) return cached;
    const result = this.run(query, offset, limit);
    this.cache.set(cacheKey, this.revision, result);
    return result;
  }

  /** Titles, contributors and series starting with what was typed, best first. */
  suggest(prefix: string, limit: number): Suggestion[] {
    return this.suggestions.suggest(prefix, Math.min(Math.max(0, Math.floor(limit)), 50)).map((suggestion) =>
      suggestion.doc === undefined ? { kind: suggestion.kind, text: suggestion.text } : { kind: suggestion.kind, text: suggestion.text, key: this.keys[suggestion.doc]! },
    );
  }

  /** Replaces the result cache by one of this size (0 turns it off), e.g. to measure without it. */
  useResultCache(capacity: number): void {
    this.cache = new ResultCache(capacity);
  }

  /**
   * Builds what is otherwise built on first use (typo and suggestion tables) and gives
   * back spare capacity: call after a bulk load, before serving.
   */
  prepare(): void {
    this.vocabulary.postings.flush();
    this.vocabulary.typos.prepare();
    this.suggestions.prepare();
  }

  /** Drops removed documents' postings and renumbers the live ones densely. */
  compact(): void {
    const newIdOf = new Int32Array(this.docCount).fill(-1);
    let next = 0;
    for (let id = 0; id < this.docCount; id++) {
      if (this.combo[id] === deadCombo) continue;
      newIdOf[id] = next;
      if (next !== id) {
        this.combo[next] = this.combo[id]!;
        this.language[next] = this.language[id]!;
        this.series[next] = this.series[id]!;
        this.dateKey[next] = this.dateKey[id]!;
        this.titleKey[next] = this.titleKey[id]!;
        this.titleLength[next] = this.titleLength[id]!;
        this.keys[next] = this.keys[id]!;
        this.isbn[next] = this.isbn[id]!;
        this.titles[next] = this.titles[id]!;
      }
      next++;
    }
    this.keys.length = next;
    this.titles.length = next;
    this.docCount = next;
    for (const [key, id] of this.docByKey) this.docByKey.set(key, newIdOf[id]!);
    for (const [isbn, id] of this.docByIsbn) {
      const to = newIdOf[id]!;
      if (to < 0) this.docByIsbn.delete(isbn);
      else this.docByIsbn.set(isbn, to);
    }
    this.vocabulary.postings.compact(newIdOf);
    for (const lists of this.facetLists) lists.compact(newIdOf);
    this.suggestions.renumber(newIdOf, next);
    this.revision++;
  }

  /** Figures for the benchmark and for operations. */
  stats(): { documents: number; removedDocuments: number; terms: number; postings: number; postingBytes: number; typoEntries: number; suggestionKeys: number } {
    return {
      documents: this.liveCount,
      removedDocuments: this.docCount - this.liveCount,
      terms: this.vocabulary.postings.termCount,
      postings: this.vocabulary.postings.postingCount,
      postingBytes: this.vocabulary.postings.capacityBytes,
      typoEntries: this.vocabulary.typos.entryCount,
      suggestionKeys: this.suggestions.keyCount,
    };
  }

  // ── Indexing ────────────────────────────────────────────────────────────────

  private indexText(id: number, doc: SearchDoc, titleWords: readonly string[]): void {
    this.docTermCount = 0;
    this.indexSerial = (this.indexSerial + 1) | 0;
    const languages = stemFlagsOf(doc.language);
    const { vocabulary } = this;
    // Title words one by one, for their positions; other fields as whole texts, which repeat.
    for (let i = 0; i < titleWords.length; i++) this.markWord(titleWords[i]!, field.title, Math.min(i, noTitlePosition - 1), languages);
    if (doc.subtitle !== null) for (const word of wordsOf(doc.subtitle)) this.markWord(word, field.subtitle, noTitlePosition, languages);
    for (const name of doc.contributors) this.markText(name, field.contributor, languages);
    if (doc.series !== null) this.markText(doc.series, field.series, languages);
    if (doc.publisher !== null) this.markText(doc.publisher, field.publisher, languages);
    for (const keyword of doc.keywords) this.markText(keyword, field.subject, languages);
    for (const code of doc.themaCodes) this.markText(code, field.subject, languages);
    const { postings } = vocabulary;
    const { docTerms, termMeta } = this;
    for (let i = 0; i < this.docTermCount; i++) {
      const term = docTerms[i]!;
      postings.add(term, id, termMeta[term]!);
    }
  }

  /** A word's terms: itself (an apostrophe word also by its parts), its ASCII spelling, its stems. */
  private markWord(word: string, fieldBit: number, position: number, languages: number): void {
    if (word.includes("'")) {
      this.markText(word, fieldBit, languages, position);
      return;
    }
    const { vocabulary } = this;
    const term = vocabulary.wordTerm(word);
    this.mark(term, fieldBit, position);
    const fallback = vocabulary.fallbackOf(term);
    if (fallback >= 0) this.mark(fallback, fieldBit, position);
    if ((languages & stemFlags.norwegian) !== 0) {
      const stem = vocabulary.stemTerm('norwegian', term);
      if (stem >= 0) this.mark(stem, fieldBit, position);
    }
    if ((languages & stemFlags.dutch) !== 0) {
      const stem = vocabulary.stemTerm('dutch', term);
      if (stem >= 0) this.mark(stem, fieldBit, position);
    }
  }

  private markText(text: string, fieldBit: number, languages: number, position = noTitlePosition): void {
    const packed = this.vocabulary.termsOfText(text, languages);
    const terms = this.vocabulary.textTerms;
    const end = termsStart(packed) + termsCount(packed);
    for (let i = termsStart(packed); i < end; i++) this.mark(terms[i]!, fieldBit, position);
  }

  /** Notes that the document holds the term in a field, keeping the first title position. */
  private mark(term: number, fieldBit: number, position: number): void {
    if (term >= this.termMark.length) {
      this.termMark = grownTo(this.termMark, term + 1, -1);
      this.termMeta = grownTo(this.termMeta, term + 1);
    }
    if (this.termMark[term] !== this.indexSerial) {
      this.termMark[term] = this.indexSerial;
      this.termMeta[term] = fieldBit | (position << 8);
      if (this.docTermCount === this.docTerms.length) this.docTerms = grownTo(this.docTerms, this.docTermCount + 1);
      this.docTerms[this.docTermCount++] = term;
      return;
    }
    const meta = this.termMeta[term]!;
    this.termMeta[term] = ((meta | fieldBit) & 0xff) | (Math.min(meta >>> 8, position) << 8);
  }

  private addToFacetLists(id: number): void {
    const value = this.combo[id]!;
    const small = Math.floor(value / yearSlotCount);
    const lists = this.facetLists;
    lists[facetIds.form]!.add(Math.floor(small / 16), id);
    lists[facetIds.audience]!.add(Math.floor(small / 8) % 2, id);
    lists[facetIds.genre]!.add(Math.floor(small / 4) % 2, id);
    lists[facetIds.availability]!.add(small % 4, id);
    lists[facetIds.year]!.add(yearSlotOf(value), id);
    lists[facetIds.language]!.add(this.language[id]!, id);
    lists[facetIds.series]!.add(this.series[id]!, id);
  }

  private removeDoc(id: number): void {
    const value = this.combo[id]!;
    if (value === deadCombo) return;
    this.global.combo[value]!--;
    this.global.language[this.language[id]!]!--;
    this.global.series[this.series[id]!]!--;
    this.global.comboLanguage.change(value, this.language[id]!, -1);
    this.combo[id] = deadCombo;
    this.liveCount--;
    const isbn = this.isbn[id]!;
    if (this.docByIsbn.get(isbn) === id) this.docByIsbn.delete(isbn);
    this.suggestions.remove(id);
  }

  private compactIfWorthIt(): void {
    const garbage = this.docCount - this.liveCount;
    if (garbage >= minGarbageToCompact && garbage > this.docCount * this.compactAt) this.compact();
  }

  /** Language codes as written → ids, sparing the lower-casing of codes seen before. */
  private languageIdOf(code: string): number {
    let id = this.languageByCode.get(code);
    if (id === undefined) {
      id = this.languages.intern(code.toLowerCase());
      this.languageByCode.set(code, id);
    }
    return id;
  }

  /** The series id of a name as written, 0 for an empty one; names that fold alike share an id. */
  private seriesIdOf(name: string): number {
    let id = this.seriesByName.get(name);
    if (id === undefined) {
      const folded = suggestionText(name);
      id = folded === '' ? 0 : this.seriesIds.intern(folded);
      if (id === this.seriesNames.length) this.seriesNames.push(name.trim());
      if (this.seriesByName.size >= 500_000) this.seriesByName.clear();
      this.seriesByName.set(name, id);
    }
    return id;
  }

  private yearSlotOf(year: number): number {
    let slot = this.yearSlots.get(year);
    if (slot === undefined) {
      // Beyond 511 distinct years, further ones count as "no year" rather than break the combo.
      if (this.slotYears.length >= yearSlotCount) return 0;
      slot = this.slotYears.length;
      this.yearSlots.set(year, slot);
      this.slotYears.push(year);
    }
    return slot;
  }

  private ensureDocCapacity(documents: number): void {
    if (this.combo.length < documents) {
      this.combo = grownTo(this.combo, documents);
      this.language = grownTo(this.language, documents);
      this.series = grownTo(this.series, documents);
      this.dateKey = grownTo(this.dateKey, documents);
      this.titleKey = grownTo(this.titleKey, documents);
      this.titleLength = grownTo(this.titleLength, documents);
      this.isbn = grownTo(this.isbn, documents);
    }
  }

  // ── Searching ───────────────────────────────────────────────────────────────

  private run(query: SearchQuery, offset: number, limit: number): SearchResult {
    this.vocabulary.postings.flush();
    this.matcher.ensureCapacity(this.docCount);
    this.counter.ensureCapacity(this.docCount, this.languages.size, this.seriesIds.size);
    const flags = this.flagsOf(query.filters);
    const selectedSeries = seriesIdsOf(query.filters.series, this.seriesIds);
    this.counter.begin(flags, { combo: this.combo, language: this.language, series: this.series }, this.slotYears.length);
    const text = query.text.trim();

    const isbnDoc = this.isbnDocOf(text);
    if (isbnDoc !== undefined) {
      const domain = Uint32Array.of(isbnDoc);
      this.counter.scan(domain, 1);
      const raw = this.counter.finish(this.global, null, this.languages.size, this.seriesIds.size, seriesFacetSize, selectedSeries);
      return this.result(query, raw, offset, limit, null, true, domain);
    }

    const words = [...new Set(wordsOf(text).map(joinApostrophes))].slice(0, maxQueryWords);
    if (words.length > 0) {
      let built = words.map((word, index) => buildQueryWord(this.vocabulary, this.stems, word, index, false));
      this.matcher.match(built);
      if (this.matcher.count === 0 && built.some((word) => word.typoEligible && !word.typoExpanded)) {
        // Each word is found, but not together: one of them may be a real word misspelt.
        built = words.map((word, index) => buildQueryWord(this.vocabulary, this.stems, word, index, true));
        this.matcher.match(built);
      }
      this.counter.scan(this.matcher.candidates, this.matcher.count);
      const raw = this.counter.finish(this.global, null, this.languages.size, this.seriesIds.size, seriesFacetSize, selectedSeries);
      return this.result(query, raw, offset, limit, built, false, this.matcher.candidates);
    }

    return this.browse(query, flags, selectedSeries, offset, limit);
  }

  /**
   * Without text: the filters alone. With no filter, the counts are the catalogue's
   * (kept current on every change). With filters, only the smallest selected list is
   * scanned: for the hits and their series, the other counts coming from the (combo,
   * language) table; or, with a series filter, for all counts, plus the second smallest
   * list for the counts of the first facet's other values.
   */
  private browse(query: SearchQuery, flags: FacetFlags, selectedSeries: readonly number[], offset: number, limit: number): SearchResult {
    const active: { facet: FacetId; values: number[]; size: number }[] = [];
    flags.forEach((selected, facet) => {
      if (selected === null) return;
      const values: number[] = [];
      let size = 0;
      for (let value = 0; value < selected.length; value++) {
        if (selected[value] !== 1) continue;
        values.push(value);
        size += this.facetLists[facet]!.length(value);
      }
      active.push({ facet: facet as FacetId, values, size });
    });
    if (active.length === 0) {
      if (this.browseAllFacets?.revision !== this.revision) {
        this.browseAllFacets = { revision: this.revision, facets: this.counter.finishFromGlobal(this.global, this.languages.size, this.seriesIds.size, seriesFacetSize) };
      }
      return this.result(query, this.browseAllFacets.facets, offset, limit, null, false, null);
    }
    active.sort((a, b) => a.size - b.size);
    const [smallest, second] = active;
    const lists = this.facetLists[smallest!.facet]!;
    this.browseDomain = grownTo(this.browseDomain, smallest!.size);
    let domainSize = 0;
    for (const value of smallest!.values) {
      this.browseDomain.set(lists.list(value).subarray(0, lists.length(value)), domainSize);
      domainSize += lists.length(value);
    }
    if (flags[facetIds.series] === null) {
      // Counts from the (combo, language) table; only the hits and their series are visited.
      this.counter.scanHits(this.browseDomain, domainSize);
      const { counts } = this.counter.finishFromTable(this.global.comboLanguage, this.languages.size, this.seriesIds.size, seriesFacetSize);
      return this.result(query, counts, offset, limit, null, false, this.browseDomain);
    }
    this.counter.scan(this.browseDomain, domainSize);
    if (second !== undefined) {
      for (const value of second.values) {
        this.counter.scanFailing(this.facetLists[second.facet]!.list(value), this.facetLists[second.facet]!.length(value), smallest!.facet);
      }
    }
    const raw = this.counter.finish(this.global, second === undefined ? smallest!.facet : null, this.languages.size, this.seriesIds.size, seriesFacetSize, selectedSeries);
    return this.result(query, raw, offset, limit, null, false, this.browseDomain);
  }

  /**
   * Ranks the hits the counter collected from `domain` (or, for a browse of everything,
   * the whole catalogue) and assembles the result.
   */
  private result(
    query: SearchQuery,
    raw: RawFacetCounts,
    offset: number,
    limit: number,
    words: readonly BuiltQueryWord[] | null,
    isbnMatch: boolean,
    domain: Uint32Array | null,
  ): SearchResult {
    const wordCount = words?.length ?? 0;
    const sort = query.sort;
    const topK = this.topK;
    const columns = this.rankColumns();
    let total: number;
    // The top-k holds positions in `docs`; equal ranks go to the later upsert (higher id).
    let docs: Uint32Array;
    if (domain === null && sort !== 'title') {
      docs = this.identity();
      total = this.liveCount;
      topK.reset(offset + limit, newerFirst);
      rankNewestByYear(topK, this.yearsNewestFirst(), (doc) => this.combo[doc] !== deadCombo, this.dateKey, latestDateKeyOf);
    } else {
      docs = domain ?? this.liveDocs();
      const positions = domain === null ? this.identity() : this.counter.hits;
      total = domain === null ? this.liveCount : this.counter.hitCount;
      topK.reset(offset + limit, sort === 'title' ? this.titleTieBreak(docs) : (a, b) => docs[a]! - docs[b]!);
      rankPositions(topK, docs, positions, total, columns, sort, wordCount);
    }
    const ranked = topK.drain().docs;
    const hits = ranked.slice(offset).map((position) => ({ key: this.keys[docs[position]!]!, score: scoreOf(columns, position, docs[position]!, wordCount) }));
    const corrections = words === null || ranked.length === 0 ? [] : this.correctionsFor(words, docs[ranked[0]!]!);
    return { total, hits, facets: this.facetsOf(raw, query.filters), corrections, isbnMatch };
  }

  /** 0, 1, 2 … up to the number of documents: positions that are documents. */
  private identity(): Uint32Array {
    if (this.identityDocs.length < this.docCount) {
      this.identityDocs = new Uint32Array(Math.max(1024, this.docCount * 2));
      for (let i = 0; i < this.identityDocs.length; i++) this.identityDocs[i] = i;
    }
    return this.identityDocs;
  }

  private rankColumns(): RankColumns {
    return { score: this.matcher.score, phraseOffset: this.matcher.phraseOffset, dateKey: this.dateKey, titleKey: this.titleKey, titleLength: this.titleLength };
  }

  /** Equal title keys (the same first nine letters): the whole folded titles decide, then the later upsert. */
  private titleTieBreak(docs: Uint32Array): (a: number, b: number) => number {
    const texts = new Map<number, string>();
    const textOf = (doc: number): string => {
      let text = texts.get(doc);
      if (text === undefined) {
        text = wordsOf(this.titles[doc]!).map(joinApostrophes).join(' ');
        texts.set(doc, text);
      }
      return text;
    };
    return (a, b) => compareSortText(textOf(docs[b]!), 0, textOf(docs[a]!), 0) || docs[a]! - docs[b]!;
  }

  private yearsNewestFirst(): { year: number; docs: Uint32Array; count: number }[] {
    const lists = this.facetLists[facetIds.year]!;
    return this.slotYears
      .map((year, slot) => ({ year: slot === 0 ? 0 : year, docs: lists.list(slot), count: lists.length(slot) }))
      .sort((a, b) => b.year - a.year);
  }

  /** Every live document, for the rare browse of everything by title. */
  private liveDocs(): Uint32Array {
    const docs = new Uint32Array(this.liveCount);
    let count = 0;
    for (let doc = 0; doc < this.docCount; doc++) if (this.combo[doc] !== deadCombo) docs[count++] = doc;
    return docs;
  }

  /** The words the best hit matched only by a near spelling, with that spelling. */
  private correctionsFor(words: readonly BuiltQueryWord[], best: number): { from: string; to: string }[] {
    const { postings } = this.vocabulary;
    const corrections: { from: string; to: string }[] = [];
    for (const word of words) {
      if (!word.typoExpanded || word.variants.length === word.ownVariants) continue;
      const own = word.variants.slice(0, word.ownVariants);
      if (own.some((variant) => postings.contains(variant.term, best))) continue;
      const near = word.variants.slice(word.ownVariants).find((variant) => postings.contains(variant.term, best));
      if (near !== undefined) corrections.push({ from: word.word, to: postings.texts[near.term]! });
    }
    return corrections;
  }

  private isbnDocOf(text: string): number | undefined {
    // Cheap pre-check: an ISBN is digits, hyphens, spaces and perhaps an X and a label.
    if (!/^(?:isbn(?:-1[03])?:?)?[\d\s\u2010-\u2015-]{9,}[\dxX]?$/i.test(text)) return undefined;
    const parsed = parseIsbn(text);
    return parsed.ok ? this.docByIsbn.get(Number(parsed.value)) : undefined;
  }

  private flagsOf(filters: SearchFilters): FacetFlags {
    const flagsFor = <V>(values: readonly V[] | undefined, size: number, idOf: (value: V) => number | undefined): Uint8Array | null => {
      if (values === undefined || values.length === 0) return null;
      const flags = new Uint8Array(Math.max(size, 1));
      for (const value of values) {
        const id = idOf(value);
        if (id !== undefined && id < size) flags[id] = 1;
      }
      return flags;
    };
    return [
      flagsFor(filters.form, productForms.length, (value) => formIds.get(value)),
      flagsFor(filters.audience, audiences.length, (value) => audienceIds.get(value)),
      flagsFor(filters.genre, genres.length, (value) => genreIds.get(value)),
      flagsFor(filters.availability, availabilityStatuses.length, (value) => availabilityIds.get(value)),
      flagsFor(filters.year, yearSlotCount, (value) => this.yearSlots.get(value)),
      flagsFor(filters.language, this.languages.size, (value) => this.languages.idOf(value.toLowerCase())),
      flagsFor(filters.series, this.seriesIds.size, (value) => this.seriesIds.idOf(suggestionText(value))),
    ];
  }

  private facetsOf(raw: RawFacetCounts, filters: SearchFilters): SearchFacets {
    const fixed = <V>(values: readonly V[], counts: Uint32Array, selected: readonly V[] | undefined): FacetCount<V>[] =>
      values.flatMap((value, id) => (counts[id]! > 0 || selected?.includes(value) ? [{ value, count: counts[id]! }] : []));
    const language: FacetCount<string>[] = [];
    for (let id = 1; id < raw.language.length; id++) {
      if (raw.language[id]! > 0) language.push({ value: this.languages.values[id]!, count: raw.language[id]! });
    }
    for (const value of filters.language ?? []) {
      if (!language.some((entry) => entry.value === value.toLowerCase())) language.push({ value: value.toLowerCase(), count: 0 });
    }
    language.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    const year: FacetCount<number>[] = [];
    for (let slot = 1; slot < this.slotYears.length; slot++) {
      if (raw.combo[facetIds.year]![slot]! > 0) year.push({ value: this.slotYears[slot]!, count: raw.combo[facetIds.year]![slot]! });
    }
    for (const value of filters.year ?? []) if (!year.some((entry) => entry.value === value)) year.push({ value, count: 0 });
    year.sort((a, b) => b.value - a.value);
    const series = raw.series.map(([id, count]) => ({ value: this.seriesNames[id]!, count }));
    for (const value of filters.series ?? []) {
      if (this.seriesIds.idOf(suggestionText(value)) === undefined) series.push({ value, count: 0 });
    }
    return {
      form: fixed(productForms, raw.combo[facetIds.form]!, filters.form),
      language,
      audience: fixed(audiences, raw.combo[facetIds.audience]!, filters.audience),
      genre: fixed(genres, raw.combo[facetIds.genre]!, filters.genre),
      year,
      availability: fixed(availabilityStatuses, raw.combo[facetIds.availability]!, filters.availability),
      series,
    };
  }
}

function seriesIdsOf(names: readonly string[] | undefined, ids: ValueDictionary): number[] {
  const found: number[] = [];
  for (const name of names ?? []) {
    const id = ids.idOf(suggestionText(name));
    if (id !== undefined && !found.includes(id)) found.push(id);
  }
  return found;
}

/** Filters in a canonical form for the cache key: sorted values, empty lists left out. */
function normalizedFilters(filters: SearchFilters): [string, (string | number)[]][] {
  return Object.entries(filters)
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([name, values]) => [name, [...(values as (string | number)[])].sort()] as [string, (string | number)[]])
    .sort(([a], [b]) => a.localeCompare(b));
}
