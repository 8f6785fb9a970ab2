/// <reference lib="dom" />
/**
 * Quiz timings (issue 7), in Node with the same core code the engine worker runs:
 *   quiz.engineLoadMs          lexicon (+ dictionary) loaded, engine built
 *   quiz.analyze5ColdMs        the five bundled articles analysed, first time
 *   quiz.story5ColdMs          story quiz over the five articles: analysis + facts + questions (cold)
 *   quiz.story5CachedMs        the same with the analyses cached, as the worker keeps them (median of 5)
 *   quiz.articleMeanMs         a per-article quiz with a cached analysis, mean over the five
 *   quiz.storiesMs             story grouping + alignment over the five (cached analyses)
 *   quiz.story5Questions       questions in the story quiz (16 at most, cross-outlet ones first)
 * and in the app (the web build in Chromium; the worker generates, Dexie caches):
 *   quiz.app.story5FirstMs     "Story quiz" clicked in the library → its start screen with the questions, first time
 *   quiz.app.story5CachedMs    the same again, questions from the cache
 *   quiz.app.story5ColdMs      a fresh profile opened at the story quiz: page, engine, stories and quiz
 * Aim: a story quiz over five articles ready within a second.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Analysis, defaultLanguage, factsOf, generateQuiz, parseArticleMeta, type QuizArticle } from '../src/core';
import { loadEngine } from '../src/node/engineNode';
import { withWebApp } from './benchWeb';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const round = (ms: number): number => Math.round(ms * 10) / 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchQuiz(): Promise<Record<string, number>> {
  const dir = join(root, 'resources', 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ id: `bundled:${f}`, text: readFileSync(join(dir, f), 'utf8') }));

  let t0 = performance.now();
  const engine = await loadEngine();
  const engineLoadMs = performance.now() - t0;

  const build = (analyses: Analysis[]): QuizArticle[] =>
    texts.map((a, i) => {
      const meta = parseArticleMeta(a.text, defaultLanguage.news);
      return { id: a.id, text: a.text, analysis: analyses[i]!, date: meta.date, outlet: meta.outlet, title: meta.title };
    });

  t0 = performance.now();
  const analyses = texts.map((a) => engine.analyze(a.text));
  const analyze5ColdMs = performance.now() - t0;
  t0 = performance.now();
  const cold = generateQuiz(build(analyses), { seed: 7, max: 16 }, defaultLanguage);
  const story5ColdMs = analyze5ColdMs + performance.now() - t0;

  const articles = build(analyses);
  const cached: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    generateQuiz(articles, { seed: 7, max: 16 }, defaultLanguage);
    cached.push(performance.now() - t0);
  }
  const perArticle = articles.map((a) => {
    const s = performance.now();
    generateQuiz([a], { seed: 7, max: 10 }, defaultLanguage);
    return performance.now() - s;
  });
  t0 = performance.now();
  factsOf(articles, defaultLanguage);
  const storiesMs = performance.now() - t0;

  return {
    'quiz.engineLoadMs': round(engineLoadMs),
    'quiz.analyze5ColdMs': round(analyze5ColdMs),
    'quiz.story5ColdMs': round(story5ColdMs),
    'quiz.story5CachedMs': round(median(cached)),
    'quiz.articleMeanMs': round(perArticle.reduce((a, b) => a + b, 0) / perArticle.length),
    'quiz.storiesMs': round(storiesMs),
    'quiz.story5Questions': cold.questions.length,
  };
}

/** Milliseconds from a click on the library's "Story quiz" to the quiz's start button. */
async function storyQuizReady(page: Page): Promise<number> {
  await page.getByTestId('story-card').waitFor({ timeout: 120_000 });
  return page.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="story-card"] .story-actions a')!;
    const ready = () => document.querySelector('.quiz-start .quiz-primary') !== null;
    const t0 = performance.now();
    link.click();
    await new Promise<void>((done) => {
      const mo = new MutationObserver(() => ready() && (mo.disconnect(), done()));
      mo.observe(document.body, { subtree: true, childList: true });
    });
    return performance.now() - t0;
  });
}

export async function benchQuizApp(): Promise<Record<string, number>> {
  return withWebApp(async (app) => {
    const page = await app.openPage();
    // The library has found the story once its card shows: the engine is loaded and the texts analysed.
    const first = await storyQuizReady(page);
    const hash = new URL(page.url()).hash;
    await page.evaluate(() => (window.location.hash = '#/library'));
    const cached = await storyQuizReady(page);
    const t0 = performance.now();
    const cold = await app.openPage(hash);
    await cold.locator('.quiz-start .quiz-primary').waitFor({ timeout: 120_000 });
    const coldMs = performance.now() - t0;
    return { 'quiz.app.story5FirstMs': round(first), 'quiz.app.story5CachedMs': round(cached), 'quiz.app.story5ColdMs': round(coldMs) };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void benchQuiz()
    .then(async (r) => ({ ...r, ...(await benchQuizApp()) }))
    .then((r) => console.log(JSON.stringify(r, null, 2)));
}
