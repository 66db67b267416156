import { useLanguage } from './i18n/use-t.ts';
import { intlLocales } from './i18n/languages.ts';
import { useSession } from './session.ts';

/**
 * Dates are stored in UTC; people read them in the store's time zone, not the browser's.
 * `locales` is a list with fallbacks (see INTL_LOCALES), never a single tag.
 */
export function formatDateTime(iso: string, locales: readonly string[], timeZone: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat([...locales], {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  }).format(date);
}

export function useFormatDate() {
  const { language } = useLanguage();
  const { store } = useSession();
  return (iso: string, withTime = true) => formatDateTime(iso, intlLocales(language), store.timeZone, withTime);
}
