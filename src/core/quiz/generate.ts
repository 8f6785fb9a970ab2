/**
 * Quiz generation (issues 6 and 15): questions from the facts of one or more articles, each pointing
 * back to the sentence that answers it. The kinds of question are a list (`kinds/index.ts`); this
 * driver asks every kind for every question the text allows, drops any the validator would reject,
 * and lets the chooser (`choose.ts`) keep the best with variety. Deterministic for the same input and seed.
 */
import { parseArticleMeta } from '../articleMeta';
import { chooseQuestions, isList, questionBudget } from './choose';
import { factsOf, languageProblem } from './facts';
import type { QuizContext } from './context';
import { QUESTION_KINDS, STORY_QUESTION_KINDS } from './kinds';
import type { QuizLanguageModel } from './language';
import { mulberry32 } from './random';
import type { Question, QuizArticle, QuizOptions, QuizWithFacts } from './types';
import { norm, questionProblems } from './validate';

export function generateQuiz(articles: QuizArticle[], opts: QuizOptions, lang: QuizLanguageModel): QuizWithFacts {
  const rand = mulberry32(opts.seed ?? 1);
  const reasons: { article: string; reason: string }[] = [];
  for (const a of articles) {
    const r = languageProblem(a, lang);
    if (r) reasons.push({ article: a.id, reason: r });
  }
  const facts = factsOf(articles, lang, opts.oneStory ? articles.slice(1).map((a) => ({ article: a.id, with: articles[0]!.id })) : []);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const prompts = new Set<string>();
  const ids = new Set<string>();
  const answers = new Set<string>();
  // No prompt twice in the quiz (two reports of one story word some facts alike), nothing the validator rejects, and
  // no answer asked again of another report (`in der ___ → Ukraine` once per report of one story asks one thing four
  // times); who said which quote is a new question each time.
  const keep = (q: Question): boolean => {
    const key = norm(q.prompt);
    const answer = q.type === 'who-said' ? null : `${q.type} ${norm(q.answer)}`;
    if (prompts.has(key) || ids.has(q.id) || (answer && answers.has(answer)) || questionProblems(q, texts).length) return false;
    prompts.add(key);
    ids.add(q.id);
    if (answer) answers.add(answer);
    return true;
  };
  const cross = STORY_QUESTION_KINDS.flatMap((k) => k.ask({ articles, facts, lang, rand })).filter(keep);
  const chosen: Question[] = [...cross];
  const perArticle = opts.max ? Math.max(1, Math.ceil((opts.max - cross.length) / Math.max(1, articles.length))) : Infinity;
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
    // A list (a programme, results) has no report to ask about.
    if (isList(a, lang)) return void reasons.push({ article: a.id, reason: lang.quiz.reasons.listLike });
    const candidates = QUESTION_KINDS.flatMap((kind) => kind.ask(ctx).map((question) => ({ question, kind })));
    const budget = Math.min(perArticle, questionBudget(parseArticleMeta(a.text, lang.news).wordCount));
    const picked = chooseQuestions(candidates, a, lang, budget, keep);
    if (!picked.length) noQuiz();
    chosen.push(...picked);
  });
  const questions = opts.max ? chosen.slice(0, Math.max(opts.max, cross.length)) : chosen;
  return reasons.length ? { questions, reasons, facts } : { questions, facts };
}
