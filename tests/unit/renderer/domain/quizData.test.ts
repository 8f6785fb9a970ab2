import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../../../../src/renderer/db/database';
import { openDatabase } from '../../../../src/renderer/db/database';
import type { QuizResult, QuizSourceArticle } from '../../../../src/renderer/workers/quizApi';

// The worker is replaced by a counter: these tests are about when the renderer asks for a quiz, not what it gets.
const quizFor = vi.fn(async (articles: QuizSourceArticle[]): Promise<QuizResult> => ({
  questions: articles.map((a) => ({ id: `q-${a.id}-${a.text.length}`, type: 'number', prompt: `Wie viele in ${a.id}?`, options: ['1', '2'], answer: '2', evidence: [], difficulty: 1 })),
  reasons: [],
  stories: [],
  ms: 1,
}));
const storiesFor = vi.fn(async (articles: QuizSourceArticle[]) => ({ stories: [{ articles: articles.map((a) => a.id), keyNames: ['Putin'], alignments: [] }], ms: 1 }));
vi.mock('../../../../src/renderer/workers/engineClient', () => ({ engine: () => ({ quizFor, storiesFor }) }));

const { loadQuiz } = await import('../../../../src/renderer/domain/quizData');
const { loadStories } = await import('../../../../src/renderer/domain/stories');

const article = (id: string, text: string): ArticleRecord => ({
  id,
  origin: 'user',
  text,
  title: id,
  date: null,
  outlet: null,
  wordCount: 3,
  readingMinutes: 1,
  contentHash: `h${text.length}:${text}`,
  addedAt: 1,
  updatedAt: 1,
});

beforeEach(() => {
  quizFor.mockClear();
  storiesFor.mockClear();
});

describe('loadQuiz', () => {
  it('generates a quiz once and then serves it from the cache, also after the database is reopened', async () => {
    const name = `quizdata-${Math.random()}`;
    const a = article('a', 'Der Rat stimmte mit 38 Stimmen zu.');
    let db = openDatabase(name);
    const first = await loadQuiz(db, 'article', [a]);
    expect(first.fromCache).toBe(false);
    const again = await loadQuiz(db, 'article', [a]);
    expect(again.fromCache).toBe(true);
    expect(again.questions).toEqual(first.questions);
    db.close();
    db = openDatabase(name);
    expect((await loadQuiz(db, 'article', [a])).fromCache).toBe(true);
    expect(quizFor).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('regenerates when the text changes, and only the quiz of the changed text', async () => {
    const db = openDatabase(`quizdata-${Math.random()}`);
    const a = article('a', 'Der Rat stimmte mit 38 Stimmen zu.');
    const b = article('b', 'Die Bahn kostet 120 Millionen Euro.');
    await loadQuiz(db, 'article', [a]);
    await loadQuiz(db, 'article', [b]);
    const changed = article('a', 'Der Rat stimmte mit 40 von 48 Stimmen zu.');
    const fresh = await loadQuiz(db, 'article', [changed]);
    expect(fresh.fromCache).toBe(false);
    expect(quizFor).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'a', text: changed.text })], expect.anything());
    expect((await loadQuiz(db, 'article', [b])).fromCache).toBe(true);
    expect(quizFor).toHaveBeenCalledTimes(3);
    // The old text's quiz is gone, not kept forever next to the new one.
    expect(await db.quizCache.count()).toBe(2);
    expect((await loadQuiz(db, 'article', [a])).fromCache).toBe(false);
    db.close();
  });

  it('keeps a story quiz apart from the article quizzes, and regenerates it when one member changes', async () => {
    const db = openDatabase(`quizdata-${Math.random()}`);
    const a = article('a', 'Der Rat stimmte mit 38 Stimmen zu.');
    const b = article('b', 'Der Rat stimmte mit 39 Stimmen zu.');
    await loadQuiz(db, 'article', [a]);
    expect((await loadQuiz(db, 'story', [a, b])).fromCache).toBe(false);
    expect((await loadQuiz(db, 'story', [a, b])).fromCache).toBe(true);
    expect((await loadQuiz(db, 'story', [a, article('b', 'Der Rat stimmte mit 41 Stimmen zu.')])).fromCache).toBe(false);
    expect(quizFor).toHaveBeenCalledTimes(3);
    db.close();
  });

  it('regenerates over a cache entry that is not a quiz (storage is an edge)', async () => {
    const db = openDatabase(`quizdata-${Math.random()}`);
    const a = article('a', 'Der Rat stimmte mit 38 Stimmen zu.');
    await loadQuiz(db, 'article', [a]);
    const [row] = await db.quizCache.toArray();
    await db.quizCache.put({ ...row!, value: { questions: 'broken' } });
    const q = await loadQuiz(db, 'article', [a]);
    expect(q.fromCache).toBe(false);
    expect(q.questions).toHaveLength(1);
    db.close();
  });
});

describe('loadStories', () => {
  it('groups the library once, and again only when an article is added or its text changes', async () => {
    const db = openDatabase(`stories-${Math.random()}`);
    const a = article('a', 'Putin reiste nach Pjöngjang.');
    const b = article('b', 'Putin traf Kim Jong Un.');
    const stories = await loadStories(db, [a, b]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleIds).toEqual(['a', 'b']);
    await loadStories(db, [a, b]);
    expect(storiesFor).toHaveBeenCalledTimes(1);
    await loadStories(db, [a, b, article('c', 'Kim empfing Putin.')]);
    await loadStories(db, [a, article('b', 'Putin traf Kim Jong Un am Flughafen.')]);
    expect(storiesFor).toHaveBeenCalledTimes(3);
    expect(await db.quizCache.count()).toBe(1);
    db.close();
  });
});
