import { hasDigit } from './fold-text.ts';
import { matchKind } from './match-weights.ts';
import type { MatchKind } from './match-weights.ts';
import type { StemCache } from './stem-cache.ts';
import type { QueryWord, TermVariant } from './term-matcher.ts';
import { maxEditsFor } from './typo-index.ts';
import { stemTermText } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Below this many postings a word is probably misspelt, and near spellings join it as weaker alternatives. */
const fewMatches = 3;
/** Near spellings considered per word, the most frequent first. */
const maxTypoVariants = 8;

/** A query word with what it was built from, for reporting corrections. */
export type BuiltQueryWord = QueryWord & {
  word: string;
  /** The exact and stem variants: the word as typed. */
  ownVariants: number;
  /** Whether near spellings could be added (a long enough word without digits). */
  typoEligible: boolean;
  typoExpanded: boolean;
};

/**
 * Turns a folded query word into the terms that stand for it: the word itself, the
 * words sharing its Norwegian or Dutch stem (query words are stemmed both ways, as the
 * store does not know the user's language), and, when the word itself finds little,
 * vocabulary words one or two edits away. Numbers and ISBN-like words are never
 * spelled differently.
 */
export function buildQueryWord(vocabulary: Vocabulary, stems: StemCache, word: string, index: number, forceTypos: boolean): BuiltQueryWord {
  const { postings } = vocabulary;
  const variants: TermVariant[] = [];
  const add = (term: number | undefined, kind: MatchKind): void => {
    if (term === undefined || postings.lengths[term] === 0) return;
    const existing = variants.find((variant) => variant.term === term);
    if (existing === undefined) variants.push({ term, kind });
    else if (kind < existing.kind) existing.kind = kind;
  };
  add(postings.idOf(word), matchKind.exact);
  for (const language of ['norwegian', 'dutch'] as const) {
    const stem = stems.stem(language, word);
    // Documents whose words reduce to this stem …
    add(postings.idOf(stemTermText(language, stem)), matchKind.stem);
    // … and those holding the stem as a word of its own (stem postings leave those out).
    if (stem !== word) add(postings.idOf(stem), matchKind.stem);
  }
  const ownVariants = variants.length;
  let size = sizeOf(vocabulary, variants);
  const maxEdits = hasDigit(word) ? 0 : maxEditsFor(word.length);
  const typoEligible = maxEdits > 0;
  let typoExpanded = false;
  if (typoEligible && (forceTypos || size < fewMatches)) {
    typoExpanded = true;
    const near: { term: number; distance: number; count: number }[] = [];
    vocabulary.typos.lookup(word, maxEdits, (term, distance) => {
      const count = postings.lengths[term]!;
      if (count > 0) near.push({ term, distance, count });
    });
    near.sort((a, b) => a.distance - b.distance || b.count - a.count);
    for (const { term, distance } of near.slice(0, maxTypoVariants)) {
      add(term, distance === 1 ? matchKind.typo1 : matchKind.typo2);
    }
    size = sizeOf(vocabulary, variants);
  }
  return { word, index, variants, size, ownVariants, typoEligible, typoExpanded };
}

function sizeOf(vocabulary: Vocabulary, variants: readonly TermVariant[]): number {
  let size = 0;
  for (const variant of variants) size += vocabulary.postings.lengths[variant.term]!;
  return size;
}
