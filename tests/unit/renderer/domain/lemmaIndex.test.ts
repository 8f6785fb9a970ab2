import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type ArticleRecord } from '../../../../src/renderer/db/database';
import { freshLemmaKeys, lemmaIndexVersion, storeLemmaIndex } from '../../../../src/renderer/domain/lemmaIndex';

// A new analysis may give a word another status key (better lemma rules: `zweit` → `zweite`). The learner's status
// must follow the word, not stay behind under a key the reader no longer asks for.

const text = 'Der zweite Zug fährt ab.';
const article: ArticleRecord = {
  id: 'user:zug', origin: 'user', text, title: 'Zug', date: null, outlet: null, wordCount: 5, readingMinutes: 1,
  contentHash: 'z1', addedAt: 1, updatedAt: 1,
};
// Offsets of Der, zweite, Zug, fährt, ab.
const starts = [0, 4, 11, 15, 21];

async function withOldIndex(name: string, oldKeys: string[], oldStarts?: number[]) {
  const db = openDatabase(name);
  await db.articles.put({ ...article, lemmaIndex: { version: 'z1:older', keys: oldKeys, ...(oldStarts ? { starts: oldStarts } : {}) } });
  return db;
}

describe('statuses follow a word whose key a new analysis changed', () => {
  it('copies the old key’s status to the new key and keeps the old record', async () => {
    const db = await withOldIndex('rekey-copy', ['der', 'zweit', 'Zug', 'abfahren'], [0, 4, 11, 15]);
    await db.wordStatus.bulkPut([
      { lemma: 'zweit', status: 'known', updatedAt: 7 },
      { lemma: 'Zug', status: 2, updatedAt: 8 },
    ]);
    await storeLemmaIndex(db, article, { keys: ['der', 'zweite', 'Zug', 'abfahren', 'abfahren'], starts });

    expect(await db.wordStatus.get('zweite')).toEqual({ lemma: 'zweite', status: 'known', updatedAt: 7 });
    expect(await db.wordStatus.get('zweit')).toMatchObject({ status: 'known' });
    expect(await db.wordStatus.get('Zug')).toMatchObject({ status: 2 });
    const stored = await db.articles.get(article.id);
    expect(freshLemmaKeys(stored!)).toEqual(['der', 'zweite', 'Zug', 'abfahren']);
    expect(stored!.lemmaIndex).toMatchObject({ version: lemmaIndexVersion(article), starts: [0, 4, 11, 15] });
  });

  it('keeps a status the learner set under the new key', async () => {
    const db = await withOldIndex('rekey-newer-wins', ['der', 'zweit'], [0, 4]);
    await db.wordStatus.bulkPut([
      { lemma: 'zweit', status: 'known', updatedAt: 7 },
      { lemma: 'zweite', status: 1, updatedAt: 9 },
    ]);
    await storeLemmaIndex(db, article, { keys: ['der', 'zweite', 'Zug', 'abfahren', 'abfahren'], starts });
    expect(await db.wordStatus.get('zweite')).toMatchObject({ status: 1, updatedAt: 9 });
  });

  it('carries nothing from an index made before positions were kept, and nothing when the text changed', async () => {
    const db = await withOldIndex('rekey-no-starts', ['der', 'zweit']);
    await db.wordStatus.put({ lemma: 'zweit', status: 'known', updatedAt: 7 });
    await storeLemmaIndex(db, article, { keys: ['der', 'zweite', 'Zug', 'abfahren', 'abfahren'], starts });
    expect(await db.wordStatus.get('zweite')).toBeUndefined();
    expect(freshLemmaKeys((await db.articles.get(article.id))!)).toEqual(['der', 'zweite', 'Zug', 'abfahren']);

    const edited = await withOldIndex('rekey-edited', ['der', 'zweit'], [0, 4]);
    await edited.wordStatus.put({ lemma: 'zweit', status: 'known', updatedAt: 7 });
    await storeLemmaIndex(edited, { ...article, contentHash: 'other' }, { keys: ['der', 'zweite'], starts: [0, 4] });
    expect(await edited.wordStatus.get('zweite')).toBeUndefined();
    expect((await edited.articles.get(article.id))!.lemmaIndex?.version).toBe('z1:older');
  });
});
