/**
 * Quiz generation (issue 6): questions from the facts of one or more articles, each pointing back
 * to the sentence that answers it. The kinds of question are a list (`kinds/index.ts`); this driver
 * asks each kind, keeps one question per prompt and per answer in a sentence, drops any the
 * validator would reject, and picks round-robin over the kinds. Deterministic for the same input and seed.
 */
import { factsOf, languageProblem } from './facts';
import type { QuizContext } from './context';
import { QUESTION_KINDS, STORY_QUESTION_KINDS } from './kinds';
import type { QuizLanguageModel } from './language';
import { mulberry32, shuffle } from './random';
import type { Question, QuizArticle, QuizOptions, QuizWithFacts } from './types';
import { norm, questionProblems } from './validate';

/** Questions per article when the caller sets no maximum. */
const DEFAULT_PER_ARTICLE = 12;

export function generateQuiz(articles: QuizArticle[], opts: QuizOptions, lang: QuizLanguageModel): QuizWithFacts {
  const rand = mulberry32(opts.seed ?? 1);
  const reasons: { article: string; reason: string }[] = [];
  for (const a of articles) {
    const r = languageProblem(a, lang);
    if (r) reasons.push({ article: a.id, reason: r });
  }
  const facts = factsOf(articles, lang);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const prompts = new Set<string>();
  const ids = new Set<string>();
  // One question per answer and sentence: `Wie viele …?` and the number's gap would ask the same thing twice.
  const asked = new Set<string>();
  const keep = (q: Question): boolean => {
    const key = norm(q.prompt);
    const fact = `${q.evidence[0]?.article}:${q.evidence[0]?.start}:${norm(q.answer)}`;
    if (prompts.has(key) || ids.has(q.id) || (q.type !== 'true-false' && asked.has(fact)) || questionProblems(q, texts).length) return false;
    prompts.add(key);
    ids.add(q.id);
    asked.add(fact);
    return true;
  };
  const cross = STORY_QUESTION_KINDS.flatMap((k) => k.ask({ articles, facts, lang, rand })).filter(keep);
  const chosen: Question[] = [...cross];
  const perArticle = opts.max ? Math.max(1, Math.ceil((opts.max - cross.length) / Math.max(1, articles.length))) : DEFAULT_PER_ARTICLE;
  articles.forEach((a, i) => {
    const f = facts.articles[i]!;
    const noQuiz = () => {
      if (!reasons.some((r) => r.article === a.id)) reasons.push({ article: a.id, reason: lang.quiz.reasons.noFacts });
    };
    // A text with no facts at all still says why it has no quiz (issue 20).
    if (!f.facts.length) return void noQuiz();
    const group = facts.stories.find((s) => s.articles.includes(a.id));
    const story = facts.articles.filter((x) => group?.articles.includes(x.article) ?? x.article === a.id).flatMap((x) => x.facts);
    const ctx: QuizContext = { article: a, facts: f, lang, rand, story };
    const byKind = QUESTION_KINDS.map((k) => k.ask(ctx)).map((l) => shuffle(l, rand));
    const picked: Question[] = [];
    // Round-robin over the kinds, so every kind the text allows is asked.
    for (let round = 0; picked.length < perArticle; round++) {
      let any = false;
      for (const list of byKind) {
        const q = list[round];
        if (!q) continue;
        any = true;
        if (picked.length < perArticle && keep(q)) picked.push(q);
      }
      if (!any) break;
    }
    if (!picked.length) noQuiz();
    chosen.push(...picked.sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start));
  });
  const questions = opts.max ? chosen.slice(0, Math.max(opts.max, cross.length)) : chosen;
  return reasons.length ? { questions, reasons, facts } : { questions, facts };
}
