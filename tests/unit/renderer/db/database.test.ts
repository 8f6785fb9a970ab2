import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../../src/core';
import { type ArticleRecord, openDatabase, schemaVersions } from '../../../../src/renderer/db/database';

describe('schema upgrades', () => {
  it('version 1 → 2 keeps every row and fills vocabulary.updatedAt from createdAt', async () => {
    const name = 'upgrade-1-2';
    const v1 = openDatabase(name, 1);
    await v1.articles.add({ id: 'bundled:x', origin: 'bundled', text: 'T', title: 'T', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });
    // A version-1 row has no updatedAt; the cast writes what version 1 wrote.
    await v1.vocabulary.add({ lemma: 'Haus', articleId: 'bundled:x', context: 'Das Haus.', createdAt: 42 } as never);
    await v1.settings.put({ key: 'uiLanguage', value: 'de' });
    v1.close();

    const latest = openDatabase(name);
    expect(await latest.articles.count()).toBe(1);
    expect(await latest.vocabulary.toArray()).toEqual([expect.objectContaining({ lemma: 'Haus', createdAt: 42, updatedAt: 42 })]);
    expect(await latest.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'de' });
    await latest.wordStatus.put({ lemma: 'Haus', status: 3, updatedAt: 1 });
    expect(await latest.wordStatus.count()).toBe(1);
    latest.close();
  });

  it('numbers versions strictly upwards', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('schema upgrade 2 → 3', () => {
  it('keeps articles, statuses and vocabulary and adds the review, quiz, results and lookup tables', async () => {
    const name = 'upgrade-2-3';
    const v2 = openDatabase(name, 2);
    await v2.articles.add({ id: 'user:1', origin: 'user', text: 'T', title: 'T', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });
    await v2.wordStatus.put({ lemma: 'gehen', status: 'known', updatedAt: 1 });
    await v2.vocabulary.add({ lemma: 'Haus', articleId: 'user:1', context: 'Das Haus.', createdAt: 1, updatedAt: 1 });
    v2.close();

    const latest = openDatabase(name);
    expect(await latest.articles.get('user:1')).toMatchObject({ title: 'T' });
    expect(await latest.wordStatus.get('gehen')).toMatchObject({ status: 'known' });
    expect(await latest.vocabulary.count()).toBe(1);
    await latest.reviewCards.put({ vocabularyId: 1, due: 5, card: {} });
    await latest.lookups.add({ lemma: 'Haus', articleId: 'user:1', at: 2 });
    expect(await latest.reviewCards.where('due').below(10).count()).toBe(1);
    expect(await latest.articles.where('packId').equals('p').count()).toBe(0);
    latest.close();
  });
});

describe('schema upgrade 3 → 4', () => {
  it('keeps every record and lists each article, with its counts and cached lemmas, without its text', async () => {
    const name = 'upgrade-3-4';
    const v3 = openDatabase(name, 3);
    await v3.articles.bulkAdd([
      { id: 'bundled:wetter', origin: 'bundled', text: 'Regen\n\nMorgen regnet es.', title: 'Regen', date: '2025-03-01', outlet: 'Tagesblatt', wordCount: 4, readingMinutes: 1, contentHash: 'h1', addedAt: 1, updatedAt: 1, lemmaIndex: { version: 'h1:1', keys: ['morgen', 'regnen'] } },
      { id: 'user:7', origin: 'user', text: 'Mein Tag\n\nIch koche Suppe.', title: 'Mein Tag', date: null, outlet: null, wordCount: 5, readingMinutes: 1, contentHash: 'h2', addedAt: 2, updatedAt: 3 },
      { id: 'pack:p:a1', origin: 'pack', packId: 'p', text: 'Schule\n\nDie Klasse liest.', title: 'Schule', date: null, outlet: null, wordCount: 4, readingMinutes: 1, contentHash: 'h3', addedAt: 4, updatedAt: 4 },
    ]);
    await v3.packs.put({ id: 'p', title: 'Klasse 9', importedAt: 4 });
    await v3.vocabulary.add({ lemma: 'Suppe', articleId: 'user:7', context: 'Ich koche Suppe.', createdAt: 5, updatedAt: 5 });
    await v3.wordStatus.put({ lemma: 'regnen', status: 'known', updatedAt: 5 });
    await v3.reviewCards.put({ vocabularyId: 1, due: 9, card: {} });
    await v3.quizAttempts.add({ articleId: 'user:7', storyId: null, score: 2, total: 3, finishedAt: 6 });
    await v3.lookups.add({ lemma: 'Suppe', articleId: 'user:7', at: 7 });
    await v3.classResults.put({ id: 'r', packId: 'p', importedAt: 8, value: {} });
    await v3.settings.put({ key: 'uiLanguage', value: 'de' });
    const before = await Promise.all(v3.tables.map(async (t) => [t.name, await t.toArray()] as const));
    v3.close();

    // At version 4 exactly: version 5 adds the prepared body to every article (its own test below).
    const latest = openDatabase(name, 4);
    for (const [table, rows] of before) expect(await latest.table(table).toArray()).toEqual(rows);
    const list = await latest.articleList.orderBy('addedAt').toArray();
    expect(list.map((r) => r.title)).toEqual(['Regen', 'Mein Tag', 'Schule']);
    for (const row of list) expect(row).not.toHaveProperty('text');
    expect(list[0]).toMatchObject({ outlet: 'Tagesblatt', date: '2025-03-01', wordCount: 4, lemmaIndex: { keys: ['morgen', 'regnen'] } });
    expect(await latest.articleList.where('packId').equals('p').count()).toBe(1);
    latest.close();
  });
});

describe('schema upgrade 4 → 5', () => {
  it('prepares every article once, keeping every record, the given titles and the cached lemmas', async () => {
    const name = 'upgrade-4-5';
    const v4 = openDatabase(name, 4);
    // Titles and outlets as version 4 stored them; the pack's and the learner's were given, not read from the text.
    await v4.articles.bulkAdd([
      { id: 'bundled:wetter', origin: 'bundled', text: 'Regen im März\n\nMorgen regnet es in Kiel.\n\nFoto: dpa/Jan Ott', title: 'alt', date: null, outlet: null, wordCount: 11, readingMinutes: 1, contentHash: 'h1', addedAt: 1, updatedAt: 1, lemmaIndex: { version: 'h1:1', keys: ['morgen', 'regnen'] } },
      { id: 'user:7', origin: 'user', text: 'Mein Tag\n\nIch koche Suppe.', title: 'Mein Tag', date: null, outlet: null, wordCount: 5, readingMinutes: 1, contentHash: 'h2', addedAt: 2, updatedAt: 3 },
      { id: 'pack:p:a1', origin: 'pack', packId: 'p', text: 'Schule\n\nDie Klasse liest.', title: 'Lesen in Klasse 9', date: '2025-01-02', outlet: 'Schulblatt', wordCount: 4, readingMinutes: 1, contentHash: 'h3', addedAt: 4, updatedAt: 4 },
    ]);
    await v4.packs.put({ id: 'p', title: 'Klasse 9', importedAt: 4 });
    await v4.vocabulary.add({ lemma: 'Suppe', articleId: 'user:7', context: 'Ich koche Suppe.', createdAt: 5, updatedAt: 5 });
    await v4.wordStatus.put({ lemma: 'regnen', status: 'known', updatedAt: 5 });
    await v4.reviewCards.put({ vocabularyId: 1, due: 9, card: {} });
    await v4.quizAttempts.add({ articleId: 'user:7', storyId: null, score: 2, total: 3, finishedAt: 6 });
    await v4.lookups.add({ lemma: 'Suppe', articleId: 'user:7', at: 7 });
    await v4.classResults.put({ id: 'r', packId: 'p', importedAt: 8, value: {} });
    await v4.settings.put({ key: 'uiLanguage', value: 'de' });
    const before = await Promise.all(v4.tables.filter((t) => !t.name.startsWith('article')).map(async (t) => [t.name, await t.toArray()] as const));
    v4.close();

    const latest = openDatabase(name);
    for (const [table, rows] of before) expect(await latest.table(table).toArray()).toEqual(rows);
    const articles = await latest.articles.orderBy('addedAt').toArray();
    expect(articles.map((a) => a.id)).toEqual(['bundled:wetter', 'user:7', 'pack:p:a1']);
    for (const a of articles) expect(a.engineVersion).toBe(ENGINE_VERSION);
    const [wetter, tag, schule] = articles as [ArticleRecord, ArticleRecord, ArticleRecord];
    // The bundled text's title is read from it again; the body is what follows the headline, the photo credit marked.
    expect(wetter).toMatchObject({ title: 'Regen im März', addedAt: 1, lemmaIndex: { keys: ['morgen', 'regnen'] } });
    expect(wetter.paragraphs?.map((p) => [wetter.text.slice(p.start, p.end), p.boilerplate ?? false])).toEqual([
      ['Morgen regnet es in Kiel.', false],
      ['Foto: dpa/Jan Ott', true],
    ]);
    expect(tag).toMatchObject({ title: 'Mein Tag', text: 'Mein Tag\n\nIch koche Suppe.' });
    expect(schule).toMatchObject({ title: 'Lesen in Klasse 9', date: '2025-01-02', outlet: 'Schulblatt', packId: 'p' });
    // The list follows, with the version and without texts or paragraphs.
    const list = await latest.articleList.where('engineVersion').equals(ENGINE_VERSION).toArray();
    expect(list).toHaveLength(3);
    for (const row of list) expect(row).not.toHaveProperty('text');
    for (const row of list) expect(row).not.toHaveProperty('paragraphs');
    latest.close();
  });
});

describe('schema upgrade 5 → 6', () => {
  it('keeps every record of every table and adds an empty reading log, indexed by text and time', async () => {
    const name = 'upgrade-5-6';
    const v5 = openDatabase(name, 5);
    await v5.articles.bulkAdd([
      { id: 'user:see', origin: 'user', text: 'Am See\n\nDas Boot liegt still.', title: 'Am See', date: null, outlet: null, wordCount: 6, readingMinutes: 1, contentHash: 's1', addedAt: 1, updatedAt: 2, engineVersion: ENGINE_VERSION, paragraphs: [{ start: 8, end: 29 }], lemmaIndex: { version: 's1:2', keys: ['der', 'Boot', 'liegen', 'still'] } },
      { id: 'pack:k:b', origin: 'pack', packId: 'k', text: 'Brot\n\nWir backen Brot.', title: 'Brot', date: '2025-02-03', outlet: 'Schulblatt', wordCount: 4, readingMinutes: 1, contentHash: 's2', addedAt: 3, updatedAt: 3, engineVersion: ENGINE_VERSION, paragraphs: [{ start: 6, end: 22 }] },
    ]);
    await v5.packs.put({ id: 'k', title: 'Backen', importedAt: 3 });
    await v5.vocabulary.add({ lemma: 'Boot', articleId: 'user:see', context: 'Das Boot liegt still.', createdAt: 4, updatedAt: 5, ownMeaning: 'kleines Schiff' });
    await v5.vocabulary.add({ lemma: 'liegt still', articleId: 'user:see', context: 'Das Boot liegt still.', createdAt: 4, updatedAt: 4, phraseKeys: ['liegen', 'still'] });
    await v5.reviewCards.put({ vocabularyId: 1, due: 9, card: { reps: 1 } });
    await v5.wordStatus.bulkPut([
      { lemma: 'Boot', status: 2, updatedAt: 6 },
      { lemma: 'still', status: 'known', updatedAt: 6 },
    ]);
    await v5.quizAttempts.add({ articleId: 'user:see', storyId: null, score: 1, total: 2, finishedAt: 7, kind: 'article' });
    await v5.lookups.add({ lemma: 'Boot', articleId: 'user:see', at: 8 });
    await v5.classResults.put({ id: 'r1', packId: 'k', importedAt: 9, value: {} });
    await v5.quizCache.put({ key: 'q', createdAt: 9, value: [] });
    await v5.settings.put({ key: 'comfort.theme', value: 'dark' });
    const before = await Promise.all(v5.tables.map(async (t) => [t.name, await t.toArray()] as const));
    v5.close();

    const latest = openDatabase(name);
    for (const [table, rows] of before) expect(await latest.table(table).toArray(), table).toEqual(rows);
    expect(await latest.readingLog.count()).toBe(0);
    await latest.readingLog.bulkAdd([
      { kind: 'opened', articleId: 'user:see', at: 10, unknown: 2, distinct: 4 },
      { kind: 'finished', articleId: 'user:see', at: 11, words: 6 },
    ]);
    expect(await latest.readingLog.where('articleId').equals('user:see').count()).toBe(2);
    expect(await latest.readingLog.where('at').above(10).count()).toBe(1);
    latest.close();
  });
});
