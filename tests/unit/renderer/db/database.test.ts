import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersions } from '../../../../src/renderer/db/database';

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
