/**
 * Quizzes for the app (issue 7): generated in the engine worker, cached in `db.quizCache` under a key
 * made of the texts' content hashes and the generator version, so a quiz is regenerated only when a
 * text (or the engine) changes.
 */
import { ENGINE_VERSION, factParagraphs, hash53, type Question, QUIZ_GENERATOR_VERSION, type StoryGroup } from '../../core';
import type { ArticleRecord, LesestoffDb } from '../db/database';
import { bodyOf } from '../db/prepared';
import { engine } from '../workers/engineClient';
import type { QuizSourceArticle } from '../workers/quizApi';

/** Cached quizzes regenerate when the generator's output or the articles' preparation changes (core bumps its versions) or this cache's format does. */
export const QUIZ_VERSION = `2.${QUIZ_GENERATOR_VERSION}.${ENGINE_VERSION}`;
/** Fixed, so the same texts always give the same quiz (and a retry asks the same questions). */
export const QUIZ_SEED = 7;
export const MAX_ARTICLE_QUESTIONS = 10;
export const MAX_STORY_QUESTIONS = 16;

export interface CachedQuiz {
  questions: Question[];
  reasons: { article: string; reason: string }[];
  stories: StoryGroup[];
}

/** The article as the worker quizzes it: with the body prepared at ingest, so the worker does not parse the text again. */
export const quizSource = (a: ArticleRecord): QuizSourceArticle => ({ id: a.id, text: a.text, date: a.date, outlet: a.outlet, title: a.title, body: factParagraphs(bodyOf(a)) });

/** The part of the cache key that names the texts but not their content: a changed text's older quizzes share it. */
const quizCachePrefix = (kind: 'article' | 'story', articles: Pick<ArticleRecord, 'id'>[]): string => `quiz:${QUIZ_VERSION}:${kind}:${hash53(articles.map((a) => a.id).join('|'))}:`;

/** Cache key: which texts (by id and content hash), in which order, for which kind of quiz and engine version. */
export function quizCacheKey(kind: 'article' | 'story', articles: Pick<ArticleRecord, 'id' | 'contentHash'>[]): string {
  return `${quizCachePrefix(kind, articles)}${hash53(articles.map((a) => `${a.id}@${a.contentHash}`).join('|'))}`;
}

/** The cached value is data from storage: check its shape at this edge before trusting it. */
export function isCachedQuiz(value: unknown): value is CachedQuiz {
  const v = value as Partial<CachedQuiz> | null;
  return !!v && Array.isArray(v.questions) && Array.isArray(v.reasons) && Array.isArray(v.stories) && v.questions.every((q) => typeof q?.id === 'string' && typeof q.answer === 'string' && Array.isArray(q.evidence));
}

export interface LoadedQuiz extends CachedQuiz {
  fromCache: boolean;
  ms: number;
}

export async function loadQuiz(db: LesestoffDb, kind: 'article' | 'story', articles: ArticleRecord[]): Promise<LoadedQuiz> {
  const t0 = performance.now();
  const key = quizCacheKey(kind, articles);
  const cached = await db.quizCache.get(key);
  if (cached && isCachedQuiz(cached.value)) return { ...cached.value, fromCache: true, ms: performance.now() - t0 };
  const max = kind === 'story' ? MAX_STORY_QUESTIONS : MAX_ARTICLE_QUESTIONS;
  const result = await engine().quizFor(articles.map(quizSource), { seed: QUIZ_SEED, max, oneStory: kind === 'story' });
  const value: CachedQuiz = { questions: result.questions, reasons: result.reasons, stories: result.stories };
  // The quizzes of the same texts before they changed can never be asked for again: replace them.
  // A cache: when it cannot be written (a full disk) the quiz is still asked, and generated again next time.
  await db.transaction('rw', db.quizCache, async () => {
    await db.quizCache.where('key').startsWith(quizCachePrefix(kind, articles)).delete();
    await db.quizCache.put({ key, createdAt: Date.now(), value });
  }).catch(() => undefined);
  return { ...value, fromCache: false, ms: performance.now() - t0 };
}
