/**
 * The calendar date (YYYY-MM-DD) at `now` in `timeZone`. Fixed-price periods end at the end
 * of a day where the store is, not in UTC: at 00:30 in Oslo it is already tomorrow there.
 * Throws a RangeError for a time zone Intl does not know.
 */
export function todayInZone(now: Date, timeZone: string): string {
  // Zone offsets are whole minutes, so the date can only change on a minute: within one,
  // the last answer stands (every priced request asks, many times a second).
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastAnswers.get(timeZone);
  if (last?.minute === minute) return last.date;
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  lastAnswers.set(timeZone, { minute, date });
  return date;
}

const lastAnswers = new Map<string, { minute: number; date: string }>();

/** Making a formatter costs far more than using one, and every priced request asks. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
