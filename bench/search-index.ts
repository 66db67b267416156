/**
 * `node bench/search-index.ts [--docs 1000000] [--queries 400] [--seed 1]`
 *
 * The catalogue search index alone, in process (no HTTP, no database): builds it from N
 * synthetic titles (upserts in pages of 20,000 as the server loads, then `prepare`),
 * then times each query type one query at a time with the result cache off, a mix in
 * which popular queries repeat with the cache off and on, and 10,000 updates one by one.
 * Prints JSON: build rate (wall and CPU time: the machine may be shared, see
 * loadAverage), memory, and p50/p95/p99 in milliseconds per query type.
 *
 * The synthetic catalogue: Norwegian- and Dutch-looking words drawn with a Zipf
 * distribution from ~30,000, ~50,000 contributor names, ~20,000 series, 6 forms, years
 * 1950–2026. Targets (issue 3, over HTTP with 32 clients on 2 cores: search p95 ≤ 30 ms,
 * suggestions ≤ 15 ms) leave this single-threaded index about 1–2 ms for a typical query,
 * ≤ 5 ms for broad ones and browsing, ≤ 1 ms for a suggestion; build ≥ 100,000 titles/s.
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { SearchIndex } from '../apps/server/src/modules/catalog/domain/search/index.ts';
import type { SearchDoc, SearchFilters, SearchQuery } from '../apps/server/src/modules/catalog/domain/search/index.ts';
import { isbn10CheckDigit, isbn13CheckDigit } from '../apps/server/src/modules/catalog/domain/isbn.ts';
import type { AvailabilityStatus, ProductForm } from '../apps/server/src/modules/catalog/domain/product.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
  },
});
const docCount = Number(values.docs);
const queriesPerType = Number(values.queries);
const seed = Number(values.seed);
const log = (message: string) => process.stderr.write(`[bench:search-index] ${message}\n`);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

// ── A seeded generator ───────────────────────────────────────────────────────

/** mulberry32: small, fast, good enough to draw a catalogue. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number): (rnd: () => number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return (rnd) => {
    const u = rnd();
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cdf[middle]! < u) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

function weighted<T>(rnd: () => number, items: readonly (readonly [T, number])[]): T {
  let u = rnd();
  for (const [item, weight] of items) if ((u -= weight) < 0) return item;
  return items[items.length - 1]![0];
}

const norwegianOnsets = ['b', 'bj', 'bl', 'br', 'd', 'dr', 'f', 'fj', 'fl', 'fr', 'g', 'gl', 'gr', 'h', 'hj', 'j', 'k', 'kj', 'kl', 'kn', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'sj', 'sk', 'skj', 'sl', 'sm', 'sn', 'sp', 'st', 'str', 'sv', 't', 'tr', 'v'];
const norwegianVowels = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'ei', 'au', 'øy'];
const norwegianCodas = ['', 'g', 'k', 'l', 'll', 'm', 'n', 'nd', 'ng', 'nn', 'r', 'rd', 'rk', 's', 'st', 't', 'tt'];
const norwegianEndings = ['', '', '', 'en', 'ene', 'er', 'et', 'a', 'ing', 'inger', 'sk', 'ske', 'het', 'lig', 'ene'];
const dutchOnsets = ['b', 'bl', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'sch', 'schr', 'sl', 'sp', 'st', 't', 'tr', 'v', 'w', 'z', 'zw'];
const dutchVowels = ['a', 'aa', 'e', 'ee', 'i', 'ie', 'o', 'oo', 'oe', 'u', 'uu', 'ij', 'ui', 'eu', 'ou'];
const dutchCodas = ['', 'k', 'l', 'm', 'n', 'nd', 'ng', 'r', 'rd', 's', 't', 'ch', 'cht'];
const dutchEndings = ['', '', '', 'en', 'er', 'heid', 'ing', 'lijk', 'je', 'jes', 'eren', 'te'];

function makeWord(rnd: () => number, dutch: boolean): string {
  const [onsets, vowels, codas, endings] = dutch ? [dutchOnsets, dutchVowels, dutchCodas, dutchEndings] : [norwegianOnsets, norwegianVowels, norwegianCodas, norwegianEndings];
  let word = '';
  const syllables = 1 + Math.floor(rnd() * 2.2);
  for (let i = 0; i < syllables; i++) word += pick(rnd, onsets) + pick(rnd, vowels) + pick(rnd, codas);
  return word + pick(rnd, endings);
}

function distinctWords(rnd: () => number, count: number, make: () => string): string[] {
  const words = new Set<string>();
  while (words.size < count) words.add(make());
  return [...words];
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const generatorRandom = random(seed);
const vocabulary = distinctWords(generatorRandom, 30_000, () => makeWord(generatorRandom, generatorRandom() < 0.45));
// Short function words are the most frequent, as in real titles.
vocabulary.unshift('og', 'i', 'en', 'de', 'het', 'van', 'om', 'til', 'på', 'een', 'der', 'met', 'for', 'et');
const firstNames = distinctWords(generatorRandom, 3_000, () => capitalize(makeWord(generatorRandom, generatorRandom() < 0.4)));
const surnames = distinctWords(generatorRandom, 12_000, () => capitalize(makeWord(generatorRandom, generatorRandom() < 0.4)) + pick(generatorRandom, ['', '', 'sen', 'son', 'stad', 'dal', 'berg', 'man', 'sma', 'ema']));
const contributors = distinctWords(generatorRandom, 50_000, () => `${pick(generatorRandom, firstNames)} ${pick(generatorRandom, surnames)}`);
const wordRank = zipf(vocabulary.length, 1.0);
const seriesNames = distinctWords(generatorRandom, 20_000, () => capitalize([0, 1, 2].slice(0, 1 + Math.floor(generatorRandom() * 3)).map(() => vocabulary[200 + wordRank(generatorRandom)]!).join(' ')));
const publishers = distinctWords(generatorRandom, 600, () => `${capitalize(makeWord(generatorRandom, generatorRandom() < 0.4))} ${pick(generatorRandom, ['Forlag', 'forlag', 'Uitgeverij', 'Boeken', 'Press', 'Bokklubb'])}`);
const themaCodes = Array.from({ length: 300 }, (_, i) => `${pick(generatorRandom, ['F', 'Y', 'D', 'N', 'J', 'W', 'A'])}${'ABCDFGHJKLMNPQRSTUVWX'[i % 21]}${i % 3 === 0 ? '' : 'ABCDEFGH'[i % 8]}`);
const contributorRank = zipf(contributors.length, 0.9);
const seriesRank = zipf(seriesNames.length, 0.9);
const publisherRank = zipf(publishers.length, 1.1);

const forms: readonly (readonly [ProductForm, number])[] = [['book', 0.55], ['ebook', 0.2], ['audiobook', 0.15], ['video', 0.04], ['game', 0.03], ['other', 0.03]];
const languageWeights: readonly (readonly [string, number])[] = [['nob', 0.45], ['nno', 0.08], ['dut', 0.25], ['eng', 0.12], ['swe', 0.04], ['dan', 0.03], ['ger', 0.02], ['fre', 0.01]];
const availabilities: readonly (readonly [AvailabilityStatus, number])[] = [['in_stock', 0.4], ['orderable', 0.45], ['forthcoming', 0.05], ['out_of_print', 0.1]];

const wordsOf = (rnd: () => number, min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => vocabulary[wordRank(rnd)]!);

function isbnOf(i: number): string {
  const first12 = `97882${String(i).padStart(7, '0')}`;
  return first12 + isbn13CheckDigit(first12);
}

/** Document i, the same every time it is asked for (`version` changes it for updates). */
function makeDoc(i: number, version = 0): SearchDoc {
  const rnd = random(seed * 1_000_003 + i * 7 + version);
  const year = 1950 + Math.floor(76 * Math.sqrt(rnd())) + (rnd() < 0.02 ? 1 : 0);
  const inSeries = rnd() < 0.3;
  return {
    key: `doc-${i}`,
    isbn: isbnOf(i),
    title: capitalize(wordsOf(rnd, 1, 6).join(' ')),
    subtitle: rnd() < 0.4 ? wordsOf(rnd, 2, 5).join(' ') : null,
    contributors: Array.from({ length: rnd() < 0.8 ? 1 : 2 }, () => contributors[contributorRank(rnd)]!),
    series: inSeries ? seriesNames[seriesRank(rnd)]! : null,
    seriesNumber: inSeries ? String(1 + Math.floor(rnd() * 12)) : null,
    publisher: publishers[publisherRank(rnd)]!,
    keywords: wordsOf(rnd, 0, 3),
    themaCodes: [pick(rnd, themaCodes), ...(rnd() < 0.5 ? [pick(rnd, themaCodes)] : [])],
    language: weighted(rnd, languageWeights),
    form: weighted(rnd, forms),
    audience: rnd() < 0.7 ? 'adult' : 'youth',
    genre: rnd() < 0.6 ? 'fiction' : 'nonfiction',
    releaseDate: `${Math.min(year, 2026)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    availability: weighted(rnd, availabilities),
  };
}

// ── Build ────────────────────────────────────────────────────────────────────

/** CPU time of this process (all threads) since `start`: steadier than wall time on a shared machine. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function memory(): { heapMB: number; arrayBuffersMB: number; rssMB: number } {
  gc();
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return { heapMB: mb(usage.heapUsed), arrayBuffersMB: mb(usage.arrayBuffers), rssMB: mb(usage.rss) };
}

const baseline = memory();
const index = new SearchIndex({ resultCacheSize: 0 });
log(`building ${docCount} documents`);
let generateMs = 0;
let upsertMs = 0;
let upsertCpuMs = 0;
// In pages of 20,000, as the server loads the catalogue; generation is timed apart.
for (let start = 0; start < docCount; start += 20_000) {
  const t0 = performance.now();
  const page = Array.from({ length: Math.min(20_000, docCount - start) }, (_, i) => makeDoc(start + i));
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of page) index.upsert(doc);
  upsertCpuMs += cpuMsSince(cpu);
  upsertMs += performance.now() - t1;
  generateMs += t1 - t0;
}
const prepareStart = performance.now();
const prepareCpu = process.cpuUsage();
index.prepare();
const prepareMs = performance.now() - prepareStart;
const prepareCpuMs = cpuMsSince(prepareCpu);
const afterBuild = memory();
log(`built: upserts ${Math.round(upsertMs)} ms, prepare ${Math.round(prepareMs)} ms`);

// ── Queries ──────────────────────────────────────────────────────────────────

const queryRandom = random(seed + 99);
const docWords = (doc: SearchDoc) => doc.title.toLowerCase().split(' ');
const randomDoc = () => makeDoc(Math.floor(queryRandom() * docCount));

/** Words by the share of documents they match, found by asking the index. */
function wordsMatching(minShare: number, maxShare: number, count: number): string[] {
  const found: string[] = [];
  for (const word of vocabulary.slice(0, 400)) {
    if (found.length >= count) break;
    const total = index.search({ text: word, filters: {}, sort: 'relevance', offset: 0, limit: 0 }).total;
    if (total >= minShare * docCount && total <= maxShare * docCount) found.push(word);
  }
  return found;
}
const broadWords = wordsMatching(0.05, 0.2, 12);
log(`broad words (5–20 % of documents): ${broadWords.join(', ')}`);

function misspell(word: string): string {
  const at = 1 + Math.floor(queryRandom() * (word.length - 2));
  return queryRandom() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

const query = (text: string, filters: SearchFilters = {}, more: Partial<SearchQuery> = {}): SearchQuery => ({ text, filters, sort: 'relevance', offset: 0, limit: 20, ...more });
const middleWord = () => vocabulary[100 + Math.floor(queryRandom() * 5000)]!;
const longTitleWord = () => {
  for (;;) {
    const word = pick(queryRandom, docWords(randomDoc()));
    if (word.length >= 6 && !/[æøå]/.test(word)) return word;
  }
};

type QueryType = { name: string; make: () => SearchQuery };
const searchTypes: QueryType[] = [
  { name: 'two title words', make: () => { const words = docWords(randomDoc()); return query(words.slice(0, 2).join(' ')); } },
  { name: 'contributor name', make: () => query(contributors[contributorRank(queryRandom)]!) },
  { name: 'one middle word', make: () => query(middleWord()) },
  { name: 'two middle words', make: () => query(`${middleWord()} ${middleWord()}`) },
  { name: 'typo', make: () => query(misspell(longTitleWord())) },
  { name: 'isbn-10 hyphenated', make: () => { const body = isbnOf(Math.floor(queryRandom() * docCount)).slice(3, 12); const isbn10 = body + isbn10CheckDigit(body); return query(`${isbn10.slice(0, 2)}-${isbn10.slice(2, 4)}-${isbn10.slice(4, 9)}-${isbn10[9]}`); } },
  { name: 'broad word (5-20 %)', make: () => query(pick(queryRandom, broadWords)) },
  { name: 'broad word + filters', make: () => query(pick(queryRandom, broadWords), { form: ['book', 'ebook'], language: ['nob', 'nno'] }) },
  { name: 'broad word, sort title', make: () => query(pick(queryRandom, broadWords), {}, { sort: 'title' }) },
  { name: 'broad word, page 10', make: () => query(pick(queryRandom, broadWords), {}, { offset: 180 }) },
  { name: 'browse, no filter', make: () => query('', {}, { sort: 'newest' }) },
  { name: 'browse, one filter', make: () => query('', pick(queryRandom, [{ form: ['ebook'] }, { language: ['dut'] }, { year: [2024] }, { genre: ['fiction'] }] as SearchFilters[]), { sort: 'newest' }) },
  { name: 'browse, several filters', make: () => query('', { form: ['book'], language: ['nob', 'nno'], audience: ['youth'], availability: ['in_stock', 'orderable'] }, { sort: 'newest' }) },
  { name: 'browse, series', make: () => query('', { series: [seriesNames[seriesRank(queryRandom)]!] }, { sort: 'newest' }) },
];

const suggestTypes: { name: string; make: () => string }[] = [
  { name: 'suggest 1-2 letters', make: () => pick(queryRandom, vocabulary.slice(0, 3000)).slice(0, 1 + Math.floor(queryRandom() * 2)) },
  { name: 'suggest word prefix', make: () => { const word = longTitleWord(); return word.slice(0, 3 + Math.floor(queryRandom() * 3)); } },
  { name: 'suggest title words', make: () => { const words = docWords(randomDoc()); return words.length < 2 ? words[0]! : `${words[0]} ${words[1]!.slice(0, 2)}`; } },
  { name: 'suggest contributor', make: () => contributors[contributorRank(queryRandom)]!.slice(0, 7) },
];

function percentiles(times: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 1000) / 1000;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

function timeSearches(target: SearchIndex, types: QueryType[], count: number): Record<string, ReturnType<typeof percentiles> & { meanTotal: number }> {
  const results: Record<string, ReturnType<typeof percentiles> & { meanTotal: number }> = {};
  for (const type of types) {
    const queries = Array.from({ length: count }, type.make);
    for (const q of queries.slice(0, 50)) target.search(q); // warm-up
    const times: number[] = [];
    let totals = 0;
    for (const q of queries) {
      const t0 = performance.now();
      const result = target.search(q);
      times.push(performance.now() - t0);
      totals += result.total;
    }
    results[type.name] = { ...percentiles(times), meanTotal: Math.round(totals / count) };
  }
  return results;
}

function timeSuggestions(target: SearchIndex, count: number): Record<string, ReturnType<typeof percentiles>> {
  const results: Record<string, ReturnType<typeof percentiles>> = {};
  for (const type of suggestTypes) {
    const prefixes = Array.from({ length: count }, type.make);
    for (const prefix of prefixes.slice(0, 50)) target.suggest(prefix, 8);
    const times: number[] = [];
    for (const prefix of prefixes) {
      const t0 = performance.now();
      target.suggest(prefix, 8);
      times.push(performance.now() - t0);
    }
    results[type.name] = percentiles(times);
  }
  return results;
}

log('timing searches without the result cache');
const uncached = timeSearches(index, searchTypes, queriesPerType);
const suggestions = timeSuggestions(index, queriesPerType);

/** A mix in which popular queries repeat (Zipf over 2,000 distinct queries), as real traffic does. */
function timeMix(mix: readonly SearchQuery[]): ReturnType<typeof percentiles> {
  const times: number[] = [];
  for (const q of mix) {
    const t0 = performance.now();
    index.search(q);
    times.push(performance.now() - t0);
  }
  return percentiles(times);
}
const pool = Array.from({ length: 2000 }, () => pick(queryRandom, searchTypes).make());
const popularity = zipf(pool.length, 1.0);
const mix = Array.from({ length: queriesPerType * 10 }, () => pool[popularity(queryRandom)]!);
const repeatShare = Math.round((1 - new Set(mix).size / mix.length) * 100) / 100;
log('timing a repeating mix without and with the result cache');
const withoutCacheMix = timeMix(mix);
index.useResultCache(256);
const withCacheMix = timeMix(mix);
index.useResultCache(0);

// ── Updates ──────────────────────────────────────────────────────────────────

log('10,000 updates one by one');
const updateCount = Math.min(10_000, docCount);
const updateTimes: number[] = [];
const updateStart = performance.now();
for (let u = 0; u < updateCount; u++) {
  const doc = makeDoc(Math.floor(queryRandom() * docCount), 1 + u);
  const t0 = performance.now();
  index.upsert(doc);
  updateTimes.push(performance.now() - t0);
}
const updatesMs = performance.now() - updateStart;
const afterUpdates = timeSearches(index, searchTypes.filter((type) => ['two title words', 'broad word (5-20 %)', 'browse, one filter'].includes(type.name)), queriesPerType);
const suggestAfterUpdates = timeSuggestions(index, queriesPerType);
const compactStart = performance.now();
index.compact();
const compactMs = performance.now() - compactStart;

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'search-index',
      docs: docCount,
      node: process.version,
      loadAverage: (await import('node:os')).loadavg().map((load) => Math.round(load * 10) / 10),
      build: {
        docsPerSecond: Math.round(docCount / (upsertMs / 1000)),
        docsPerSecondWithPrepare: Math.round(docCount / ((upsertMs + prepareMs) / 1000)),
        upsertMs: Math.round(upsertMs),
        prepareMs: Math.round(prepareMs),
        upsertCpuMs: Math.round(upsertCpuMs),
        prepareCpuMs: Math.round(prepareCpuMs),
        docsPerCpuSecond: Math.round(docCount / ((upsertCpuMs + prepareCpuMs) / 1000)),
        generateMs: Math.round(generateMs),
      },
      memory: {
        indexHeapMB: afterBuild.heapMB - baseline.heapMB,
        indexArrayBuffersMB: afterBuild.arrayBuffersMB - baseline.arrayBuffersMB,
        rssMB: afterBuild.rssMB,
      },
      stats: index.stats(),
      searchMs: uncached,
      suggestMs: suggestions,
      mixedMs: { queries: mix.length, repeatShare, withoutCache: withoutCacheMix, withCache: withCacheMix },
      updates: { count: updateCount, totalMs: Math.round(updatesMs), perUpdate: percentiles(updateTimes), compactMs: Math.round(compactMs) },
      afterUpdatesMs: { ...afterUpdates, ...suggestAfterUpdates },
    },
    null,
    1,
  )}\n`,
);
