import { stemWord } from './stem-word.ts';
import type { StemLanguage } from './stem-word.ts';

/**
 * Stems of query words, remembered: the same words come back in query after query
 * and Snowball is the costliest step of reading one. Bounded by dropping the oldest half.
 */
export class StemCache {
  private readonly stems = new Map<string, string>();
  private readonly capacity: number;

  constructor(capacity = 20_000) {
    this.capacity = capacity;
  }

  stem(language: StemLanguage, word: string): string {
    const key = language === 'norwegian' ? `n${word}` : `d${word}`;
    let stem = this.stems.get(key);
    if (stem === undefined) {
      stem = stemWord(language, word);
      if (this.stems.size >= this.capacity) {
        let drop = this.capacity / 2;
        for (const old of this.stems.keys()) {
          this.stems.delete(old);
          if (--drop <= 0) break;
        }
      }
      this.stems.set(key, stem);
    }
    return stem;
  }
}
