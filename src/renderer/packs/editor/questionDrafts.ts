/** Teacher's own questions (issue 8): empty ones to fill in, and the form's values back into a question. */
import type { PackQuestion, PackQuestionType } from '../../../core';

export function ownQuestionId(now = Date.now(), random: () => number = Math.random): string {
  return `t-${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;
}

export function emptyQuestion(type: PackQuestionType, id: string): PackQuestion {
  const base = { id, prompt: '', origin: 'teacher' as const };
  switch (type) {
    case 'multiple-choice':
      return { ...base, type, options: ['', ''], answer: '' };
    case 'true-false':
      return { ...base, type, answer: true };
    case 'cloze':
      return { ...base, type, answer: '' };
    case 'free-text':
      return { ...base, type, answer: '' };
  }
}

/** What the question form edits: every type's fields, as text. */
export interface QuestionFields {
  prompt: string;
  options: string[];
  /** Multiple choice: index of the correct option. */
  correct: number;
  truth: boolean;
  answer: string;
  /** One accepted answer per line. */
  accept: string;
}

export function fieldsOf(q: PackQuestion): QuestionFields {
  return {
    prompt: q.prompt,
    options: q.type === 'multiple-choice' ? [...q.options] : ['', ''],
    correct: q.type === 'multiple-choice' ? Math.max(0, q.options.indexOf(q.answer)) : 0,
    truth: q.type === 'true-false' ? q.answer : true,
    answer: q.type === 'cloze' || q.type === 'free-text' ? q.answer : '',
    accept: q.type === 'cloze' || q.type === 'free-text' ? (q.accept ?? []).join('\n') : '',
  };
}

const lines = (text: string): string[] => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];

/** The edited question; keeps id, evidence, difficulty, origin and kind of the original. */
export function applyFields(q: PackQuestion, f: QuestionFields): PackQuestion {
  const prompt = f.prompt.trim();
  switch (q.type) {
    case 'multiple-choice': {
      const options = f.options.map((o) => o.trim());
      return { ...q, prompt, options, answer: options[f.correct] ?? '' };
    }
    case 'true-false':
      return { ...q, prompt, answer: f.truth };
    case 'cloze':
    case 'free-text': {
      const accept = lines(f.accept).filter((a) => a !== f.answer.trim());
      const { accept: _old, ...rest } = q;
      return { ...rest, prompt, answer: f.answer.trim(), ...(accept.length ? { accept } : {}) };
    }
  }
}
