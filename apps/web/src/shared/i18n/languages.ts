import type { Language } from '@hylle/contracts';
import { nb, type Messages } from './nb.ts';
import { nn } from './nn.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en', 'nl'];

export const DICTIONARIES: Record<Language, Messages> = { nb, nn, en, nl };

/** Each language is named in itself, so someone who can't read the current UI still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
  nl: 'Nederlands',
};

/**
 * Locale lists for Intl, best first. Browsers may lack data for a language (Chromium has
 * none for Nynorsk and would fall back to en-US), so each list ends in a close relative
 * the browser does have: Intl picks the first supported entry.
 */
export const INTL_LOCALES: Record<Language, readonly string[]> = {
  nb: ['nb'],
  nn: ['nn', 'nb'],
  en: ['en-GB'],
  nl: ['nl'],
};

/** The locale list to hand to any Intl constructor for this UI language. */
export function intlLocales(language: Language): string[] {
  return [...INTL_LOCALES[language]];
}

const STORAGE_KEY = 'hylle.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Private browsing or blocked storage: fall back to the store's default.
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice just won't survive a reload.
  }
}
