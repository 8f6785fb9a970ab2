/** The checks the quiz validator applies, so a question that fails them never leaves the generator. */
import { escapeRe } from './build';
import type { Question } from './types';

/** How answers, options and prompts are compared: case and surrounding space do not count. */
export const norm = (s: string): string => s.trim().toLowerCase();

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
  if (q.type !== 'true-false' && ans && new RegExp(`(?<!\\w)${escapeRe(ans)}(?!\\w)`, 'u').test(q.prompt.toLowerCase())) p.push('prompt gives away answer');
  return p;
}
