import { use } from 'react';
import { LanguageContext, type LanguageState } from './language-context.tsx';

export function useLanguage(): LanguageState {
  const state = use(LanguageContext);
  if (!state) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return state;
}

export function useT() {
  return useLanguage().t;
}
