import { parseIsbn } from '../isbn.ts';
import { BrowseOrders } from './browse-orders.ts';
import { offerLists, offerRange, walkOrder } from './browse-ranking.ts';
import type { BrowseFilter, BrowseRank } from './browse-ranking.ts';
import { ComboLanguageCounts } from './combo-language-counts.ts';
import { DocLists } from './doc-lists.ts';
import { DocTermWriter } from './doc-term-writer.ts';
import { comboValuesOf, deadCombo, FacetCounter, facetIds, yearSlotOf } from './facet-counter.ts';
import type { FacetFlags, FacetId, GlobalCounts, RawFacetCounts } from './facet-counter.ts';
import { FacetValues, normalizedFilters } from './facet-values.ts';
import { joinApostrophes, wordsOf } from './fold-text.ts';
import { grownTo } from './grow-array.ts';
import { buildQueryWord } from './query-words.ts';
import type { BuiltQueryWord } from './query-words.ts';
import { docAt, rankNewestByYear, rankPositions, scoreOf } from './rank-hits.ts';
import type { RankColumns } from './rank-hits.ts';
import { dateKeyOf, latestDateKeyOf, yearOf } from './release-date.ts';
import { ResultCache } from './result-cache.ts';
import type { SearchDoc, SearchQuery, SearchResult, SearchSort, Suggestion } from './search-types.ts';
import { SeriesCells } from './series-cells.ts';
import { suggestionKeysOfWords, titleSortKeyOfWords } from './sort-keys.ts';
import { StemCache } from './stem-cache.ts';
import { hashNumber, hashString, KeyTable } from './key-table.ts';
import { SuggestIndex } from './suggest-index.ts';
import { TermMatcher } from './term-matcher.ts';
import { TopK } from './top-k.ts';
import { Vocabulary } from './vocabulary.ts';

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
/**
 * Documents added since the browse orders were built are sorted in by the next search
 * once they are this many and an eighth of the orders: until then each browse walk
 * visits them all.
 */
const minTailToAbsorb = 4096;
/**
 * A document a browse walk visits costs about this many documents of a filter list
 * scanned (the walk jumps about memory; the scan reads lists front to back).
 */
const walkCostFactor = 4;

/** Equal ranks: the later upsert first. */
const newerFirst = (a: number, b: number): number => a - b;

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
  private readonly termWriter = new DocTermWriter(this.vocabulary);
  private readonly stems = new StemCache();
  private readonly matcher: TermMatcher;
  private readonly counter = new FacetCounter();
  private readonly topK = new TopK();
  private readonly suggestions: SuggestIndex;
  private readonly orders: BrowseOrders;
  private readonly seriesCells = new SeriesCells();
  private cache: ResultCache;
  private readonly compactAt: number;

  /** Internal ids handed out so far (live and removed). */
  private docCount = 0;
  private liveCount = 0;
  private revision = 0;
  private readonly docByKey = new KeyTable((doc) => this.keys[doc], hashString);
  /** By ISBN as a number (13 digits fit a double exactly): a number column instead of a million strings. */
  private readonly docByIsbn = new KeyTable((doc) => this.isbn[doc], hashNumber);
  private keys: string[] = [];
  private titles: string[] = [];
  // Per-document columns, by internal id.
  private combo = new Uint16Array(1024);
  private language = new Uint16Array(1024);
  private series = new Uint32Array(1024);
  private dateKey = new Uint32Array(1024);
  private titleKey = new Float64Array(1024);
  private isbn = new Float64Array(1024);

  private readonly values = new FacetValues();
  /** Documents per facet value, for browsing by filter (index = FacetId). */
  private readonly facetLists: DocLists[] = Array.from({ length: 7 }, () => new DocLists());
  private readonly global: GlobalCounts = {
    combo: new Uint32Array(0x10000),
    language: new Uint32Array(16),
    series: new Uint32Array(16),
    comboLanguage: new ComboLanguageCounts(),
  };
  private browseAllFacets: { revision: number; facets: RawFacetCounts } | null = null;
  private identityDocs = new Uint32Array(0);
  /** The browse's driving lists, copied into one array for the scan. */
  private browseDomain = new Uint32Array(1024);

  constructor(options: SearchIndexOptions = {}) {
    this.cache = new ResultCache(options.resultCacheSize ?? 256);
    this.compactAt = options.compactAt ?? 0.25;
    this.matcher = new TermMatcher(this.vocabulary.postings);
    this.suggestions = new SuggestIndex({
      titleOf: (doc) => this.titles[doc]!,
      dateKeyOf: (doc) => (doc < this.docCount && this.combo[doc] !== deadCombo ? this.dateKey[doc]! : -1),
      documentCount: () => this.docCount,
    });
    this.orders = new BrowseOrders({
      titleKeys: () => this.titleKey,
      dateKeys: () => this.dateKey,
      live: (doc) => this.combo[doc] !== deadCombo,
      title: (doc) => this.titles[doc]!,
      titleText: (doc) => wordsOf(this.titles[doc]!).map(joinApostrophes).join(' '),
    });
  }

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** Adds a product or replaces the one with the same key. */
  upsert(doc: SearchDoc): void {
    const found = this.docByKey.get(doc.key);
    const existing = found >= 0 ? found : undefined;
    if (existing !== undefined) this.removeDoc(existing);
    const id = this.docCount++;
    this.ensureDocCapacity(this.docCount);
    this.liveCount++;
    this.revision++;
    this.keys[id] = doc.key;
    this.docByKey.set(doc.key, id);
    const isbn = Number(doc.isbn);
    this.isbn[id] = Number.isSafeInteger(isbn) ? isbn : -1;
    if (Number.isSafeInteger(isbn)) this.docByIsbn.set(isbn, id);
    this.titles[id] = doc.title;
    const titleWords = wordsOf(doc.title);
    this.termWriter.write(id, doc, titleWords);

    const { values } = this;
    const comboValue = values.comboOf(doc.form, doc.audience, doc.genre, doc.availability, yearOf(doc.releaseDate));
    const languageId = doc.language === null ? 0 : values.languageIdOf(doc.language);
    const seriesId = doc.series === null ? 0 : values.seriesIdOf(doc.series);
    this.combo[id] = comboValue;
    this.language[id] = languageId;
    this.series[id] = seriesId;
    this.dateKey[id] = dateKeyOf(doc.releaseDate);
    this.titleKey[id] = titleSortKeyOfWords(titleWords);

    if (this.global.language.length < this.values.languages.size) this.global.language = grownTo(this.global.language, this.values.languages.size);
    if (this.global.series.length < this.values.series.size) this.global.series = grownTo(this.global.series, this.values.series.size);
    this.global.combo[comboValue]!++;
    this.global.language[languageId]!++;
    this.global.series[seriesId]!++;
    this.global.comboLanguage.change(comboValue, languageId, 1);
    this.seriesCells.change(seriesId, comboValue, languageId, 1);
    this.addToFacetLists(id);
    this.suggestions.add(id, suggestionKeysOfWords(titleWords), doc.contributors, values.seriesOf(seriesId), this.dateKey[id]!);
    if (existing !== undefined) this.compactIfWorthIt();
  }

  /** Removes a product; unknown keys are ignored. */
  remove(key: string): void {
    const id = this.docByKey.get(key);
    if (id < 0) return;
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
   * Builds what is otherwise built on first use or later (typo and suggestion tables,
   * the browse orders) and gives back spare capacity: call after a bulk load, before
   * serving.
   */
  prepare(): void {
    this.vocabulary.postings.flush();
    this.vocabulary.typos.prepare();
    this.suggestions.prepare();
    this.orders.absorbTail(this.docCount);
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
        this.keys[next] = this.keys[id]!;
        this.isbn[next] = this.isbn[id]!;
        this.titles[next] = this.titles[id]!;
      }
      next++;
    }
    this.keys.length = next;
    this.titles.length = next;
    this.docCount = next;
    // Live documents in order; for an ISBN held twice, the later product wins, as before.
    const live = Array.from({ length: next }, (_, doc) => doc);
    this.docByKey.reset(live);
    this.docByIsbn.reset(live.filter((doc) => this.isbn[doc]! >= 0));
    this.vocabulary.postings.compact(newIdOf);
    for (const lists of this.facetLists) lists.compact(newIdOf);
    this.suggestions.renumber(newIdOf, next);
    this.orders.renumber(newIdOf);
    this.orders.absorbTail(next);
    this.revision++;
  }

  /** Figures for the benchmark and for operations. */
  stats(): { documents: number; removedDocuments: number; terms: number; postings: number; postingBytes: number; facetListBytes: number; typoEntries: number; suggestionKeys: number } {
    let facetListBytes = 0;
    for (const lists of this.facetLists) facetListBytes += lists.capacityBytes;
    return {
      documents: this.liveCount,
      removedDocuments: this.docCount - this.liveCount,
      terms: this.vocabulary.postings.termCount,
      postings: this.vocabulary.postings.postingCount,
      postingBytes: this.vocabulary.postings.capacityBytes,
      facetListBytes,
      typoEntries: this.vocabulary.typos.entryCount,
      suggestionKeys: this.suggestions.keyCount,
    };
  }

  // ── Indexing ────────────────────────────────────────────────────────────────

  private addToFacetLists(id: number): void {
    const value = this.combo[id]!;
    const values = comboValuesOf(value);
    const lists = this.facetLists;
    lists[facetIds.form]!.add(values[0]!, id);
    lists[facetIds.audience]!.add(values[1]!, id);
    lists[facetIds.genre]!.add(values[2]!, id);
    lists[facetIds.availability]!.add(values[3]!, id);
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
    this.seriesCells.change(this.series[id]!, value, this.language[id]!, -1);
    this.combo[id] = deadCombo;
    this.liveCount--;
    const isbn = this.isbn[id]!;
    if (isbn >= 0 && this.docByIsbn.get(isbn) === id) this.docByIsbn.delete(isbn);
    this.suggestions.remove(id);
  }

  private compactIfWorthIt(): void {
    const garbage = this.docCount - this.liveCount;
    if (garbage >= minGarbageToCompact && garbage > this.docCount * this.compactAt) this.compact();
  }

  private ensureDocCapacity(documents: number): void {
    if (this.combo.length < documents) {
      this.combo = grownTo(this.combo, documents);
      this.language = grownTo(this.language, documents);
      this.series = grownTo(this.series, documents);
      this.dateKey = grownTo(this.dateKey, documents);
      this.titleKey = grownTo(this.titleKey, documents);
      this.isbn = grownTo(this.isbn, documents);
    }
  }

  // ── Searching ───────────────────────────────────────────────────────────────

  private run(query: SearchQuery, offset: number, limit: number): SearchResult {
    this.vocabulary.postings.flush();
    this.matcher.ensureCapacity(this.docCount);
    this.counter.ensureCapacity(this.docCount, this.values.languages.size, this.values.series.size);
    const flags = this.values.flagsOf(query.filters);
    const selectedSeries = this.values.selectedSeries(query.filters);
    this.counter.begin(flags, { combo: this.combo, language: this.language, series: this.series }, this.values.slotYears.length);
    const tail = this.orders.tailLength(this.docCount);
    if (tail >= minTailToAbsorb && tail * 8 >= this.docCount) this.orders.absorbTail(this.docCount);
    const text = query.text.trim();

    const isbnDoc = this.isbnDocOf(text);
    if (isbnDoc !== undefined) {
      const domain = Uint32Array.of(isbnDoc);
      this.counter.scan(domain, 1);
      const raw = this.counter.finish(this.global, null, this.values.languages.size, this.values.series.size, seriesFacetSize, selectedSeries);
      return this.result(query, raw, offset, limit, null, true, domain, 1);
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
      this.counter.scan(this.matcher.pairs, this.matcher.count, 2);
      const raw = this.counter.finish(this.global, null, this.values.languages.size, this.values.series.size, seriesFacetSize, selectedSeries);
      return this.result(query, raw, offset, limit, built, false, this.matcher.pairs, 2);
    }

    return this.browse(query, flags, selectedSeries, offset, limit);
  }

  /**
   * Without text: the filters alone. With no filter, the counts are the catalogue's
   * (kept current on every change). Without a series filter, the counts come from the
   * (combo, language) table and the series cells, and the page from a walk of a browse
   * order or a scan of the smallest selected list (`rankBrowse`). With a series filter
   * (or a selected list shorter than the series, whose facet then lists series in the
   * order the scan meets them), the smallest selected list is scanned: for the hits and
   * their series, or, with a series filter, for all counts, plus the second smallest
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
        this.browseAllFacets = { revision: this.revision, facets: this.counter.finishFromGlobal(this.global, this.values.languages.size, this.values.series.size, seriesFacetSize) };
      }
      if (query.sort !== 'title') return this.result(query, this.browseAllFacets.facets, offset, limit, null, false, null, 1);
      const ranked = this.rankBrowse('title', offset + limit, this.liveCount, [], Infinity, null);
      return this.browseResult(query, this.browseAllFacets.facets, this.liveCount, offset, ranked);
    }
    active.sort((a, b) => a.size - b.size);
    const [smallest, second] = active;
    const lists = this.facetLists[smallest!.facet]!;
    const seriesTotal = this.values.series.size;
    if (flags[facetIds.series] === null && smallest!.size >= seriesTotal) {
      // No document is visited for the counts; the page takes a walk or a scan.
      const pass = this.counter.passFlags;
      const series = this.seriesCells.top(pass.combo, pass.language, seriesFacetSize);
      const { counts, total } = this.counter.finishFromTable(this.global.comboLanguage, this.values.languages.size, seriesTotal, seriesFacetSize, series);
      const selected = smallest!.values.map((value) => ({ docs: lists.list(value), count: lists.length(value) }));
      const ranked = this.rankBrowse(query.sort, offset + limit, total, selected, smallest!.size, flags[facetIds.year] ?? null);
      return this.browseResult(query, counts, total, offset, ranked);
    }
    this.browseDomain = grownTo(this.browseDomain, smallest!.size);
    let domainSize = 0;
    for (const value of smallest!.values) {
      this.browseDomain.set(lists.list(value).subarray(0, lists.length(value)), domainSize);
      domainSize += lists.length(value);
    }
    if (flags[facetIds.series] === null) {
      // Counts from the (combo, language) table; only the hits and their series are visited.
      this.counter.scanHits(this.browseDomain, domainSize);
      const { counts } = this.counter.finishFromTable(this.global.comboLanguage, this.values.languages.size, seriesTotal, seriesFacetSize, null);
      return this.result(query, counts, offset, limit, null, false, this.browseDomain, 1);
    }
    this.counter.scan(this.browseDomain, domainSize);
    if (second !== undefined) {
      for (const value of second.values) {
        this.counter.scanFailing(this.facetLists[second.facet]!.list(value), this.facetLists[second.facet]!.length(value), smallest!.facet);
      }
    }
    const raw = this.counter.finish(this.global, second === undefined ? smallest!.facet : null, this.values.languages.size, this.values.series.size, seriesFacetSize, selectedSeries);
    return this.result(query, raw, offset, limit, null, false, this.browseDomain, 1);
  }

  /**
   * The page of a browse without series filter, as documents: the first `need` passing
   * documents in the sort's order. Walks the browse order (and offers the tail beside
   * it) when the filters pass enough documents for the walk to end soon, judged by
   * `total` passing; else scans `lists`, the smallest selected filter's lists, holding
   * `listSize` documents. `yearFlags`: the year filter, where a walk by newest starts.
   */
  private rankBrowse(sort: SearchSort, need: number, total: number, lists: readonly { docs: Uint32Array; count: number }[], listSize: number, yearFlags: Uint8Array | null): number[] {
    const { topK, orders } = this;
    const byTitle = sort === 'title';
    const tieBreak = byTitle ? (a: number, b: number) => orders.compareTitles(b, a) : newerFirst;
    topK.reset(need, tieBreak);
    if (need === 0 || total === 0) return [];
    const pass = this.counter.passFlags;
    const filter: BrowseFilter = { combo: this.combo, language: this.language, comboPass: pass.combo, languagePass: pass.language };
    const rank: BrowseRank = { byTitle, titleKey: this.titleKey, dateKey: this.dateKey };
    const tail = orders.tailLength(this.docCount);
    // The walk visits about the page over the share of documents passing.
    const expectedVisits = tail + (need * this.liveCount) / total;
    const budget = (listSize - tail) / walkCostFactor;
    if (expectedVisits * walkCostFactor < listSize) {
      const order = byTitle ? orders.byTitle : orders.byNewest;
      const from = byTitle || yearFlags === null ? 0 : orders.newestFrom(this.latestDateKeyOf(yearFlags));
      offerRange(topK, orders.sortedCount, this.docCount, filter, rank);
      if (walkOrder(topK, order, from, need, budget, filter, rank)) return topK.drain().docs;
      topK.reset(need, tieBreak);
    }
    offerLists(topK, lists, filter, rank);
    return topK.drain().docs;
  }

  /** The latest release date key the selected years allow: where a walk by newest starts. */
  private latestDateKeyOf(yearFlags: Uint8Array): number {
    let latest = 0;
    const years = this.values.slotYears;
    for (let slot = 1; slot < years.length && slot < yearFlags.length; slot++) if (yearFlags[slot] === 1) latest = Math.max(latest, latestDateKeyOf(years[slot]!));
    return latest;
  }

  /** A browse's result from its ranked documents. */
  private browseResult(query: SearchQuery, raw: RawFacetCounts, total: number, offset: number, ranked: readonly number[]): SearchResult {
    const hits = ranked.slice(offset).map((doc) => ({ key: this.keys[doc]!, score: 0 }));
    return { total, hits, facets: this.values.facetsOf(raw, query.filters), corrections: [], isbnMatch: false };
  }

  /**
   * Ranks the hits the counter collected from `domain` (or, for a browse of everything
   * by newest, the whole catalogue) and assembles the result. `stride` 2: the domain is
   * the matcher's [document, code] pairs.
   */
  private result(
    query: SearchQuery,
    raw: RawFacetCounts,
    offset: number,
    limit: number,
    words: readonly BuiltQueryWord[] | null,
    isbnMatch: boolean,
    domain: Uint32Array | null,
    stride: 1 | 2,
  ): SearchResult {
    const sort = query.sort;
    const topK = this.topK;
    // The top-k holds positions in the domain; equal ranks go to the later upsert (higher id).
    const columns: RankColumns = {
      docs: domain ?? this.identity(),
      stride,
      codes: words === null ? null : this.matcher.codes,
      dateKey: this.dateKey,
      titleKey: this.titleKey,
    };
    let total: number;
    if (domain === null) {
      total = this.liveCount;
      topK.reset(offset + limit, newerFirst);
      rankNewestByYear(topK, this.yearsNewestFirst(), (doc) => this.combo[doc] !== deadCombo, this.dateKey, latestDateKeyOf);
    } else {
      total = this.counter.hitCount;
      topK.reset(offset + limit, this.tieBreakOf(sort, columns));
      rankPositions(topK, this.counter.hits, total, columns, sort);
    }
    const ranked = topK.drain().docs;
    const hits = ranked.slice(offset).map((position) => ({ key: this.keys[docAt(columns, position)]!, score: scoreOf(columns, position) }));
    const corrections = words === null || ranked.length === 0 ? [] : this.correctionsFor(words, docAt(columns, ranked[0]!));
    return { total, hits, facets: this.values.facetsOf(raw, query.filters), corrections, isbnMatch };
  }

  /** Equal ranks of positions: by title order, else the later upsert first. */
  private tieBreakOf(sort: SearchSort, columns: RankColumns): (a: number, b: number) => number {
    const { docs, stride } = columns;
    return sort === 'title' ? (a, b) => this.orders.compareTitles(docs[b * stride]!, docs[a * stride]!) : (a, b) => docs[a * stride]! - docs[b * stride]!;
  }

  /** 0, 1, 2 … up to the number of documents: positions that are documents. */
  private identity(): Uint32Array {
    if (this.identityDocs.length < this.docCount) {
      this.identityDocs = new Uint32Array(Math.max(1024, this.docCount * 2));
      for (let i = 0; i < this.identityDocs.length; i++) this.identityDocs[i] = i;
    }
    return this.identityDocs;
  }

  private yearsNewestFirst(): { year: number; docs: Uint32Array; count: number }[] {
    const lists = this.facetLists[facetIds.year]!;
    return this.values.slotYears
      .map((year, slot) => ({ year: slot === 0 ? 0 : year, docs: lists.list(slot), count: lists.length(slot) }))
      .sort((a, b) => b.year - a.year);
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
    if (!parsed.ok) return undefined;
    const doc = this.docByIsbn.get(Number(parsed.value));
    return doc >= 0 ? doc : undefined;
  }
}
