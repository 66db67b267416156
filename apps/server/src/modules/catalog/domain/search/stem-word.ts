import snowball from 'snowball-stemmers';
import { dutchIrregulars, norwegianIrregulars } from './irregular-forms.ts';
import { hasDigit } from './fold-text.ts';

/** The two stemmers of the stores' languages (Norway, Flanders). */
export type StemLanguage = 'norwegian' | 'dutch';

const norwegian = snowball.newStemmer('norwegian');
const dutch = snowball.newStemmer('dutch');

/** Shorter words are mostly particles and names, where stemming only does harm. */
const minStemLength = 3;

/**
 * The stem of a folded word. Callers cache per vocabulary term: Snowball costs
 * about 2 µs a word, which 20 million tokens in a bulk load would not afford.
 */
export function stemWord(language: StemLanguage, word: string): string {
  if (word.length < minStemLength || hasDigit(word)) return word;
  if (language === 'norwegian') return norwegian.stem(norwegianIrregulars.get(word) ?? word);
  const stem = dutch.stem(dutchIrregulars.get(word) ?? word);
  return undoDutchVoicing(stem);
}

/**
 * Dutch voices a final s/f before a plural ending (huis → huizen, brief → brieven);
 * Snowball leaves "huiz" and "briev", so the stems of singular and plural differ.
 */
function undoDutchVoicing(stem: string): string {
  if (stem.length < 3) return stem;
  const last = stem.charCodeAt(stem.length - 1);
  if (last === 0x7a /* z */) return `${stem.slice(0, -1)}s`;
  if (last === 0x76 /* v */) return `${stem.slice(0, -1)}f`;
  return stem;
}

/** Bit flags for the stemmers a document's words go through. */
export const stemFlags = { norwegian: 1, dutch: 2 } as const;

/**
 * Which stemmers a document's words go through, by its ISO 639-2/B language. Danish
 * and Swedish inflect like Norwegian closely enough to share its stemmer; English,
 * German, French … get none (their words still match exactly and by typo); an unknown
 * language gets both, since in a Norwegian or Flemish store it is most likely one of them.
 */
export function stemFlagsOf(language: string | null): number {
  switch (language?.toLowerCase() ?? null) {
    case 'nob':
    case 'nno':
    case 'nor':
    case 'dan':
    case 'swe':
      return stemFlags.norwegian;
    case 'dut':
    case 'nld':
      return stemFlags.dutch;
    case null:
      return stemFlags.norwegian | stemFlags.dutch;
    default:
      return 0;
  }
}
