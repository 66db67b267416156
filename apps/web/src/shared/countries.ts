/** Countries a library supplier in Norway or Flanders realistically delivers to. */
export const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'IS', 'BE', 'NL', 'LU', 'FR', 'DE', 'GB'] as const;

/** The country's name in the first of `locales` the browser knows (see INTL_LOCALES). */
export function countryName(code: string, locales: readonly string[]): string {
  try {
    return new Intl.DisplayNames([...locales], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
