/**
 * ISO 639-2 codes (as ONIX carries them, B and T forms) to the two-letter codes Intl knows
 * best; Intl.DisplayNames names some three-letter codes, but not the bibliographic ones
 * (dut, fre, ger …) and not Norwegian's macrolanguage split the way libraries use it.
 */
const TWO_LETTER: Record<string, string> = {
  nob: 'nb',
  nno: 'nn',
  nor: 'no',
  dut: 'nl',
  nld: 'nl',
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  ger: 'de',
  deu: 'de',
  swe: 'sv',
  dan: 'da',
  fin: 'fi',
  ice: 'is',
  isl: 'is',
  sme: 'se',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  ara: 'ar',
  per: 'fa',
  fas: 'fa',
  som: 'so',
  tur: 'tr',
  chi: 'zh',
  zho: 'zh',
  jpn: 'ja',
  lat: 'la',
  gre: 'el',
  ell: 'el',
};

/** A BCP 47 tag for an ISO 639-2 code, for `lang` attributes ("nob" → "nb"); undefined when unknown. */
export function languageTag(code: string | null): string | undefined {
  // Only codes we know map to valid tags: a bibliographic code (tib, wel …) is not one.
  return code ? TWO_LETTER[code] : undefined;
}

/** "nob" → "Norsk bokmål" in the UI's language; an unknown code stays as it is. */
export function languageName(code: string, locales: readonly string[]): string {
  const tag = TWO_LETTER[code] ?? code;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([...locales], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    name = undefined;
  }
  if (!name || name === tag) return code;
  // Norwegian and Dutch write language names in lower case; in a list or a fact they start a line.
  return name.charAt(0).toLocaleUpperCase([...locales]) + name.slice(1);
}
