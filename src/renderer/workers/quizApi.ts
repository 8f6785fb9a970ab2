/**
 * Quiz functions of the engine worker (issue 7): analysis, fact extraction and question generation
 * run here, off the UI thread, with the same core engine the CLI uses. Analyses are kept per text for
 * the worker's lifetime, so a story quiz after the library's story grouping analyses nothing twice.
 */
import { type Analysis, defaultLanguage, type StoryOverride, type Span, type Engine, hash53, type Question, type QuizArticle, type QuizOptions, type StoryGroup } from '../../core';

/** An article as the renderer stores it; the worker analyses the text itself. */
export interface QuizSourceArticle {
  id: string;
  text: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  /** The body to ask about, as prepared at ingest; a pack draft's text comes without it and is prepared by the core. */
  body?: Span[];
}

export interface QuizResult {
  questions: Question[];
  /** Why an article gave no (or few) questions, in German as the engine words it. */
  reasons: { article: string; reason: string }[];
  /** Groups of the given articles that report the same event, with their aligned facts. */
  stories: StoryGroup[];
  /** Milliseconds spent in the worker (analysis + generation), for the bench and the status line. */
  ms: number;
}

export interface QuizApi {
  /** A quiz over one article (per-article quiz) or several (story quiz, cross-outlet questions first). */
  quizFor(articles: QuizSourceArticle[], opts: QuizOptions): Promise<QuizResult>;
  /** Story groups over the whole library: which articles report the same event (the learner's moves win), and how their facts align. */
  storiesFor(articles: QuizSourceArticle[], overrides?: readonly StoryOverride[]): Promise<{ stories: StoryGroup[]; ms: number }>;
}

/** Analyses by text hash; texts are immutable per hash, so entries never go stale. */
const analyses = new Map<string, Analysis>();
const MAX_CACHED_ANALYSES = 200;

function analysed(engine: Engine, a: QuizSourceArticle): QuizArticle {
  const key = hash53(a.text);
  let analysis = analyses.get(key);
  if (!analysis) {
    analysis = engine.analyze(a.text);
    if (analyses.size >= MAX_CACHED_ANALYSES) analyses.delete(analyses.keys().next().value!);
    analyses.set(key, analysis);
  }
  return { id: a.id, text: a.text, analysis, date: a.date, outlet: a.outlet, title: a.title, ...(a.body ? { body: a.body } : {}) };
}

/**
 * Fact extraction and question generation, loaded on the first quiz or story grouping, after the engine (issue 19): in
 * the worker's first chunk they were a third of the code it fetched and compiled before it could build the engine and
 * answer a first lookup.
 */
const quizCode = () => import('./quizCode');

/** The quiz half of the worker's API, given a way to get the loaded engine (shared with the reader). */
export function createQuizApi(engine: () => Promise<Engine>): QuizApi {
  return {
    async quizFor(articles, opts) {
      const e = await engine();
      const { generateQuiz } = await quizCode();
      const t0 = performance.now();
      const input = articles.map((a) => analysed(e, a));
      const { questions, reasons, facts } = generateQuiz(input, opts, defaultLanguage);
      return { questions, reasons: reasons ?? [], stories: facts.stories, ms: performance.now() - t0 };
    },
    async storiesFor(articles, overrides = []) {
      const e = await engine();
      const { factsOf } = await quizCode();
      const t0 = performance.now();
      const { stories } = factsOf(
        articles.map((a) => analysed(e, a)),
        defaultLanguage,
        overrides,
      );
      return { stories, ms: performance.now() - t0 };
    },
  };
}
