import type { SearchDoc } from './search-types.ts';
import { wordsOf } from './fold-text.ts';
import { grownTo } from './grow-array.ts';
import { field, noTitlePosition } from './match-weights.ts';
import { stemFlags, stemFlagsOf } from './stem-word.ts';
import { termsCount, termsStart } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Writes a document's postings: every term it holds once, with the fields it occurs in
 * and its first position in the title. Title words are read one by one (for their
 * positions); other fields as whole texts, since names, series, publishers, keywords
 * and subject codes repeat and the vocabulary remembers their terms.
 */
export class DocTermWriter {
  private readonly vocabulary: Vocabulary;
  // The document's distinct terms: marked by a serial per document (ids are reused
  // after compaction), in typed arrays (resetting a JS array's length frees its storage).
  private serial = 0;
  private termMark = new Int32Array(1024).fill(-1);
  private termMeta = new Uint32Array(1024);
  private docTerms = new Int32Array(256);
  private docTermCount = 0;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** `titleWords`: the folded words of the title (`wordsOf`), which the caller needs too. */
  write(id: number, doc: SearchDoc, titleWords: readonly string[]): void {
    this.docTermCount = 0;
    this.serial = (this.serial + 1) | 0;
    const languages = stemFlagsOf(doc.language);
    for (let i = 0; i < titleWords.length; i++) this.markWord(titleWords[i]!, field.title, Math.min(i, noTitlePosition - 1), languages);
    if (doc.subtitle !== null) for (const word of wordsOf(doc.subtitle)) this.markWord(word, field.subtitle, noTitlePosition, languages);
    for (const name of doc.contributors) this.markText(name, field.contributor, languages, noTitlePosition);
    if (doc.series !== null) this.markText(doc.series, field.series, languages, noTitlePosition);
    if (doc.publisher !== null) this.markText(doc.publisher, field.publisher, languages, noTitlePosition);
    for (const keyword of doc.keywords) this.markText(keyword, field.subject, languages, noTitlePosition);
    for (const code of doc.themaCodes) this.markText(code, field.subject, languages, noTitlePosition);
    const { postings } = this.vocabulary;
    const { docTerms, termMeta } = this;
    // The title's length rides along, so ranking knows an exact title without a column read.
    const titleLength = Math.min(titleWords.length, 255) << 16;
    for (let i = 0; i < this.docTermCount; i++) {
      const term = docTerms[i]!;
      postings.add(term, id, termMeta[term]! | titleLength);
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

  private markText(text: string, fieldBit: number, languages: number, position: number): void {
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
    if (this.termMark[term] !== this.serial) {
      this.termMark[term] = this.serial;
      this.termMeta[term] = fieldBit | (position << 8);
      if (this.docTermCount === this.docTerms.length) this.docTerms = grownTo(this.docTerms, this.docTermCount + 1);
      this.docTerms[this.docTermCount++] = term;
      return;
    }
    const meta = this.termMeta[term]!;
    this.termMeta[term] = ((meta | fieldBit) & 0xff) | (Math.min(meta >>> 8, position) << 8);
  }
}
