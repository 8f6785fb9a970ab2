import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writePack } from '../../../../src/core/packs/packFile';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { importPack } from '../../../../src/renderer/db/importPack';
import { bundledId, seedBundledArticles } from '../../../../src/renderer/db/seedBundled';
import { prepareOwnText } from '../../../../src/renderer/text/prepareText';
import { deleteArticle, restoreArticle, saveOwnText } from '../../../../src/renderer/domain/ownTextStore';
import { samplePack } from '../../core/packs/fixtures';

let db: LesestoffDb;
let n = 0;
const freshDb = () => (db = openDatabase(`article-list-${n++}`));
afterEach(() => db.close());

/** What the library shows: titles in the order added, and no text anywhere in the list. */
async function libraryTitles(): Promise<string[]> {
  const rows = await db.articleList.orderBy('addedAt').toArray();
  for (const row of rows) expect(row).not.toHaveProperty('text');
  return rows.map((r) => r.title);
}

describe('the library list', () => {
  it('shows a bundled text once seeded, its new title after an app update, and drops one no longer shipped', async () => {
    freshDb();
    await seedBundledArticles(db, [{ id: 'fluss', text: 'Der Fluss steigt\n\nDas Wasser kommt.' }, { id: 'berg', text: 'Am Berg\n\nEs schneit.' }], 1);
    // Seeded together, so they share addedAt and sort by id.
    expect(await libraryTitles()).toEqual(['Am Berg', 'Der Fluss steigt']);
    await seedBundledArticles(db, [{ id: 'fluss', text: 'Der Fluss fällt\n\nDas Wasser geht zurück.' }], 2);
    expect(await libraryTitles()).toEqual(['Der Fluss fällt']);
    expect(await db.articleList.get(bundledId('fluss'))).toMatchObject({ wordCount: (await db.articles.get(bundledId('fluss')))?.wordCount });
  });

  it('follows an own text added, deleted and brought back with Undo', async () => {
    freshDb();
    const outcome = await saveOwnText(db, prepareOwnText('Im Garten', 'Die Tomaten sind rot. Wir ernten sie heute.'), false, 1000);
    if (!('saved' in outcome)) throw new Error('not saved');
    expect(await libraryTitles()).toEqual(['Im Garten']);
    const deleted = await deleteArticle(db, outcome.saved);
    expect(await libraryTitles()).toEqual([]);
    await restoreArticle(db, deleted!);
    expect(await libraryTitles()).toEqual(['Im Garten']);
  });

  it('follows an edit of an article, such as its cached lemma list for the unknown-word count', async () => {
    freshDb();
    await seedBundledArticles(db, [{ id: 'wald', text: 'Im Wald\n\nDie Bäume wachsen.' }], 1);
    await db.articles.update(bundledId('wald'), { title: 'Im Wald (neu)', lemmaIndex: { version: 'v', keys: ['Baum', 'wachsen'] } });
    expect(await db.articleList.get(bundledId('wald'))).toMatchObject({ title: 'Im Wald (neu)', lemmaIndex: { version: 'v', keys: ['Baum', 'wachsen'] } });
  });

  it('shows a pack’s articles once imported, one article fewer after an update, none after the pack is deleted', async () => {
    freshDb();
    const pack = samplePack();
    await importPack(db, writePack(pack), { mode: 'update' }, 5);
    expect(await db.articleList.where('packId').equals(pack.id).count()).toBe(pack.articles.length);
    await importPack(db, writePack(samplePack({ version: 2, articles: [pack.articles[0]!], notes: pack.notes, questions: pack.questions.slice(0, 1) })), { mode: 'update' }, 9);
    expect(await libraryTitles()).toEqual([pack.articles[0]!.title]);
    // As the Packs screen deletes a pack: one transaction on packs and articles, which names no list table.
    await db.transaction('rw', db.packs, db.articles, async () => {
      await db.articles.where('packId').equals(pack.id).delete();
      await db.packs.delete(pack.id);
    });
    expect(await libraryTitles()).toEqual([]);
  });

  it('keeps the list as it was when a write to the articles fails', async () => {
    freshDb();
    await seedBundledArticles(db, [{ id: 'see', text: 'Am See\n\nEs ist still.' }], 1);
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.delete(bundledId('see'));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await libraryTitles()).toEqual(['Am See']);
  });
});
