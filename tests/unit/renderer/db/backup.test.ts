import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupOf, previewBackup, restoreBackup, type BackupPreview } from '../../../../src/renderer/db/backup';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { seedBundledArticles } from '../../../../src/renderer/db/seedBundled';
import { BUNDLED, fillProfile, mutatedBackups } from './backupFixtures';

const open: LesestoffDb[] = [];
let n = 0;
const freshDb = () => {
  const db = openDatabase(`backup-${n++}`);
  open.push(db);
  return db;
};
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** Every table a backup covers, as stored (articles without what preparation adds, which the app rebuilds). */
async function snapshot(db: LesestoffDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...BACKUP_TABLES, 'articleList'] as const) {
    const rows = await db.table(table).toArray();
    out[table] = rows.map((r: Record<string, unknown>) => {
      const { paragraphs: _p, engineVersion: _e, ...rest } = r;
      return rest;
    });
  }
  return out;
}

const checked = (preview: BackupPreview) => {
  if (!preview.ok) throw new Error(`${preview.error.code}: ${preview.error.message}`);
  return preview;
};

describe('backup and restore', () => {
  it('round trip: export, a fresh profile, restore — every table equal, bundled texts not in the file', async () => {
    const before = freshDb();
    await fillProfile(before);
    const text = JSON.stringify(await backupOf(before, new Date('2026-03-01T10:00:00Z')));
    expect(text).not.toContain('bundled:fluss');
    const fresh = freshDb();
    await seedBundledArticles(fresh, BUNDLED, 1000);
    const preview = checked(previewBackup(text, fresh.verno));
    expect(preview.summary).toEqual({
      exportedAt: '2026-03-01T10:00:00.000Z',
      schemaVersion: before.verno,
      counts: { articles: 3, vocabulary: 2, reviewCards: 1, wordStatus: 3, quizAttempts: 2, lookups: 2, readingLog: 2, packs: 1, classResults: 1, settings: 2 },
    });
    expect(await restoreBackup(fresh, preview.backup, 'replace')).toMatchObject({ ok: true });
    const [want, got] = [await snapshot(before), await snapshot(fresh)];
    for (const table of BACKUP_TABLES) expect(got[table], table).toEqual(want[table]);
    // The library's list follows the restored texts (it is written with them).
    expect((got['articleList'] ?? []).map((r) => (r as { id: string }).id).sort()).toEqual((want['articleList'] ?? []).map((r) => (r as { id: string }).id).sort());
  });

  it('replace deletes what the profile had and keeps its bundled texts', async () => {
    const source = freshDb();
    await source.vocabulary.add({ lemma: 'Brücke', articleId: 'bundled:fluss', context: 'Die Brücke hält.', createdAt: 1, updatedAt: 1 });
    const text = JSON.stringify(await backupOf(source));
    const target = freshDb();
    await fillProfile(target);
    expect(await restoreBackup(target, checked(previewBackup(text, target.verno)).backup, 'replace')).toMatchObject({ ok: true });
    expect((await target.vocabulary.toArray()).map((v) => v.lemma)).toEqual(['Brücke']);
    expect(await target.wordStatus.count()).toBe(0);
    expect(await target.packs.count()).toBe(0);
    expect((await target.articles.toArray()).map((a) => a.id)).toEqual(['bundled:fluss']);
  });

  it('merge adds the backup next to this profile: newer edits win, cards follow their word, settings here stay', async () => {
    const other = freshDb();
    await fillProfile(other);
    // The other profile edited the tomato later, and saved a word this one lacks.
    const otherTomate = await other.vocabulary.where('lemma').equals('Tomate').first();
    await other.vocabulary.update(otherTomate?.id ?? 0, { note: 'die Tomate, -n (später)', updatedAt: 9000 });
    const apfel = await other.vocabulary.add({ lemma: 'Apfel', articleId: 'user:garten', context: 'Ein Apfel fällt.', createdAt: 9100, updatedAt: 9100 });
    await other.reviewCards.add({ vocabularyId: apfel, due: 123_456, card: { reps: 1 } });
    await other.wordStatus.put({ lemma: 'Tomate', status: 'known', updatedAt: 9200 });
    await other.wordStatus.put({ lemma: 'rot', status: 1, updatedAt: 1 });
    await other.settings.put({ key: 'uiLanguage', value: 'en' });
    const text = JSON.stringify(await backupOf(other));

    const here = freshDb();
    await fillProfile(here);
    await here.vocabulary.add({ lemma: 'Birne', articleId: 'user:garten', context: 'Die Birne ist reif.', createdAt: 8000, updatedAt: 8000 });
    const result = await restoreBackup(here, checked(previewBackup(text, here.verno)).backup, 'merge');
    expect(result).toMatchObject({ ok: true, added: { vocabulary: 2, articles: 0, quizAttempts: 0, lookups: 0, readingLog: 0 } });

    const words = await here.vocabulary.toArray();
    expect(words.map((w) => w.lemma).sort()).toEqual(['Apfel', 'Birne', 'Tomate', 'ernten']);
    expect(words.find((w) => w.lemma === 'Tomate')?.note).toBe('die Tomate, -n (später)');
    const newApfel = words.find((w) => w.lemma === 'Apfel');
    expect(await here.reviewCards.get(newApfel?.id ?? -1)).toMatchObject({ due: 123_456 });
    expect(await here.wordStatus.get('Tomate')).toMatchObject({ status: 'known' });
    // This profile's newer status and its own settings stay.
    expect(await here.wordStatus.get('rot')).toMatchObject({ status: 'known' });
    expect(await here.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'de' });

    // Merging the same file again changes nothing.
    const once = await snapshot(here);
    expect(await restoreBackup(here, checked(previewBackup(text, here.verno)).backup, 'merge')).toMatchObject({ ok: true });
    expect(await snapshot(here)).toEqual(once);
  });

  it('a restore that fails half-way leaves the profile as it was', async () => {
    const db = freshDb();
    await fillProfile(db);
    const before = await snapshot(db);
    const preview = checked(previewBackup(JSON.stringify(await backupOf(db)), db.verno));
    // Past the checks (as a bug or a full disk could fail it): the second add of the same key fails inside the transaction.
    const broken = { ...preview.backup, tables: { ...preview.backup.tables, lookups: [...(preview.backup.tables.lookups ?? []), ...(preview.backup.tables.lookups ?? [])] } };
    const result = await restoreBackup(db, broken, 'replace');
    expect(result.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('reads a backup from version 1, before saved words had updatedAt', async () => {
    const db = freshDb();
    const old = { format: 'lesestoff-backup', exportedAt: '2025-01-01T00:00:00.000Z', schemaVersion: 1, tables: { vocabulary: [{ id: 1, lemma: 'Haus', articleId: 'user:x', context: 'Das Haus.', createdAt: 50 }], settings: [] } };
    const preview = checked(previewBackup(JSON.stringify(old), db.verno));
    expect(await restoreBackup(db, preview.backup, 'replace')).toMatchObject({ ok: true });
    expect(await db.vocabulary.get(1)).toMatchObject({ lemma: 'Haus', updatedAt: 50 });
  });

  it('200 mutated backup files are each refused with a reason, and nothing is stored', async () => {
    const db = freshDb();
    await fillProfile(db);
    const valid = JSON.stringify(await backupOf(db));
    const before = await snapshot(db);
    const cases = mutatedBackups(valid, 200);
    const accepted: string[] = [];
    for (const { name, text } of cases) {
      const preview = previewBackup(text, db.verno);
      if (preview.ok) {
        accepted.push(name);
        // What a user would do next: restore. Its result is checked by the snapshot below.
        await restoreBackup(db, preview.backup, 'replace');
      } else expect(preview.error.message, name).not.toBe('');
    }
    expect(accepted).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004 zip bytes', 'not-json'],
    ['a lesson pack manifest', JSON.stringify({ format: 'lesestoff-pack', id: 'p' }), 'not-a-backup'],
    ['another app’s export', JSON.stringify({ version: 2, cards: [] }), 'not-a-backup'],
    ['a newer app’s backup', JSON.stringify({ format: 'lesestoff-backup', exportedAt: '2030-01-01T00:00:00.000Z', schemaVersion: 99, tables: {} }), 'newer-version'],
  ])('refuses %s with a named cause', (_what, text, code) => {
    const preview = previewBackup(text, 5);
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.error.code).toBe(code);
  });
});
