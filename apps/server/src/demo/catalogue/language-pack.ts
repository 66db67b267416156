import type { Audience } from '../../modules/catalog/domain/product.ts';
import type { IsbnGroup } from './isbn-for-sequence.ts';
import type { Random } from './random.ts';

/**
 * What the generator needs to write titles, names and blurbs in one language. Word lists
 * are ordered from common to rare and read with `Random.zipf`, so a search for a common
 * word finds many titles and one for a rare word finds few, as in a real catalogue.
 */
export type LanguageCode = 'nob' | 'nno' | 'dut' | 'eng' | 'fre';

export type TitleKind = 'adult-fiction' | 'adult-nonfiction' | 'youth-fiction' | 'youth-nonfiction';

export type LanguagePack = {
  code: LanguageCode;
  isbnGroups: readonly IsbnGroup[];
  givenNames: readonly string[];
  familyNames: readonly string[];
  publishers: readonly string[];
  title(kind: TitleKind, r: Random): string;
  /** A subtitle such as "roman" or "en reise langs kysten". */
  subtitle(kind: TitleKind, r: Random): string;
  /** Two or three sentences. */
  description(kind: TitleKind, title: string, author: string | null, r: Random): string;
  seriesName(audience: Audience, r: Random): string;
  gameTitle(r: Random): string;
  merchandiseTitle(r: Random): string;
  /** A society or institution that edits a book in its own name (a corporate contributor). */
  organisation(r: Random): string;
  /** Keywords by kind plus common ones, with inflected forms so stemming has work to do. */
  keywords: Record<TitleKind | 'common', readonly string[]>;
};

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two different words from a list ordered common to rare ("love and grief", never "love and love"). */
export function twoDifferent(r: Random, words: readonly string[]): readonly [string, string] {
  const first = r.zipfIndex(words.length);
  let second = r.zipfIndex(words.length);
  if (second === first) second = (first + 1) % words.length;
  return [words[first] as string, words[second] as string];
}
