import { audiences, availabilityStatuses, genres, productForms } from '../product.ts';
import type { AvailabilityStatus, Audience, Genre, ProductForm } from '../product.ts';
import { comboOf, facetIds, yearSlotCount } from './facet-counter.ts';
import type { FacetFlags, RawFacetCounts } from './facet-counter.ts';
import { suggestionText } from './fold-text.ts';
import type { FacetCount, SearchFacets, SearchFilters } from './search-types.ts';
import { ValueDictionary } from './value-dictionary.ts';

const formIds = new Map(productForms.map((value, id) => [value, id]));
const audienceIds = new Map(audiences.map((value, id) => [value, id]));
const genreIds = new Map(genres.map((value, id) => [value, id]));
const availabilityIds = new Map(availabilityStatuses.map((value, id) => [value, id]));

/**
 * Facet values and their small integer ids, both ways: document values → ids for the
 * columns, filters → per-id flags, counts by id → the `SearchFacets` a result carries.
 * Languages are lower-cased codes; series are matched by folded name and shown as first
 * written; years get slots in order of first appearance.
 */
export class FacetValues {
  readonly languages = new ValueDictionary();
  private readonly languageByCode = new Map<string, number>();
  /** Series by folded name (`suggestionText`). */
  readonly series = new ValueDictionary();
  private readonly seriesNames: string[] = [''];
  /** Series ids by the name as written, sparing the folding of names seen before. */
  private readonly seriesByName = new Map<string, number>();
  private readonly yearSlots = new Map<number, number>();
  /** Year by slot; slot 0 = no year. */
  readonly slotYears: number[] = [0];

  /** The combo (see facet-counter.ts) of a document's form, audience, genre, availability and year. */
  comboOf(form: ProductForm, audience: Audience, genre: Genre, availability: AvailabilityStatus, year: number | null): number {
    return comboOf(formIds.get(form) ?? formIds.get('other')!, audienceIds.get(audience) ?? 0, genreIds.get(genre) ?? 0, availabilityIds.get(availability) ?? 0, year === null ? 0 : this.yearSlotOf(year));
  }

  /** A language code as written → its id, sparing the lower-casing of codes seen before. */
  languageIdOf(code: string): number {
    let id = this.languageByCode.get(code);
    if (id === undefined) {
      id = this.languages.intern(code.toLowerCase());
      this.languageByCode.set(code, id);
    }
    return id;
  }

  /** The series id of a name as written, 0 for an empty one; names that fold alike share an id. */
  seriesIdOf(name: string): number {
    let id = this.seriesByName.get(name);
    if (id === undefined) {
      const folded = suggestionText(name);
      id = folded === '' ? 0 : this.series.intern(folded);
      if (id === this.seriesNames.length) this.seriesNames.push(name.trim());
      if (this.seriesByName.size >= 500_000) this.seriesByName.clear();
      this.seriesByName.set(name, id);
    }
    return id;
  }

  /** The filters as per-id flags (null for a facet that does not filter). */
  flagsOf(filters: SearchFilters): FacetFlags {
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
      flagsFor(filters.series, this.series.size, (value) => this.series.idOf(suggestionText(value))),
    ];
  }

  /** A series' name as first written and its folded text (`suggestionText`). */
  seriesOf(id: number): { id: number; name: string; text: string } {
    return { id, name: this.seriesNames[id]!, text: this.series.values[id]! };
  }

  /** The ids of the selected series that exist. */
  selectedSeries(filters: SearchFilters): number[] {
    const found: number[] = [];
    for (const name of filters.series ?? []) {
      const id = this.series.idOf(suggestionText(name));
      if (id !== undefined && !found.includes(id)) found.push(id);
    }
    return found;
  }

  /**
   * Counts as the result shows them: values with a count, and selected values even
   * without one (so the user sees and can undo them). Fixed facets in their declared
   * order, languages by count, years newest first, series largest first.
   */
  facetsOf(raw: RawFacetCounts, filters: SearchFilters): SearchFacets {
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
    const years = raw.combo[facetIds.year]!;
    for (let slot = 1; slot < this.slotYears.length; slot++) {
      if (years[slot]! > 0) year.push({ value: this.slotYears[slot]!, count: years[slot]! });
    }
    for (const value of filters.year ?? []) if (!year.some((entry) => entry.value === value)) year.push({ value, count: 0 });
    year.sort((a, b) => b.value - a.value);
    const series = raw.series.map(([id, count]) => ({ value: this.seriesNames[id]!, count }));
    for (const value of filters.series ?? []) {
      if (this.series.idOf(suggestionText(value)) === undefined) series.push({ value, count: 0 });
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
}

/** Filters in a canonical form for a cache key: sorted values, empty lists left out. */
export function normalizedFilters(filters: SearchFilters): [string, (string | number)[]][] {
  return Object.entries(filters)
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([name, values]) => [name, [...(values as (string | number)[])].sort()] as [string, (string | number)[]])
    .sort(([a], [b]) => a.localeCompare(b));
}
