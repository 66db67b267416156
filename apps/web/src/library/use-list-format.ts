import { useFormatters } from '../shared/format.ts';

/** Joins names as the reader's language does: "«A», «B» og «C»", "«A», «B» and «C»". */
export function useListFormat(): (items: readonly string[]) => string {
  const { locales } = useFormatters();
  const format = new Intl.ListFormat([...locales], { type: 'conjunction' });
  return (items) => format.format(items);
}
