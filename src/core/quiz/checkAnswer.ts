/**
 * The one answer checker (issue 13): the quiz screen, the student's pack view and the teacher's
 * recomputation of results files all mark answers with it, so a score means the same everywhere.
 */

/** What marking needs of a question, generated (`Question`) or from a pack (`PackQuestion`). */
export interface AnswerKey {
  /** A question with options is answered by choosing one. */
  options?: readonly string[];
  /** The right option or text, or the truth of a true/false statement. */
  answer: string | boolean;
  /** Other typed answers that count as right (a spelling variant). */
  accept?: readonly string[];
}

/** A chosen option or typed text, a true/false choice, or nothing (unanswered). */
export type GivenAnswer = string | boolean | null;

/**
 * A typed answer as it is compared: case, runs of spaces, quote marks and closing punctuation do
 * not count (`„Der Hund“!` is `der hund`).
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201e\u201c\u201d"«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?,;:]+$/, '')
    .trim()
    .toLowerCase();
}

/**
 * Whether `given` answers `q`. A chosen option and a true/false choice must be the answer itself
 * (options may differ only in case, as two different words do); a typed answer counts when it
 * matches the answer or an accepted answer loosely (`normalizeAnswer`).
 */
export function checkAnswer(q: AnswerKey, given: GivenAnswer): boolean {
  if (given === null) return false;
  if (q.options || typeof q.answer === 'boolean' || typeof given === 'boolean') return given === q.answer;
  const typed = normalizeAnswer(given);
  return !!typed && [q.answer, ...(q.accept ?? [])].some((a) => normalizeAnswer(a) === typed);
}
