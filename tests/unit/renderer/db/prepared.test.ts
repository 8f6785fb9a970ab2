import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguage, ENGINE_VERSION, prepareArticle } from '../../../../src/core';
import { writePack } from '../../../../src/core/packs/packFile';
import { importPack } from '../../../../src/renderer/db/importPack';
import { saveOwnText } from '../../../../src/renderer/domain/ownTextStore';
import { prepareOwnText } from '../../../../src/renderer/text/prepareText';
import { samplePack } from '../../core/packs/fixtures';
import { type ArticleRecord, openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { bodyOf, reprepareStale } from '../../../../src/renderer/db/prepared';
import { bundledId, seedBundledArticles } from '../../../../src/renderer/db/seedBundled';

let db: LesestoffDb;
let n = 0;
const freshDb = () => (db = openDatabase(`prepared-test-${n++}`));
afterEach(() => db.close());

const text = 'Neue Brücke in Lübeck\n\nDie Brücke ist seit Montag offen.\n\nAutos fahren erst im Mai.';
const body = (a: ArticleRecord | undefined) => (a ? bodyOf(a).map((p) => a.text.slice(p.start, p.end)) : []);
/** An article as an older engine prepared it: its whole text taken as one paragraph. */
const older = (id: string, origin: ArticleRecord['origin'], title: string): ArticleRecord => ({
  id,
  origin,
  text,
  title,
  date: null,
  outlet: null,
  wordCount: 15,
  readingMinutes: 1,
  contentHash: 'h',
  addedAt: 1,
  updatedAt: 1,
  engineVersion: `${ENGINE_VERSION}-older`,
  paragraphs: [{ start: 0, end: text.length }],
});

describe('articles prepared again when the engine version changes', () => {
  it('prepares every article of another engine version, keeping titles given, cached lemmas and what the learner made', async () => {
    freshDb();
    await db.articles.bulkPut([
      { ...older('user:1', 'user', 'Meine Brücke'), lemmaIndex: { version: 'h:1', keys: ['brücke'] } },
      // Restored from a backup made before articles were prepared: no version, no paragraphs.
      { ...older('user:2', 'user', 'Noch eine'), engineVersion: undefined, paragraphs: undefined },
    ]);
    await db.vocabulary.add({ lemma: 'Brücke', articleId: 'user:1', context: 'Die Brücke ist seit Montag offen.', createdAt: 5, updatedAt: 5 });
    await db.wordStatus.put({ lemma: 'Brücke', status: 2, updatedAt: 5 });
    // Until it is prepared again, the reader shows the body stored by the older engine.
    expect(body(await db.articles.get('user:1'))).toEqual([text]);

    expect(await reprepareStale(db)).toBe(2);

    const first = await db.articles.get('user:1');
    expect(first).toMatchObject({ title: 'Meine Brücke', engineVersion: ENGINE_VERSION, lemmaIndex: { keys: ['brücke'] } });
    expect(body(first)).toEqual(['Die Brücke ist seit Montag offen.', 'Autos fahren erst im Mai.']);
    expect(await db.articles.get('user:2')).toMatchObject({ title: 'Noch eine', engineVersion: ENGINE_VERSION });
    expect(await db.articleList.where('engineVersion').equals(ENGINE_VERSION).count()).toBe(2);
    expect(await db.vocabulary.count()).toBe(1);
    expect(await db.wordStatus.get('Brücke')).toMatchObject({ status: 2 });
    // Nothing left to do on the next start.
    expect(await reprepareStale(db)).toBe(0);
  });

  it('leaves a record without a text as it is and prepares the others', async () => {
    freshDb();
    // Not written by this app: the cast stores what a damaged profile might hold.
    await db.articles.bulkPut([{ ...older('user:broken', 'user', 'Kaputt'), text: undefined } as never, older('user:ok', 'user', 'Heil')]);
    expect(await reprepareStale(db)).toBe(1);
    expect(await db.articles.get('user:ok')).toMatchObject({ title: 'Heil', engineVersion: ENGINE_VERSION });
    expect(await db.articles.get('user:broken')).toMatchObject({ title: 'Kaputt', engineVersion: `${ENGINE_VERSION}-older` });
  });

  it('shows an article stored without a preparation with the body prepared on the spot', () => {
    expect(body({ ...older('user:3', 'user', 'x'), engineVersion: undefined, paragraphs: undefined })).toEqual(['Die Brücke ist seit Montag offen.', 'Autos fahren erst im Mai.']);
  });

  it('prepares an unchanged bundled text again at seeding when an older engine prepared it, reading its title anew', async () => {
    freshDb();
    await db.articles.put(older(bundledId('bruecke'), 'bundled', 'Titel von früher'));
    expect(await seedBundledArticles(db, [{ id: 'bruecke', text }], 2000)).toEqual({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    const article = await db.articles.get(bundledId('bruecke'));
    expect(article).toMatchObject({ title: 'Neue Brücke in Lübeck', engineVersion: ENGINE_VERSION, addedAt: 1 });
    expect(body(article)).toEqual(['Die Brücke ist seit Montag offen.', 'Autos fahren erst im Mai.']);
    expect(await seedBundledArticles(db, [{ id: 'bruecke', text }], 3000)).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
  });
});

describe('every way in stores the article prepared', () => {
  it('bundled seeding, an own text and a pack import store the body and the engine version', async () => {
    freshDb();
    await seedBundledArticles(db, [{ id: 'bruecke', text }]);
    const own = await saveOwnText(db, prepareOwnText('Am See', 'Das Wasser ist kalt.\n\nWir schwimmen trotzdem.'), false);
    expect(own).toHaveProperty('saved');
    expect(await importPack(db, writePack(samplePack()), { mode: 'update' })).toMatchObject({ ok: true });
    const articles = await db.articles.toArray();
    expect(articles.map((a) => a.origin).sort()).toEqual(['bundled', 'pack', 'pack', 'user']);
    for (const a of articles) {
      expect(a.engineVersion).toBe(ENGINE_VERSION);
      expect(a.paragraphs).toEqual(prepareArticle(defaultLanguage, a.text).paragraphs);
    }
    expect(body(articles.find((a) => a.origin === 'user'))).toEqual(['Das Wasser ist kalt.', 'Wir schwimmen trotzdem.']);
  });
});
