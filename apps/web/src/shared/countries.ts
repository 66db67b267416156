/** Countries a library supplier in Norway or Flanders realistically delivers to. */
export const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'IS', 'BE', 'NL', 'LU', 'FR', 'DE', 'GB'] as const;

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
