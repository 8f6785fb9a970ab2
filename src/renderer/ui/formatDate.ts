/**
 * Formats `2024-06-18` or `2024-06` (a text may give only the month) for the UI language. Never
 * throws: a date an older version stored unchecked (`9999999-01-01`) is shown as it is (issue 20).
 */
export function formatArticleDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(language, Boolean(day)).format(date);
}

/**
 * One formatter per language and form, made on first use: making an Intl.DateTimeFormat loads its locale's data and
 * took 2–10 ms of the page's thread apiece on the busy machine, and the library's rows and the reader's header (drawn
 * again at every progress report of the analysis and every click on a word) each made one (issue 19).
 */
const formatters = new Map<string, unknown>();

/** The formatter `make` builds, made once per `key` (the form and the language). */
export function cachedFormat<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

const formatter = (language: string, withDay: boolean): Intl.DateTimeFormat =>
  cachedFormat(`${withDay ? 'd' : 'm'}:${language}`, () =>
    new Intl.DateTimeFormat(language, withDay ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }));
