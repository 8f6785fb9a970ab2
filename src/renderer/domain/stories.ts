/**
 * Stories (issue 7, 16): articles that report the same event, as the engine groups them. Nothing is hard-coded:
 * the bundled reports form a story because the engine groups them, and an own text joins when it reports the same
 * event. The learner may move a text into or out of a story; those moves are kept as a setting and win over the
 * engine's grouping. A story's id is a hash of its member ids, so it is stable while they are.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { type Alignment, hash53, type StoryOverride } from '../../core';
import type { ArticleListRecord, ArticleRecord, LesestoffDb } from '../db/database';
import { engine } from '../workers/engineClient';
import { QUIZ_VERSION, quizSource } from './quizData';
import { saveSetting } from './settingsStore';
import type { SaveResult } from './saveErrors';

export interface Story {
  id: string;
  /** Member article ids, in library order. */
  articleIds: string[];
  keyNames: string[];
  alignments: Alignment[];
}

export const storyIdOf = (articleIds: string[]): string => `s${hash53([...articleIds].sort().join('\n'))}`;

const STORIES_PREFIX = 'stories:';

export function storiesCacheKey(articles: Pick<ArticleRecord, 'id' | 'contentHash'>[], overrides: readonly StoryOverride[] = []): string {
  const moves = overrides.map((o) => `${o.article}>${o.with ?? ''}`).join('|');
  return `${STORIES_PREFIX}${QUIZ_VERSION}:${hash53(`${articles.map((a) => `${a.id}@${a.contentHash}`).join('|')}#${moves}`)}`;
}

/** The setting that holds the learner's moves of texts into and out of stories, oldest first. */
export const STORY_OVERRIDES_KEY = 'storyOverrides';

/** The stored moves, checked at this edge: anything that is not a move is dropped. */
export function parseOverrides(value: unknown): StoryOverride[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o: Partial<StoryOverride> | null) =>
    o && typeof o.article === 'string' && (o.with === null || typeof o.with === 'string') ? [{ article: o.article, with: o.with }] : [],
  );
}

export async function loadOverrides(db: LesestoffDb): Promise<StoryOverride[]> {
  return parseOverrides((await db.settings.get(STORY_OVERRIDES_KEY))?.value);
}

/**
 * Moves a text out of its story (`withArticle` null) or into the story of `withArticle`. The newest move of a text
 * replaces its older ones; a failed save is reported with Retry and changes nothing.
 */
export async function moveText(db: LesestoffDb, article: string, withArticle: string | null): Promise<SaveResult<void>> {
  const moves = (await loadOverrides(db)).filter((o) => o.article !== article);
  return saveSetting(db, STORY_OVERRIDES_KEY, [...moves, { article, with: withArticle }]);
}

/** Groups of two or more articles; a lone article is not a story. */
export function toStories(groups: { articles: string[]; keyNames: string[]; alignments: Alignment[] }[], order: string[]): Story[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return groups
    .filter((g) => g.articles.length >= 2)
    .map((g) => {
      const articleIds = [...g.articles].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      return { id: storyIdOf(articleIds), articleIds, keyNames: g.keyNames, alignments: g.alignments };
    });
}

function isStories(value: unknown): value is Story[] {
  return Array.isArray(value) && value.every((s: Partial<Story>) => typeof s?.id === 'string' && Array.isArray(s.articleIds) && Array.isArray(s.alignments));
}

/**
 * The stories of the listed articles: from the cache while no text changed, else grouped by the engine. Only then
 * are the texts read (a row without its `text` is read from `articles`), so the library does not load them to show it.
 */
export async function loadStories(db: LesestoffDb, articles: (ArticleListRecord | ArticleRecord)[], overrides: readonly StoryOverride[] = []): Promise<Story[]> {
  const key = storiesCacheKey(articles, overrides);
  const cached = await db.quizCache.get(key);
  if (cached && isStories(cached.value)) return cached.value;
  const missing = articles.filter((a) => !('text' in a)).map((a) => a.id);
  const read = new Map((await db.articles.bulkGet(missing)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const texts = articles.flatMap((a) => ('text' in a ? [a] : (read.get(a.id) ?? [])));
  const { stories } = await engine().storiesFor(texts.map(quizSource), overrides);
  const value = toStories(stories, articles.map((a) => a.id));
  // One grouping of the whole library is all that is ever read: it replaces the one before.
  // A cache: when it cannot be written (a full disk) the stories still show, and are grouped again next time.
  await db.transaction('rw', db.quizCache, async () => {
    await db.quizCache.where('key').startsWith(STORIES_PREFIX).delete();
    await db.quizCache.put({ key, createdAt: Date.now(), value });
  }).catch(() => undefined);
  return value;
}

export type StoriesState = { state: 'working' } | { state: 'ready'; stories: Story[]; articles: ArticleListRecord[] } | { state: 'error'; message: string };

/** The library's stories, recomputed (in the worker) only when an article is added, changed or removed. */
export function useStories(db: LesestoffDb, enabled = true): StoriesState {
  // The list without texts (articleList.ts): the key needs ids and content hashes only.
  const articles = useLiveQuery(() => db.articleList.orderBy('addedAt').toArray(), [db]);
  const overrides = useLiveQuery(() => loadOverrides(db), [db]);
  const key = articles && overrides ? storiesCacheKey(articles, overrides) : null;
  const [result, setResult] = useState<{ key: string; value: StoriesState } | null>(null);
  useEffect(() => {
    if (!articles || !overrides || key === null || !enabled) return;
    let live = true;
    loadStories(db, articles, overrides).then(
      (stories) => live && setResult({ key, value: { state: 'ready', stories, articles } }),
      (err: unknown) => live && setResult({ key, value: { state: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
    // `key` changes exactly when the articles' ids or texts, or the learner's moves, do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key, enabled]);
  return result && result.key === key ? result.value : { state: 'working' };
}
