import type { ComboLanguageCounts } from './combo-language-counts.ts';
import { grownTo } from './grow-array.ts';

/**
 * Disjunctive facet counts in one pass over the matching documents: a document that
 * passes every filter counts for every facet and is a hit; one that fails exactly one
 * facet's filter counts for that facet only (what the user would get by changing that
 * facet); one that fails two counts nowhere.
 *
 * Form, audience, genre, availability and year are packed into one 16-bit "combo" per
 * document: the scan counts combos (one increment instead of five), and the five
 * facets' counts are summed from the combo counts afterwards, where the same rule
 * applies between them. Language and series are counted directly. The scan is
 * branch-free (pass flags are and-ed into the increments): with filters passing about
 * half the documents, mispredicted branches made it twice as slow.
 */

const formCount = 6;
const audienceCount = 2;
const genreCount = 2;
const availabilityCount = 4;
/** Year slots per combo; slot 0 = no release date. Enough for five centuries of distinct years. */
export const yearSlotCount = 512;
const smallComboCount = formCount * audienceCount * genreCount * availabilityCount;
/** The combo of a removed document: passes no filter, counted nowhere. */
export const deadCombo = 0xffff;
const comboSpace = 0x10000;

/**
 * Year slot first, so that the combos in use are the first (year slots in use) × 96:
 * the loops over combos and the (combo, language) table stay as small as the data.
 */
export function comboOf(form: number, audience: number, genre: number, availability: number, yearSlot: number): number {
  return yearSlot * smallComboCount + ((form * audienceCount + audience) * genreCount + genre) * availabilityCount + availability;
}

/** The year slot of a combo. */
export function yearSlotOf(combo: number): number {
  return Math.floor(combo / smallComboCount);
}

/** Form, audience, genre and availability ids of a combo (a shared array: do not change). */
export function comboValuesOf(combo: number): readonly number[] {
  return smallComboValues[combo % smallComboCount]!;
}

/** Facets: the five combo facets first, then language and series. */
export const facetIds = { form: 0, audience: 1, genre: 2, availability: 3, year: 4, language: 5, series: 6 } as const;
export type FacetId = (typeof facetIds)[keyof typeof facetIds];
const comboFacetCount = 5;

/** Per facet (index = FacetId), a flag per value id (1 = selected), or null when the facet does not filter. */
export type FacetFlags = readonly (Uint8Array | null)[];

export type DocColumns = { combo: Uint16Array; language: Uint16Array; series: Uint32Array };

export type RawFacetCounts = {
  /** Index = FacetId for the combo facets; the year by slot. */
  combo: Uint32Array[];
  /** By language id. */
  language: Uint32Array;
  /** [series id, count], largest first, at most `seriesLimit`, then any selected ones not among them. */
  series: [number, number][];
};

/** The counts over every live document, kept up to date on each change. */
export type GlobalCounts = { combo: Uint32Array; language: Uint32Array; series: Uint32Array; comboLanguage: ComboLanguageCounts };

type ComboTables = { pass: Uint8Array; failure: Int8Array };

/** Decoded combo facets of each small combo (all but the year). */
const smallComboValues: readonly (readonly number[])[] = Array.from({ length: smallComboCount }, (_, small) => [
  Math.floor(small / (availabilityCount * genreCount * audienceCount)),
  Math.floor(small / (availabilityCount * genreCount)) % audienceCount,
  Math.floor(small / availabilityCount) % genreCount,
  small % availabilityCount,
]);

export class FacetCounter {
  /** Positions (in the array given to `scan`) of the documents that passed every filter, `hitCount` of them. */
  hits = new Uint32Array(1024);
  hitCount = 0;
  private comboCounts = new Uint32Array(comboSpace);
  private languageCounts = new Uint32Array(16);
  private seriesCounts = new Uint32Array(16);
  private allPass: Uint8Array = new Uint8Array(16).fill(1);
  private tables: ComboTables = comboTables([], 1);
  /** Tables per combo-filter signature: computing them costs more than a small query. */
  private readonly tableCache = new Map<string, ComboTables>();
  private languagePass: Uint8Array = this.allPass;
  private seriesPass: Uint8Array = this.allPass;
  private yearSlots = 1;
  private columns: DocColumns | null = null;
  /** What was scanned (documents, count, stride), to find the series touched without reading every series counter. */
  private scanned: [Uint32Array, number, number][] = [];

  ensureCapacity(documents: number, languages: number, series: number): void {
    this.hits = grownTo(this.hits, documents);
    this.languageCounts = grownTo(this.languageCounts, languages);
    this.seriesCounts = grownTo(this.seriesCounts, series);
    const flags = Math.max(languages, series);
    if (this.allPass.length < flags) this.allPass = grownTo(this.allPass, flags, 1);
  }

  /** `yearSlots`: how many year slots are in use, so loops over combos skip the rest. */
  begin(flags: FacetFlags, columns: DocColumns, yearSlots: number): void {
    this.columns = columns;
    this.yearSlots = yearSlots;
    this.hitCount = 0;
    this.scanned = [];
    this.languagePass = flags[facetIds.language] ?? this.allPass;
    this.seriesPass = flags[facetIds.series] ?? this.allPass;
    const comboFlags = flags.slice(0, comboFacetCount);
    const signature = `${yearSlots}:${comboFlags.map((f) => (f === null ? '*' : f.join(''))).join('|')}`;
    let tables = this.tableCache.get(signature);
    if (tables === undefined) {
      if (this.tableCache.size >= 32) this.tableCache.clear();
      tables = comboTables(comboFlags, yearSlots);
      this.tableCache.set(signature, tables);
    }
    this.tables = tables;
  }

  /**
   * Counts the documents and collects the hits among them, by position; once per query.
   * The document at position i is `docs[i * stride]` (2 for the matcher's pairs).
   */
  scan(docs: Uint32Array, count: number, stride = 1): void {
    const { combo, language, series } = this.columns!;
    const { comboCounts, languageCounts, seriesCounts, languagePass, seriesPass, hits } = this;
    const comboPass = this.tables.pass;
    let hitCount = this.hitCount;
    for (let i = 0; i < count; i++) {
      const doc = docs[i * stride]!;
      const c = combo[doc]!;
      const l = language[doc]!;
      const s = series[doc]!;
      const comboOk = comboPass[c]!;
      const languageOk = languagePass[l]!;
      const seriesOk = seriesPass[s]!;
      comboCounts[c]! += languageOk & seriesOk;
      languageCounts[l]! += comboOk & seriesOk;
      seriesCounts[s]! += comboOk & languageOk;
      hits[hitCount] = i;
      hitCount += comboOk & languageOk & seriesOk;
    }
    this.hitCount = hitCount;
    this.scanned.push([docs, count, stride]);
  }

  /**
   * Collects the hits among the documents and counts their series: for a browse without
   * a series filter, whose other counts come from `finishFromTable`.
   */
  scanHits(docs: Uint32Array, count: number): void {
    const { combo, language, series } = this.columns!;
    const { seriesCounts, languagePass, hits } = this;
    const comboPass = this.tables.pass;
    let hitCount = this.hitCount;
    for (let i = 0; i < count; i++) {
      const doc = docs[i]!;
      const pass = comboPass[combo[doc]!]! & languagePass[language[doc]!]!;
      seriesCounts[series[doc]!]! += pass;
      hits[hitCount] = i;
      hitCount += pass;
    }
    this.hitCount = hitCount;
    this.scanned.push([docs, count, 1]);
  }

  /**
   * Counts, for `facet` only, the documents that fail its filter and pass all others:
   * those a browse's driving list (all of which pass `facet`) left out.
   */
  scanFailing(docs: Uint32Array, count: number, facet: FacetId): void {
    const { combo, language, series } = this.columns!;
    const { comboCounts, languageCounts, seriesCounts, languagePass, seriesPass } = this;
    const { pass: comboPass, failure: comboFailure } = this.tables;
    if (facet === facetIds.language) {
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        const l = language[doc]!;
        languageCounts[l]! += (languagePass[l]! ^ 1) & comboPass[combo[doc]!]! & seriesPass[series[doc]!]!;
      }
    } else if (facet === facetIds.series) {
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        const s = series[doc]!;
        seriesCounts[s]! += (seriesPass[s]! ^ 1) & comboPass[combo[doc]!]! & languagePass[language[doc]!]!;
      }
      this.scanned.push([docs, count, 1]);
    } else {
      const failure = facet + 1;
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        const c = combo[doc]!;
        if (comboFailure[c] === failure) comboCounts[c]! += languagePass[language[doc]!]! & seriesPass[series[doc]!]!;
      }
    }
  }

  /**
   * The counts, clearing the counters for the next query. `fromGlobal` names the facet
   * whose counts are those of the whole catalogue: a browse that filters on that facet only.
   */
  finish(global: GlobalCounts, fromGlobal: FacetId | null, languageTotal: number, seriesTotal: number, seriesLimit: number, selectedSeries: readonly number[]): RawFacetCounts {
    const combo = emptyComboCounts();
    this.addComboCounts(this.comboCounts, combo, fromGlobal ?? -1);
    if (fromGlobal !== null && fromGlobal < comboFacetCount) this.addGlobalComboCounts(global.combo, combo, fromGlobal);
    this.comboCounts.fill(0, 0, smallComboCount * this.yearSlots);

    const language = fromGlobal === facetIds.language ? global.language.slice(0, languageTotal) : this.languageCounts.slice(0, languageTotal);
    this.languageCounts.fill(0, 0, languageTotal);

    const top = new TopCounts(seriesLimit);
    if (fromGlobal === facetIds.series) {
      for (let id = 1; id < seriesTotal; id++) top.offer(id, global.series[id]!);
      this.clearSeries(seriesTotal);
    } else {
      this.offerAndClearSeries(top, seriesTotal);
    }
    const result = top.entries();
    for (const id of selectedSeries) if (!result.some(([chosen]) => chosen === id)) result.push([id, 0]);
    return { combo, language, series: result };
  }

  /** The filters as pass flags by combo (a removed document's combo passes none) and by language, for a browse's walk. */
  get passFlags(): { combo: Uint8Array; language: Uint8Array } {
    return { combo: this.tables.pass, language: this.languagePass };
  }

  /**
   * A browse filtering on combo facets and languages only: their counts from the
   * (combo, language) table, the series given (from `SeriesCells`) or else from
   * `scanHits`. Also returns the total.
   */
  finishFromTable(table: ComboLanguageCounts, languageTotal: number, seriesTotal: number, seriesLimit: number, series: [number, number][] | null): { counts: RawFacetCounts; total: number } {
    const combo = emptyComboCounts();
    const language = new Uint32Array(languageTotal);
    const { failure } = this.tables;
    const { cells, width } = table;
    const rows = cells.length / width;
    const languagePass = this.languagePass;
    const languages = Math.min(width, languageTotal);
    let total = 0;
    for (let slot = 0; slot < this.yearSlots; slot++) {
      for (let small = 0; small < smallComboCount; small++) {
        const values = smallComboValues[small]!;
        const comboValue = slot * smallComboCount + small;
        const comboFailure = failure[comboValue]!;
        if (comboFailure < 0 || comboValue >= rows) continue;
        const row = comboValue * width;
        let passing = 0;
        for (let l = 0; l < languages; l++) {
          const count = cells[row + l]!;
          if (count === 0) continue;
          if (languagePass[l] === 1) passing += count;
          // Fails the language filter only, or passes everything: counts for the language.
          if (comboFailure === 0) language[l]! += count;
        }
        if (passing === 0) continue;
        if (comboFailure === 0) {
          total += passing;
          for (let facet = 0; facet < 4; facet++) combo[facet]![values[facet]!]! += passing;
          combo[facetIds.year]![slot]! += passing;
        } else {
          const facet = comboFailure - 1;
          combo[facet]![facet === facetIds.year ? slot : values[facet]!]! += passing;
        }
      }
    }
    if (series !== null) return { counts: { combo, language, series }, total };
    const top = new TopCounts(seriesLimit);
    this.offerAndClearSeries(top, seriesTotal);
    return { counts: { combo, language, series: top.entries() }, total };
  }

  /** The counts of the whole catalogue: a browse without filters, from the global counters. */
  finishFromGlobal(global: GlobalCounts, languageTotal: number, seriesTotal: number, seriesLimit: number): RawFacetCounts {
    const combo = emptyComboCounts();
    for (let facet = 0; facet < comboFacetCount; facet++) this.addGlobalComboCounts(global.combo, combo, facet as FacetId);
    const top = new TopCounts(seriesLimit);
    for (let id = 1; id < seriesTotal; id++) top.offer(id, global.series[id]!);
    return { combo, language: global.language.slice(0, languageTotal), series: top.entries() };
  }

  /**
   * Sums combo counts into the five combo facets by the disjunctive rule among them
   * (a combo failing one combo filter counts for that facet only), leaving out `skip`.
   */
  private addComboCounts(counts: Uint32Array, into: Uint32Array[], skip: number): void {
    const failures = this.tables.failure;
    for (let slot = 0; slot < this.yearSlots; slot++) {
      for (let small = 0; small < smallComboCount; small++) {
        const values = smallComboValues[small]!;
        const comboValue = slot * smallComboCount + small;
        const count = counts[comboValue]!;
        if (count === 0) continue;
        const failure = failures[comboValue]!;
        if (failure < 0) continue;
        if (failure === 0) {
          for (let facet = 0; facet < 4; facet++) if (facet !== skip) into[facet]![values[facet]!]! += count;
          if (skip !== facetIds.year) into[facetIds.year]![slot]! += count;
        } else if (failure - 1 !== skip) {
          const facet = failure - 1;
          into[facet]![facet === facetIds.year ? slot : values[facet]!]! += count;
        }
      }
    }
  }

  /** Adds one combo facet's counts over every document, no filter applying. */
  private addGlobalComboCounts(counts: Uint32Array, into: Uint32Array[], facet: FacetId): void {
    const target = into[facet]!;
    for (let slot = 0; slot < this.yearSlots; slot++) {
      for (let small = 0; small < smallComboCount; small++) {
        const count = counts[slot * smallComboCount + small]!;
        if (count !== 0) target[facet === facetIds.year ? slot : smallComboValues[small]![facet]!]! += count;
      }
    }
  }

  /** Offers the scanned documents' series counts to `top` and leaves the counters at zero. */
  private offerAndClearSeries(top: TopCounts, seriesTotal: number): void {
    const counts = this.seriesCounts;
    if (this.scannedCount() >= seriesTotal) {
      for (let id = 1; id < seriesTotal; id++) top.offer(id, counts[id]!);
      counts.fill(0, 0, seriesTotal);
      return;
    }
    // Fewer documents than series: read the counters of their series only, clearing each
    // as it is read, so that a series met twice is offered once.
    const series = this.columns!.series;
    for (const [docs, count, stride] of this.scanned) {
      for (let i = 0; i < count; i++) {
        const id = series[docs[i * stride]!]!;
        const value = counts[id]!;
        if (value === 0) continue;
        counts[id] = 0;
        if (id !== 0) top.offer(id, value);
      }
    }
  }

  private scannedCount(): number {
    let total = 0;
    for (const [, count] of this.scanned) total += count;
    return total;
  }

  private clearSeries(seriesTotal: number): void {
    if (this.scannedCount() >= seriesTotal) {
      this.seriesCounts.fill(0, 0, seriesTotal);
      return;
    }
    const series = this.columns!.series;
    for (const [docs, count, stride] of this.scanned) for (let i = 0; i < count; i++) this.seriesCounts[series[docs[i * stride]!]!] = 0;
  }
}

function emptyComboCounts(): Uint32Array[] {
  return [new Uint32Array(formCount), new Uint32Array(audienceCount), new Uint32Array(genreCount), new Uint32Array(availabilityCount), new Uint32Array(yearSlotCount)];
}

/** The largest counts offered, at most `limit`, largest first (ties: first offered first). */
class TopCounts {
  private readonly limit: number;
  private readonly top: [number, number][] = [];

  constructor(limit: number) {
    this.limit = limit;
  }

  offer(id: number, count: number): void {
    const top = this.top;
    if (count === 0 || (top.length === this.limit && count <= top[this.limit - 1]![1])) return;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < count) at--;
    top.splice(at, 0, [id, count]);
    if (top.length > this.limit) top.pop();
  }

  entries(): [number, number][] {
    return this.top;
  }
}

/**
 * Per combo: whether it passes every combo filter, and which single combo facet it
 * fails (facet + 1), 0 when it fails none, -1 when several.
 */
function comboTables(flags: FacetFlags, yearSlots: number): ComboTables {
  const pass = new Uint8Array(comboSpace);
  const failure = new Int8Array(comboSpace).fill(-1);
  const yearFlags = flags[facetIds.year] ?? null;
  for (let small = 0; small < smallComboCount; small++) {
    const values = smallComboValues[small]!;
    let failures = 0;
    let failed = -1;
    for (let facet = 0; facet < 4; facet++) {
      const selected = flags[facet] ?? null;
      if (selected !== null && selected[values[facet]!] !== 1) {
        failures++;
        failed = facet;
      }
    }
    for (let slot = 0; slot < yearSlots; slot++) {
      const yearFails = yearFlags !== null && yearFlags[slot] !== 1;
      const all = failures + (yearFails ? 1 : 0);
      const combo = slot * smallComboCount + small;
      pass[combo] = all === 0 ? 1 : 0;
      failure[combo] = all === 0 ? 0 : all === 1 ? (yearFails ? facetIds.year : failed) + 1 : -1;
    }
  }
  return { pass, failure };
}
