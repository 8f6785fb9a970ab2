import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writePack } from '../../../../src/core/packs/packFile';
import { writeResults } from '../../../../src/core/packs/resultsFile';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { importPack, packArticleRecordId } from '../../../../src/renderer/db/importPack';
import { deleteDraft, listDrafts, loadDraft, newDraft, saveDraft } from '../../../../src/renderer/packs/drafts';
import { importClassResults } from '../../../../src/renderer/packs/overview/importClassResults';
import { lookupsOf } from '../../../../src/renderer/packs/student/results';
import { notesAt, notesOfArticle, notesOnText } from '../../../../src/renderer/domain/teacherNotes';
import { ARTICLE_1, samplePack, sampleResults } from '../../core/packs/fixtures';

let db: LesestoffDb;
let n = 0;
const freshDb = () => (db = openDatabase(`packs-ui-${n++}`));
afterEach(() => db.close());
const pack = samplePack();

describe('drafts in the settings table', () => {
  it('saves, lists newest first, loads and deletes drafts', async () => {
    freshDb();
    const a = { ...newDraft(1), title: 'A' };
    const b = { ...newDraft(2), title: 'B' };
    await saveDraft(db, a);
    await saveDraft(db, b);
    await db.settings.put({ key: 'teacherMode', value: true });
    expect((await listDrafts(db)).map((d) => d.title)).toEqual(['B', 'A']);
    expect(await loadDraft(db, a.id)).toEqual(a);
    await deleteDraft(db, a.id);
    expect(await loadDraft(db, a.id)).toBeNull();
  });
});

describe('teacher notes', () => {
  it('finds the note on a clicked word of an imported pack article, and nothing elsewhere', async () => {
    freshDb();
    await importPack(db, writePack(pack), { mode: 'update' });
    const id = packArticleRecordId(pack.id, 'a1');
    const at = ARTICLE_1.indexOf('eingetroffen');
    const notes = await notesOfArticle(db, id);
    expect(notesAt(notes, at + 2, at + 5).map((x) => x.note)).toEqual([pack.notes[0]!.note]);
    expect(notesAt(notes, 0, 5)).toEqual([]);
    expect(notesAt(await notesOfArticle(db, packArticleRecordId(pack.id, 'a2')), at, at + 3)).toEqual([]);
    expect(notesOnText(notes, 'ist in Pjöngjang eingetroffen')).toHaveLength(1);
  });

  it('reads nothing for an article that is not a pack’s (bundled, the learner’s own)', async () => {
    freshDb();
    let reads = 0;
    const get = db.articles.get.bind(db.articles);
    db.articles.get = ((...args: Parameters<typeof get>) => (reads++, get(...args))) as typeof get;
    expect(await notesOfArticle(db, 'bundled:none')).toEqual([]);
    expect(await notesOfArticle(db, 'user:1')).toEqual([]);
    expect(reads).toBe(0);
    expect(await notesOfArticle(db, packArticleRecordId('kurs', 'a1'))).toEqual([]);
    expect(reads).toBe(1);
  });
});

describe('lookupsOf', () => {
  it('counts the lookups in the pack articles only', async () => {
    freshDb();
    await db.lookups.bulkAdd([
      { lemma: 'eintreffen', articleId: 'p:1', at: 1 },
      { lemma: 'eintreffen', articleId: 'p:2', at: 2 },
      { lemma: 'Gipfel', articleId: 'p:2', at: 3 },
      { lemma: 'Haus', articleId: 'bundled:x', at: 4 },
    ]);
    expect(await lookupsOf(db, ['p:1', 'p:2'])).toEqual([
      { lemma: 'eintreffen', count: 2 },
      { lemma: 'Gipfel', count: 1 },
    ]);
  });
});

describe('importClassResults', () => {
  it('adds, counts a duplicate once, flags an edited file, and turns away another pack and a bad file', async () => {
    freshDb();
    const anna = writeResults(sampleResults());
    const ben = writeResults(sampleResults({ student: 'Ben', finishedAt: '2024-06-21T09:12:00.000Z' }));
    const other = writeResults(sampleResults({ packId: 'other', packTitle: 'Anderes Paket' }));
    const statuses = await importClassResults(db, pack.id, [
      { name: 'anna.lesestoff-results', bytes: anna },
      { name: 'ben.lesestoff-results', bytes: ben },
      { name: 'anna (2).lesestoff-results', bytes: anna },
      { name: 'other.lesestoff-results', bytes: other },
      { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
    ]);
    expect(statuses.map((s) => [s.name, s.status, s.error?.code])).toEqual([
      ['anna.lesestoff-results', 'added', undefined],
      ['ben.lesestoff-results', 'added', undefined],
      ['anna (2).lesestoff-results', 'duplicate', undefined],
      ['other.lesestoff-results', 'rejected', 'other-pack'],
      ['notes.txt', 'rejected', 'not-a-zip'],
    ]);
    expect(statuses[1]?.student).toBe('Ben');
    expect(await db.classResults.count()).toBe(2);
  });
});
