import { useLanguage } from './i18n/use-t.ts';
import { LOCALE_TAGS } from './i18n/languages.ts';
import { useSession } from './session.ts';

/** Dates are stored in UTC; people read them in the store's time zone, not the browser's. */
export function formatDateTime(iso: string, locale: string, timeZone: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  }).format(date);
}

export function useFormatDate() {
  const { language } = useLanguage();
  const { store } = useSession();
  return (iso: string, withTime = true) => formatDateTime(iso, LOCALE_TAGS[language], store.timeZone, withTime);
}
