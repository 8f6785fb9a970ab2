/** What an own text must be before it joins the library. */
export const MAX_TEXT_BYTES = 1_000_000;
/** An opened file may carry markup around its text (HTML, Markdown); four times the text limit is read at most. */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES * 4;

export type TextProblem = { kind: 'empty' } | { kind: 'tooLarge'; bytes: number };

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Size first, then content. A string has at least as many UTF-8 bytes as UTF-16 units, so a text longer
 * than the limit is refused by its length alone (reported as that lower bound) before anything reads it whole.
 */
export function checkText(text: string, limit = MAX_TEXT_BYTES): TextProblem | null {
  if (text.length > limit) return { kind: 'tooLarge', bytes: text.length };
  const bytes = byteLength(text);
  if (bytes > limit) return { kind: 'tooLarge', bytes };
  return /[\p{L}\p{N}]/u.test(text) ? null : { kind: 'empty' };
}
