import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { bundledId, isBundledId, seedBundledArticles } from '../../../../src/renderer/db/seedBundled';

const library = [
  { id: 'a', text: 'Erster Titel\n\nEin Absatz über Brücken.' },
  { id: 'b', text: 'Zweiter Titel\n\nEin Absatz über Züge.' },
];

let db: LesestoffDb;
let n = 0;
const freshDb = () => (db = openDatabase(`seed-test-${n++}`));
afterEach(() => db.close());

describe('seedBundledArticles', () => {
  it('adds the bundled articles with metadata derived from the text', async () => {
    freshDb();
    expect(await seedBundledArticles(db, library)).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(await db.articles.get(bundledId('a'))).toMatchObject({ title: 'Erster Titel', origin: 'bundled', wordCount: 6 });
  });

  it('adds nothing on a second and third start', async () => {
    freshDb();
    await seedBundledArticles(db, library);
    expect(await seedBundledArticles(db, library)).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    await seedBundledArticles(db, library);
    expect(await db.articles.count()).toBe(2);
  });

  it('updates a changed bundled text in place and keeps the vocabulary that points at it', async () => {
    freshDb();
    await seedBundledArticles(db, library, 1000);
    await db.vocabulary.add({ lemma: 'Brücke', articleId: bundledId('a'), context: 'Ein Absatz über Brücken.', createdAt: 5, updatedAt: 5 });
    const newVersion = [{ id: 'a', text: 'Erster Titel, korrigiert\n\nEin Absatz über Brücken.' }, library[1]!];
    expect(await seedBundledArticles(db, newVersion, 2000)).toEqual({ added: 0, updated: 1, unchanged: 1, removed: 0 });
    const article = await db.articles.get(bundledId('a'));
    expect(article).toMatchObject({ title: 'Erster Titel, korrigiert', addedAt: 1000, updatedAt: 2000 });
    expect(await db.vocabulary.where('articleId').equals(bundledId('a')).count()).toBe(1);
  });

  it('removes an article the new version no longer ships, keeping the vocabulary and statuses from it', async () => {
    freshDb();
    await seedBundledArticles(db, library);
    await db.vocabulary.add({ lemma: 'Zug', articleId: bundledId('b'), context: 'Ein Absatz über Züge.', createdAt: 5, updatedAt: 5 });
    await db.articles.add({ id: 'user:1', origin: 'user', text: 'x', title: 'Mein Text', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });
    expect(await seedBundledArticles(db, [library[0]!])).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(await db.articles.get(bundledId('b'))).toBeUndefined();
    expect(await db.articles.get(bundledId('a'))).toBeDefined();
    expect(await db.articles.get('user:1')).toBeDefined();
    expect(await db.vocabulary.where('lemma').equals('Zug').first()).toMatchObject({ context: 'Ein Absatz über Züge.' });
  });

  it('leaves the user’s own articles alone', async () => {
    freshDb();
    await db.articles.add({ id: 'user:1', origin: 'user', text: 'x', title: 'Mein Text', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });
    await seedBundledArticles(db, library);
    expect(await db.articles.get('user:1')).toMatchObject({ title: 'Mein Text' });
  });

  it('tells a bundled article’s id from the learner’s and a pack’s', () => {
    expect(isBundledId(bundledId('007_Hafenfest'))).toBe(true);
    expect(isBundledId('user:1')).toBe(false);
    expect(isBundledId('pack:kurs:bundled:1')).toBe(false);
  });
});
