/**
 * Stories (issue 7): articles that report the same event, as the engine groups them by shared names.
 * Nothing is hard-coded: the bundled reports form a story because the engine groups them, and an own
 * text joins when it matches. A story's id is a hash of its member ids, so it is stable while they are.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { type Alignment, hash53 } from '../../core';
import type { ArticleListRecord, ArticleRecord, LesestoffDb } from '../db/database';
import { engine } from '../workers/engineClient';
import { QUIZ_VERSION, quizSource } from './quizData';

export interface Story {
  id: string;
  /** Member article ids, in library order. */
  articleIds: string[];
  keyNames: string[];
  alignments: Alignment[];
}

export const storyIdOf = (articleIds: string[]): string => `s${hash53([...articleIds].sort().join('\n'))}`;

const STORIES_PREFIX = 'stories:';

export function storiesCacheKey(articles: Pick<ArticleRecord, 'id' | 'contentHash'>[]): string {
  return `${STORIES_PREFIX}${QUIZ_VERSION}:${hash53(articles.map((a) => `${a.id}@${a.contentHash}`).join('|'))}`;
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
export async function loadStories(db: LesestoffDb, articles: (ArticleListRecord | ArticleRecord)[]): Promise<Story[]> {
  const key = storiesCacheKey(articles);
  const cached = await db.quizCache.get(key);
  if (cached && isStories(cached.value)) return cached.value;
  const missing = articles.filter((a) => !('text' in a)).map((a) => a.id);
  const read = new Map((await db.articles.bulkGet(missing)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const texts = articles.flatMap((a) => ('text' in a ? [a] : (read.get(a.id) ?? [])));
  const { stories } = await engine().storiesFor(texts.map(quizSource));
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
  const key = articles ? storiesCacheKey(articles) : null;
  const [result, setResult] = useState<{ key: string; value: StoriesState } | null>(null);
  useEffect(() => {
    if (!articles || key === null || !enabled) return;
    let live = true;
    loadStories(db, articles).then(
      (stories) => live && setResult({ key, value: { state: 'ready', stories, articles } }),
      (err: unknown) => live && setResult({ key, value: { state: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
    // `key` changes exactly when the articles' ids or texts do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key, enabled]);
  return result && result.key === key ? result.value : { state: 'working' };
}
