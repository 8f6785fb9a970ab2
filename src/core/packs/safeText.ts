/**
 * What the UI does with a field of an untrusted pack or results file decides what it may hold
 * (issue 20): ids go into URLs (`encodeURIComponent` throws on a lone surrogate) and record keys
 * (`pack:<pack>:<article>` must not be ambiguous), dates go to `Intl.DateTimeFormat` (which throws
 * outside its range), and one-line names are shown and exported, where control characters and
 * bidi overrides would garble the line or a CSV cell.
 */

/** Ids: a conservative charset without `:` (the record key separator), `%`, `/` or anything to escape. */
export const SAFE_ID = /^[A-Za-z0-9._~-]+$/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * C0 controls, DEL, C1 controls, the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, U+061C), line and paragraph separators, and lone surrogates.
 */
const UNSAFE_ONE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]|${LONE_SURROGATE.source}`);
const UNSAFE_ALL = new RegExp(UNSAFE_ONE.source, 'g');

/** True when a one-line field holds a character the UI must not show (see `UNSAFE_ONE`). */
export function hasUnsafeLineChars(text: string): boolean {
  return UNSAFE_ONE.test(text);
}

/** A one-line text from a file as it is shown: unsafe characters removed, spaces collapsed, trimmed. */
export function cleanLine(text: string): string {
  return text.replace(UNSAFE_ALL, '').replace(/\s+/g, ' ').trim();
}

/** Lone surrogates replaced by U+FFFD, so `encodeURIComponent` cannot throw (records an older version stored). */
export function wellFormed(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
}

/** A student's name as the overview matches it: shown form, Unicode NFC, case-folded. */
export function nameKey(name: string): string {
  return cleanLine(name).normalize('NFC').toLocaleLowerCase('de');
}

export const ARTICLE_YEARS = { min: 1800, max: 2200 } as const;

/**
 * An article date as the app stores it: `YYYY-MM-DD` or `YYYY-MM` (a text may give only the month),
 * a real calendar day, the year within `ARTICLE_YEARS`. Returns why not, or null.
 */
export function articleDateProblem(date: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return 'must be YYYY-MM-DD or YYYY-MM';
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (year < ARTICLE_YEARS.min || year > ARTICLE_YEARS.max) return `year must be ${ARTICLE_YEARS.min}–${ARTICLE_YEARS.max}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return 'not a calendar date';
  return null;
}
