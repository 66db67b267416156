import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@hylle/contracts';
import { DICTIONARIES, readStoredLanguage, storeLanguage } from './languages.ts';
import { translate, type Translate } from './translate.ts';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const LanguageContext = createContext<LanguageState | null>(null);

interface Props {
  /** The store's default, used until the user picks a language on this device. */
  fallback: Language;
  children: ReactNode;
}

export function LanguageProvider({ fallback, children }: Props) {
  const [chosen, setChosen] = useState<Language | null>(readStoredLanguage);
  const language = chosen ?? fallback;

  useEffect(() => {
    // Screen readers pick pronunciation from <html lang>, so it must follow the UI language.
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setChosen(next);
  }, []);

  const value = useMemo<LanguageState>(() => {
    const messages = DICTIONARIES[language];
    return { language, setLanguage, t: (key, vars) => translate(messages, key, vars) };
  }, [language, setLanguage]);

  return <LanguageContext value={value}>{children}</LanguageContext>;
}
