/**
 * Text folding and word splitting, shared by indexing, queries and suggestions so that
 * both sides of a match see the same letters.
 *
 * Lower case, accents removed (é → e, ï → i), but æ ø å stay letters of their own:
 * they are distinct letters in Norwegian and Danish. Swedish/German ä and ö fold into
 * æ and ø, as Nordic libraries file them. `asciiFallback` gives the spelling a user
 * without a Norwegian keyboard types (Bjørnson → bjornson), which the index stores too.
 */

const nonAsciiChar = /[\u0080-\uffff]/;
const nonAscii = /[\u0080-\uffff]/g;
const asciiWord = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const unicodeWord = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const combiningMarks = /\p{M}/gu;

/** Per character, because normalize() on whole strings is the slow part of indexing. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = computeFoldedChar(ch);
    foldedChars.set(ch, folded);
  }
  return folded;
}

function computeFoldedChar(ch: string): string {
  switch (ch) {
    case 'æ':
    case 'ä':
      return 'æ';
    case 'ø':
    case 'ö':
      return 'ø';
    case 'å':
      return 'å';
    case 'ß':
      return 'ss';
    case '\u2019': // ’ typographic apostrophe
    case '\u2018':
    case '\u02bc':
    case '\u00b4':
    case '`':
      return "'";
    default:
      return ch.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
  }
}

/** Lower case with accents removed; æ ø å kept. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!nonAsciiChar.test(lower)) return lower;
  // NFC first so that a decomposed "a + ring" becomes å instead of losing its ring.
  return lower.normalize('NFC').replace(nonAscii, foldChar);
}

/**
 * The folded words of a text, split on anything but letters and digits. An apostrophe
 * between letters stays inside the word ("o'brien", "auto's"); see `joinApostrophes`.
 */
export function wordsOf(text: string): string[] {
  const folded = foldText(text);
  return folded.match(nonAsciiChar.test(folded) ? unicodeWord : asciiWord) ?? [];
}

/** "o'brien" → "obrien", "auto's" → "autos": how the word is matched as a whole. */
export function joinApostrophes(word: string): string {
  return word.includes("'") ? word.replaceAll("'", '') : word;
}

/**
 * The parts of an apostrophe word worth indexing on their own ("o'brien" → "brien",
 * "auto's" → "auto"); one-letter parts such as "d'" and "'s" are left out.
 */
export function apostropheParts(word: string): string[] {
  return word.split("'").filter((part) => part.length >= 2);
}

const nordicLetters = /[æøå]/;

/** "bjørnson" → "bjornson", "blåbær" → "blaabaer"; null when there is nothing to replace. */
export function asciiFallback(word: string): string | null {
  if (!nordicLetters.test(word)) return null;
  return word.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'aa');
}

/** The words of a text as one matching string: folded, ASCII fallbacks applied, one space apart. */
export function suggestionText(text: string): string {
  return wordsOf(text)
    .map((word) => {
      const joined = joinApostrophes(word);
      return asciiFallback(joined) ?? joined;
    })
    .join(' ');
}

const digit = /[0-9]/;

export function hasDigit(word: string): boolean {
  return digit.test(word);
}
