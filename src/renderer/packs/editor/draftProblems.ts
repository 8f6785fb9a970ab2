/**
 * Everything that keeps a draft from being exported, listed at once (issue 8): `validatePackContent`
 * names only the first problem, in English, so the editor checks the common ones itself and falls back
 * to the validator's message for the rest.
 */
import { PACK_LIMITS, validatePackContent } from '../../../core';
import { draftContent, type PackDraft } from '../drafts';

export type ProblemKey =
  | 'noTitle'
  | 'titleTooLong'
  | 'noArticles'
  | 'tooManyArticles'
  | 'noQuestions'
  | 'emptyNote'
  | 'noteMismatch'
  | 'emptyPrompt'
  | 'emptyAnswer'
  | 'fewOptions'
  | 'emptyOption'
  | 'duplicateOption'
  | 'answerNotOption'
  | 'noGap'
  | 'duplicateId'
  | 'other';

export interface Problem {
  key: ProblemKey;
  /** 1-based question or note number, when the problem is in one. */
  question?: number;
  note?: number;
  /** The validator's own message, for `other`. */
  message?: string;
}

export function draftProblems(draft: PackDraft): Problem[] {
  const out: Problem[] = [];
  if (!draft.title.trim()) out.push({ key: 'noTitle' });
  if (draft.title.trim().length > PACK_LIMITS.title) out.push({ key: 'titleTooLong' });
  if (draft.articles.length === 0) out.push({ key: 'noArticles' });
  if (draft.articles.length > PACK_LIMITS.articles) out.push({ key: 'tooManyArticles' });
  if (draft.questions.length === 0) out.push({ key: 'noQuestions' });
  const texts = new Map(draft.articles.map((a) => [a.id, a.text]));
  draft.notes.forEach((n, i) => {
    if (!n.note.trim()) out.push({ key: 'emptyNote', note: i + 1 });
    if (texts.get(n.articleId)?.slice(n.start, n.end) !== n.text) out.push({ key: 'noteMismatch', note: i + 1 });
  });
  const ids = new Set<string>();
  draft.questions.forEach((q, i) => {
    const question = i + 1;
    if (ids.has(q.id)) out.push({ key: 'duplicateId', question });
    ids.add(q.id);
    if (!q.prompt.trim()) out.push({ key: 'emptyPrompt', question });
    if (q.type === 'multiple-choice') {
      if (q.options.length < 2) out.push({ key: 'fewOptions', question });
      if (q.options.some((o) => !o.trim())) out.push({ key: 'emptyOption', question });
      else if (new Set(q.options).size !== q.options.length) out.push({ key: 'duplicateOption', question });
      if (!q.answer.trim() || !q.options.includes(q.answer)) out.push({ key: 'answerNotOption', question });
    }
    if ((q.type === 'cloze' || q.type === 'free-text') && !q.answer.trim()) out.push({ key: 'emptyAnswer', question });
    if (q.type === 'cloze' && !/_{3,}/.test(q.prompt) && q.origin === 'teacher') out.push({ key: 'noGap', question });
  });
  if (out.length > 0) return out;
  const valid = validatePackContent(draftContent(draft, 1));
  return valid.ok ? [] : [{ key: 'other', message: valid.error.message }];
}
