/**
 * Generated questions (src/core/quiz) as pack questions. The generator has more kinds than a pack
 * (who-said, number, date …); a pack keeps three shapes an LMS understands too: a question with
 * options becomes multiple-choice (the generator's true/false offers its two words as options),
 * one without becomes cloze. The generator's kind is kept in `kind`.
 */
import type { Question } from '../quiz/types';
import { packQuestionSchema, type PackQuestion } from './packSchema';

/**
 * `articleId` maps the generator's evidence article (a path in the CLI, an id in the app) to the pack's
 * article id. Questions that do not fit the pack's bounds, or whose evidence names another article, are
 * left out: the teacher reviews the list anyway.
 */
export function questionsFromQuiz(questions: Question[], articleId: (article: string) => string | undefined): PackQuestion[] {
  const out: PackQuestion[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id) || (q.options && new Set(q.options).size !== q.options.length)) continue;
    const evidence = q.evidence.map((e) => ({ ...e, article: articleId(e.article) ?? '' }));
    if (evidence.some((e) => !e.article)) continue;
    const base = { id: q.id, prompt: q.prompt, evidence, difficulty: q.difficulty, origin: 'generated' as const, kind: q.type };
    const candidate =
      q.options && q.options.length >= 2
        ? { ...base, type: 'multiple-choice' as const, options: q.options, answer: q.answer }
        : { ...base, type: 'cloze' as const, answer: q.answer };
    const parsed = packQuestionSchema.safeParse(candidate);
    if (!parsed.success || (parsed.data.type === 'multiple-choice' && !parsed.data.options.includes(parsed.data.answer))) continue;
    ids.add(q.id);
    out.push(parsed.data);
  }
  return out;
}
