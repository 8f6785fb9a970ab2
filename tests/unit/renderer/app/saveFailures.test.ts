/**
 * Issue 20, defect 4: a write that fails (here: the disk is full, as IndexedDB reports it) is reported, the
 * caller learns it was not stored, nothing is marked saved, and Retry stores it once the disk has room again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissSaves, retrySaves, saveFailures, saveOrReport } from '../../../../src/renderer/domain/saveErrors';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { deleteArticle, restoreArticle } from '../../../../src/renderer/domain/ownTextStore';
import { newDraft, loadDraft, saveDraft } from '../../../../src/renderer/packs/drafts';
import { clearClassResults, deletePack, restoreClassResults, restorePack } from '../../../../src/renderer/packs/removals';
import { saveAttempt } from '../../../../src/renderer/domain/quizAttempts';
import { answer, getSession, newSession, next, setSession } from '../../../../src/renderer/domain/quizSession';
import { recordLookup } from '../../../../src/renderer/domain/lookups';
import { setManyStatuses, setWordStatus } from '../../../../src/renderer/domain/wordStatusStore';
import { newReviewCard } from '../../../../src/renderer/domain/schedule';
import { submitGrade } from '../../../../src/renderer/review/ReviewScreen';
import { loadSetting, saveSetting } from '../../../../src/renderer/domain/settingsStore';
import { saveToVocabulary } from '../../../../src/renderer/domain/vocabularyStore';

let db: LesestoffDb;
let n = 0;
const freshDb = async () => {
  db = openDatabase(`save-failures-${n++}`);
  await db.open();
  return db;
};

/** IndexedDB's answer on a full disk, thrown by every write until `restore` is called. */
function fillDisk(): () => void {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const spies = (['put', 'add', 'delete'] as const).map((m) => vi.spyOn(IDBObjectStore.prototype, m).mockImplementation(full));
  return () => spies.forEach((s) => s.mockRestore());
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const f of saveFailures()) dismissSaves(f.kind);
  setSession(null);
  db.close();
});

describe('saveToVocabulary on a full disk', () => {
  it('stores nothing, says the word was not saved because the disk is full, and Retry stores it later', async () => {
    await freshDb();
    const restore = fillDisk();
    const result = await saveToVocabulary(db, { lemma: 'Zaunkönig', articleId: 'user:1', context: 'Ein Zaunkönig sang.' });
    restore();
    expect(result.ok).toBe(false);
    expect(await db.vocabulary.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'word', count: 1, reason: 'quota' })]);

    await retrySaves('word');
    expect(await db.vocabulary.where('lemma').equals('Zaunkönig').count()).toBe(1);
    expect(await db.reviewCards.count()).toBe(1);
    expect(saveFailures()).toEqual([]);
  });

  it('keeps every failed word for Retry, and reports again what fails again', async () => {
    await freshDb();
    const restore = fillDisk();
    await saveToVocabulary(db, { lemma: 'Amsel', articleId: 'user:1', context: 'Die Amsel.' });
    await saveToVocabulary(db, { lemma: 'Drossel', articleId: 'user:1', context: 'Die Drossel.' });
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'word', count: 2 })]);
    await retrySaves('word');
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'word', count: 2 })]);
    restore();
    await retrySaves('word');
    expect((await db.vocabulary.toArray()).map((v) => v.lemma).sort()).toEqual(['Amsel', 'Drossel']);
  });
});

describe('saveAttempt on a full disk', () => {
  const finished = () => {
    const q = { id: 'q1', type: 'number', prompt: 'Wie viele Stühle?', options: ['3', '4'], answer: '4', evidence: [] };
    return next(answer(newSession({ kind: 'article', id: 'user:1' }, [q], 'full', 5), '4', 9), 12);
  };

  it('marks the quiz not saved, does not retry by itself, and stores it once on Retry', async () => {
    await freshDb();
    const s = finished();
    setSession(s);
    const restore = fillDisk();
    await saveAttempt(db, s);
    expect(getSession()).toMatchObject({ savedAttemptId: null, attemptSaveFailed: true });
    expect(await db.quizAttempts.count()).toBe(0);
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'attempt', reason: 'quota' })]);

    // The result screen re-renders with the failed session: that alone must not try again.
    restore();
    await saveAttempt(db, getSession()!);
    expect(await db.quizAttempts.count()).toBe(0);

    await saveAttempt(db, getSession()!, true);
    const rows = await db.quizAttempts.toArray();
    expect(rows).toHaveLength(1);
    expect(getSession()).toMatchObject({ savedAttemptId: rows[0]!.id, attemptSaveFailed: false });
    // The inline Retry settled it, so the alert's Retry has nothing left to do.
    expect(saveFailures()).toEqual([]);
  });

  it('a Retry after the learner started another quiz stores the old result without touching the new quiz', async () => {
    await freshDb();
    const s = finished();
    setSession(s);
    const restore = fillDisk();
    await saveAttempt(db, s);
    restore();
    const other = newSession({ kind: 'article', id: 'user:2' }, [], 'full', 99);
    setSession(other);
    await retrySaves('attempt');
    expect(await db.quizAttempts.toArray()).toEqual([expect.objectContaining({ articleId: 'user:1', score: 1 })]);
    expect(getSession()).toEqual(other);
  });
});

describe('other writes on a full disk', () => {
  it('a word status, a lookup, a review grade and a setting each report their failure and store nothing', async () => {
    await freshDb();
    const card = newReviewCard(7, 1000);
    await db.reviewCards.put(card);
    const restore = fillDisk();
    const results = [
      await setWordStatus(db, 'laufen', 'known'),
      await setManyStatuses(
        db,
        new Map([
          ['gehen', 'known'],
          ['sehen', 'known'],
        ]),
      ),
      await recordLookup(db, 'laufen', 'user:1'),
      await submitGrade(db, card, 3, 5000),
      await saveSetting(db, 'uiLanguage', 'de'),
    ];
    restore();
    expect(results.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(await db.wordStatus.count()).toBe(0);
    expect(await db.lookups.count()).toBe(0);
    expect(await db.reviewCards.get(7)).toEqual(card);
    expect(await loadSetting(db, 'uiLanguage')).toBeUndefined();
    expect(saveFailures().map((f) => [f.kind, f.count])).toEqual([
      ['status', 2],
      ['lookup', 1],
      ['grade', 1],
      ['setting', 1],
    ]);
  });

  it('a later save of the same draft drops the older failed one, so Retry cannot put old text back', async () => {
    await freshDb();
    const draft = { ...newDraft(1), title: 'Erster Titel' };
    const restore = fillDisk();
    await saveDraft(db, draft);
    restore();
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'draft', count: 1 })]);
    await saveDraft(db, { ...draft, title: 'Zweiter Titel' });
    expect(saveFailures()).toEqual([]);
    expect((await loadDraft(db, draft.id))?.title).toBe('Zweiter Titel');
  });
});

describe('saveOrReport', () => {
  it('returns the value of a write that went through and reports nothing', async () => {
    await freshDb();
    expect(await saveOrReport('setting', () => Promise.resolve(42))).toEqual({ ok: true, value: 42 });
    expect(saveFailures()).toEqual([]);
  });

  it('names a failure that is not a full disk by its message', async () => {
    await freshDb();
    await saveOrReport('setting', () => Promise.reject(new Error('Database has been closed')));
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'setting', reason: 'other', message: 'Database has been closed' })]);
  });
});

describe('deleting and putting back a text, a pack or class results on a full disk', () => {
  const article = (id: string, packId?: string) => ({
    id,
    origin: packId ? ('pack' as const) : ('user' as const),
    ...(packId ? { packId } : {}),
    text: 'Der Zaunkönig sang am Morgen.',
    title: 'Vogelstimmen',
    date: null,
    outlet: null,
    wordCount: 5,
    readingMinutes: 1,
    contentHash: 'h1',
    addedAt: 1,
    updatedAt: 1,
  });

  it('a failed delete keeps the text, reports it, and offers no undo; a failed undo is reported and Retry puts the text back', async () => {
    await freshDb();
    await db.articles.add(article('user:1'));
    const restore = fillDisk();
    expect(await deleteArticle(db, 'user:1')).toBeNull();
    restore();
    expect(await db.articles.get('user:1')).toBeDefined();
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'library', count: 1, reason: 'quota' })]);
    dismissSaves('library');

    const deleted = await deleteArticle(db, 'user:1');
    expect(deleted?.title).toBe('Vogelstimmen');
    const full = fillDisk();
    await restoreArticle(db, deleted!);
    full();
    expect(await db.articles.get('user:1')).toBeUndefined();
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'library' })]);
    await retrySaves('library');
    expect((await db.articles.get('user:1'))?.title).toBe('Vogelstimmen');
  });

  it('a failed pack delete keeps the pack and its texts; an undone delete brings both back', async () => {
    await freshDb();
    const pack = { id: 'p1', title: 'Vögel', importedAt: 1, articles: [{ id: 'a', recordId: 'pack:p1:a' }] };
    await db.packs.add(pack);
    await db.articles.add(article('pack:p1:a', 'p1'));
    const restore = fillDisk();
    expect(await deletePack(db, pack)).toBeNull();
    restore();
    expect(await db.packs.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'pack' })]);

    const removed = await deletePack(db, pack);
    expect(await db.packs.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    await restorePack(db, removed!);
    expect(await db.packs.get('p1')).toBeDefined();
    expect(await db.articles.get('pack:p1:a')).toBeDefined();
  });

  it('clearing class results on a full disk keeps them and says so', async () => {
    await freshDb();
    await db.classResults.add({ id: 'r1', packId: 'p1', importedAt: 1, value: {} });
    const restore = fillDisk();
    expect(await clearClassResults(db, 'p1')).toBeNull();
    restore();
    expect(await db.classResults.count()).toBe(1);
    expect(saveFailures()).toEqual([expect.objectContaining({ kind: 'results' })]);
    const rows = await clearClassResults(db, 'p1');
    expect(await db.classResults.count()).toBe(0);
    await restoreClassResults(db, 'p1', rows!);
    expect(await db.classResults.count()).toBe(1);
  });
});
