/** The checks the quiz validator applies, so a question that fails them never leaves the generator. */
import type { Question } from './types';

/** How answers, options and prompts are compared: case and surrounding space do not count. */
export const norm = (s: string): string => s.trim().toLowerCase();

const WORD_CHAR = /\w/u;

/**
 * Whether `needle` stands in `text` as a word of its own (no letter, digit or `_` either side). A search, not a pattern
 * built from the answer: an answer of a pasted text may be 100,000 characters long, too large for a regular expression.
 */
function standsAlone(text: string, needle: string): boolean {
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!WORD_CHAR.test(text[i - 1] ?? '') && !WORD_CHAR.test(text[i + needle.length] ?? '')) return true;
  }
  return false;
}

/** What is wrong with a question (empty when nothing is); `texts` are the articles by id, to check the evidence. */
export function questionProblems(q: Question, texts: Map<string, string>): string[] {
  const p: string[] = [];
  if (!q.prompt.trim()) p.push('empty prompt');
  if (!q.evidence.length) p.push('no evidence');
  for (const e of q.evidence) {
    if (texts.get(e.article)?.slice(e.start, e.end) !== e.text || !e.text.trim()) p.push('bad evidence');
  }
  if (q.options) {
    const o = q.options.map(norm);
    if (o.length < 2 || o.length > 6 || new Set(o).size !== o.length || o.some((x) => !x)) p.push('bad options');
    if (!o.includes(norm(q.answer))) p.push('answer not among options');
  }
  const ans = norm(q.answer);
  if (q.type !== 'true-false' && q.type !== 'cross-source' && !q.evidence.map((e) => e.text).join(' ').toLowerCase().includes(ans)) p.push('answer not in evidence');
  if (q.type !== 'true-false' && ans && standsAlone(q.prompt.toLowerCase(), ans)) p.push('prompt gives away answer');
  return p;
}
