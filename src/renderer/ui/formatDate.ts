/**
 * Formats `2024-06-18` or `2024-06` (a text may give only the month) for the UI language. Never
 * throws: a date an older version stored unchecked (`9999999-01-01`) is shown as it is (issue 20).
 */
export function formatArticleDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return isoDate;
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}
