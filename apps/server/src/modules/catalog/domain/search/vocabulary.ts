import { apostropheParts, asciiFallback, hasDigit, joinApostrophes, wordsOf } from './fold-text.ts';
import { grownTo } from './grow-array.ts';
import { PostingStore } from './posting-store.ts';
import { stemFlags, stemWord } from './stem-word.ts';
import type { StemLanguage } from './stem-word.ts';
import { minTypoLength, TypoIndex } from './typo-index.ts';

/**
 * Stems live beside the words in the same dictionary under a one-character namespace,
 * per language, so that a Norwegian stem never matches a Dutch document's word.
 */
const stemNamespace: Record<StemLanguage, string> = { norwegian: '\u0001', dutch: '\u0002' };

export function stemTermText(language: StemLanguage, stem: string): string {
  return stemNamespace[language] + stem;
}

const unknown = -2;
const none = -1;
/** Per word term: its fallback spelling's term, its Norwegian and its Dutch stem term. */
const derivedStride = 3;
const fallbackSlot = 0;
const norwegianSlot = 1;
const dutchSlot = 2;
/** Field texts remembered per set of stemmers, and their terms in all, before that cache starts over. */
const textCacheSize = 300_000;
const maxTextTermData = 1 << 22;
const maxTermsPerText = 1023;

/** Where a text's terms start in `textTerms`, from `termsOfText`'s packed answer. */
export function termsStart(packed: number): number {
  return Math.floor(packed / (maxTermsPerText + 1));
}

/** How many terms a text has, from `termsOfText`'s packed answer. */
export function termsCount(packed: number): number {
  return packed % (maxTermsPerText + 1);
}

/**
 * The index's words and what derives from each: its ASCII fallback spelling and its
 * stem per language, worked out once per distinct word (Snowball costs ~2 µs a call)
 * and kept in one typed array; and the typo dictionary over the words.
 */
export class Vocabulary {
  readonly postings = new PostingStore();
  readonly typos = new TypoIndex((term) => this.postings.texts[term]!);
  private derived = new Int32Array(1024 * derivedStride).fill(unknown);
  /**
   * Terms of whole field texts, per set of stemmers (index = stem flags). Names,
   * series, publishers, keywords and subject codes repeat across the catalogue, and
   * reading words (folding, splitting, looking up, deriving) was most of the cost of
   * indexing: this reads each such text once.
   */
  private readonly textCaches = [0, 1, 2, 3].map(() => new Map<string, number>());
  /**
   * The cached texts' terms, back to back; a cache entry's value packs its start and
   * count, so a lookup touches no per-entry object.
   */
  private textTermData = new Int32Array(1 << 16);
  private textTermUsed = 0;
  private readonly scratch: number[] = [];

  /** The term of a folded word as it appears in a document, created if new. */
  wordTerm(word: string): number {
    const before = this.postings.termCount;
    const term = this.postings.intern(word);
    if (term === before) {
      this.derived = grownTo(this.derived, (term + 1) * derivedStride, unknown);
      if (word.length >= minTypoLength && !hasDigit(word)) this.typos.add(term);
    }
    return term;
  }

  /**
   * Every term a folded word from a document stands for: the word (an apostrophe word
   * also by its parts), its ASCII fallback spelling and its stems (`flags`: stemFlags).
   */
  private termsOfWord(word: string, flags: number, into: number[]): void {
    if (!word.includes("'")) {
      this.addDerived(this.wordTerm(word), flags, into);
      return;
    }
    this.addDerived(this.wordTerm(joinApostrophes(word)), flags, into);
    for (const part of apostropheParts(word)) this.addDerived(this.wordTerm(part), flags, into);
  }

  /**
   * The terms of all words of a text (see `termsOfWord`), packed as start * 1024 + count
   * into `textTerms` (see `termsStart`, `termsCount`); valid until the next call. Texts
   * that repeat are read once. (A text of over a thousand terms keeps its first 1023.)
   */
  termsOfText(text: string, flags: number): number {
    const cache = this.textCaches[flags]!;
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const into = this.scratch;
    into.length = 0;
    for (const word of wordsOf(text)) this.termsOfWord(word, flags, into);
    const count = Math.min(into.length, maxTermsPerText);
    if (cache.size >= textCacheSize || this.textTermUsed + count > maxTextTermData) this.forgetTexts();
    this.textTermData = grownTo(this.textTermData, this.textTermUsed + count);
    this.textTermData.set(into.length > count ? into.slice(0, count) : into, this.textTermUsed);
    const packed = this.textTermUsed * (maxTermsPerText + 1) + count;
    this.textTermUsed += count;
    cache.set(text, packed);
    return packed;
  }

  /** The terms of the texts read by `termsOfText`. */
  get textTerms(): Int32Array {
    return this.textTermData;
  }

  private forgetTexts(): void {
    for (const cache of this.textCaches) cache.clear();
    this.textTermUsed = 0;
  }

  /** The term of the word's ASCII spelling (bjørnson → bjornson), -1 when it has none. */
  fallbackOf(term: number): number {
    const fallback = this.derived[term * derivedStride + fallbackSlot]!;
    return fallback === unknown ? this.deriveFallback(term) : fallback;
  }

  /** The stem term of a word term in a language; -1 when the stem is the word itself. */
  stemTerm(language: StemLanguage, term: number): number {
    const slot = term * derivedStride + (language === 'norwegian' ? norwegianSlot : dutchSlot);
    const stem = this.derived[slot]!;
    return stem === unknown ? this.deriveStem(language, term, slot) : stem;
  }

  private addDerived(term: number, flags: number, into: number[]): void {
    into.push(term);
    const fallback = this.fallbackOf(term);
    if (fallback >= 0) into.push(fallback);
    if ((flags & stemFlags.norwegian) !== 0) {
      const stem = this.stemTerm('norwegian', term);
      if (stem >= 0) into.push(stem);
    }
    if ((flags & stemFlags.dutch) !== 0) {
      const stem = this.stemTerm('dutch', term);
      if (stem >= 0) into.push(stem);
    }
  }

  private deriveFallback(term: number): number {
    const ascii = asciiFallback(this.postings.texts[term]!);
    const fallback = ascii === null ? none : this.wordTerm(ascii);
    this.derived[term * derivedStride + fallbackSlot] = fallback;
    return fallback;
  }

  private deriveStem(language: StemLanguage, term: number, slot: number): number {
    const word = this.postings.texts[term]!;
    const stemmed = stemWord(language, word);
    // A word already in stem form is found by its own term; a stem posting would repeat it.
    let stem = none;
    if (stemmed !== word) {
      const text = stemTermText(language, stemmed);
      const before = this.postings.termCount;
      stem = this.postings.intern(text);
      if (stem === before) this.derived = grownTo(this.derived, (stem + 1) * derivedStride, unknown);
    }
    this.derived[slot] = stem;
    return stem;
  }
}
