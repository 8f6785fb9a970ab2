import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writePack } from '../../../../src/core/packs/packFile';
import { writeResults } from '../../../../src/core/packs/resultsFile';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { classResultsOf, importPack, importResults, packArticleRecordId, packContentFromDb, previewPackFile } from '../../../../src/renderer/db/importPack';
import { ARTICLE_2, editManifest, samplePack, sampleResults } from '../../core/packs/fixtures';

let db: LesestoffDb;
let n = 0;
const freshDb = () => (db = openDatabase(`import-pack-${n++}`));
afterEach(() => db.close());

const pack = samplePack();
const packBytes = writePack(pack);
const v2 = samplePack({ version: 2, title: 'Putin in Pjöngjang (neu)', articles: [pack.articles[0]!], notes: pack.notes, questions: pack.questions.slice(0, 1) });

describe('importPack', () => {
  it('stores the pack and its articles as a collection', async () => {
    freshDb();
    expect(await importPack(db, packBytes, { mode: 'update' }, 5)).toEqual({ ok: true, status: 'added', packId: pack.id, articles: 2, questions: 4 });
    expect(await db.articles.where('packId').equals(pack.id).count()).toBe(2);
    expect(await db.articles.get(packArticleRecordId(pack.id, 'a2'))).toMatchObject({ origin: 'pack', text: ARTICLE_2, title: 'Gipfel in Pjöngjang', outlet: null, addedAt: 5 });
    expect(await db.packs.get(pack.id)).toMatchObject({ packId: pack.id, version: 1, level: 'B1', notes: pack.notes, questions: pack.questions });
  });

  it('gives back the pack it stored', async () => {
    freshDb();
    await importPack(db, packBytes, { mode: 'update' });
    expect(await packContentFromDb(db, pack.id)).toEqual({ ...pack, articles: pack.articles.map((a) => ({ outlet: null, date: null, ...a })) });
  });

  it('updates the same pack in place, dropping an article the new version no longer has', async () => {
    freshDb();
    await importPack(db, packBytes, { mode: 'update' }, 5);
    expect(await importPack(db, writePack(v2), { mode: 'update' }, 9)).toEqual({ ok: true, status: 'updated', packId: pack.id, previousVersion: 1, articles: 1, questions: 1 });
    expect(await db.packs.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(packArticleRecordId(pack.id, 'a1'))).toMatchObject({ addedAt: 5, updatedAt: 9 });
  });

  it('keeps both copies when asked, each with its own articles', async () => {
    freshDb();
    await importPack(db, packBytes, { mode: 'keep-both' });
    expect(await importPack(db, writePack(v2), { mode: 'keep-both' })).toMatchObject({ ok: true, status: 'kept-both', packId: `${pack.id}:2` });
    expect(await importPack(db, packBytes, { mode: 'keep-both' })).toMatchObject({ ok: true, packId: `${pack.id}:3` });
    expect(await db.packs.count()).toBe(3);
    expect(await db.articles.where('packId').equals(`${pack.id}:2`).count()).toBe(1);
    expect((await db.packs.get(`${pack.id}:2`))?.packId).toBe(pack.id);
  });

  it('refuses ids that made two packs share a record (pack "coll:y" + article "z", pack "coll" + article "y:z")', async () => {
    freshDb();
    const a = samplePack({ id: 'coll:y', articles: [{ id: 'z', title: 'Pack A', text: 'Text A.' }], notes: [], questions: [] });
    const b = samplePack({ id: 'coll', articles: [{ id: 'y:z', title: 'Pack B', text: 'Text B.' }], notes: [], questions: [] });
    for (const content of [a, b]) {
      // writePack refuses them too, so the files are made by editing a valid one.
      const bytes = editManifest(writePack({ ...content, id: 'ok', articles: content.articles.map((x) => ({ ...x, id: 'ok' })) }), (m) => {
        m.id = content.id;
        (m.articles as { id: string }[])[0]!.id = content.articles[0]!.id;
      });
      const result = await importPack(db, bytes, { mode: 'update' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-manifest' } });
      expect(!result.ok && result.error.message).toMatch(/only A–Z/);
    }
    expect(await db.packs.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });

  it('keeps a copy stored as "<id>~2" by an older version when a different pack with that very id arrives', async () => {
    freshDb();
    const own = samplePack({ id: 'coll', articles: [{ id: 'a1', title: 'Die Kopie', text: 'Text der Kopie.' }], notes: [], questions: [] });
    const other = samplePack({ id: 'coll~2', title: 'Ein anderes Paket', articles: [{ id: 'a1', title: 'Das andere', text: 'Ein ganz anderer Text.' }], notes: [], questions: [] });
    await importPack(db, writePack(own), { mode: 'update' });
    // What an older version stored for "keep both": the copy under `coll~2`, its article under `pack:coll~2:a1`.
    const stored = (await db.packs.get('coll'))!;
    const article = (await db.articles.get(packArticleRecordId('coll', 'a1')))!;
    await db.packs.put({ ...stored, id: 'coll~2', articles: [{ id: 'a1', recordId: 'pack:coll~2:a1' }] });
    await db.articles.put({ ...article, id: 'pack:coll~2:a1', packId: 'coll~2' });

    expect((await previewPackFile(db, writePack(other))) as { existing: unknown }).toMatchObject({ existing: null });
    expect(await importPack(db, writePack(other), { mode: 'update' })).toMatchObject({ ok: true, status: 'added', packId: 'coll~2:2' });
    // Both survive: the old copy with its text, the new pack beside it.
    expect(await db.articles.get('pack:coll~2:a1')).toMatchObject({ text: 'Text der Kopie.' });
    expect(await db.packs.get('coll~2')).toMatchObject({ packId: 'coll' });
    expect(await db.articles.get(packArticleRecordId('coll~2:2', 'a1'))).toMatchObject({ text: 'Ein ganz anderer Text.' });
    expect(await db.packs.get('coll~2:2')).toMatchObject({ packId: 'coll~2', title: 'Ein anderes Paket' });
  });

  it('changes nothing when a write fails halfway through', async () => {
    freshDb();
    await importPack(db, packBytes, { mode: 'update' }, 5);
    const before = JSON.stringify([await db.packs.toArray(), await db.articles.toArray()]);
    // The articles are written first; failing the pack record afterwards must roll them back.
    db.packs.hook('creating', () => {
      throw new Error('disk full');
    });
    db.packs.hook('updating', () => {
      throw new Error('disk full');
    });
    const result = await importPack(db, writePack(v2), { mode: 'update' }, 9);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('disk full') } });
    expect(JSON.stringify([await db.packs.toArray(), await db.articles.toArray()])).toBe(before);
  });

  it('refuses a results file with a hint where it belongs', async () => {
    freshDb();
    expect(await importPack(db, writeResults(sampleResults()), { mode: 'update' })).toMatchObject({ ok: false, error: { code: 'wrong-format', message: expect.stringContaining('class overview') } });
  });
});

describe('previewPackFile', () => {
  it('summarises the pack and names an earlier import of it', async () => {
    freshDb();
    expect(await previewPackFile(db, packBytes)).toMatchObject({ ok: true, summary: { kind: 'pack', title: pack.title, questions: 4 }, instructions: pack.instructions, existing: null });
    await importPack(db, packBytes, { mode: 'update' });
    expect(await previewPackFile(db, writePack(v2))).toMatchObject({ ok: true, summary: { version: 2 }, existing: { id: pack.id, version: 1 } });
    expect(await db.packs.count()).toBe(1);
  });

  it('turns a results file away with where it belongs', async () => {
    freshDb();
    expect(await previewPackFile(db, writeResults(sampleResults()))).toMatchObject({ ok: false, error: { code: 'wrong-format', message: expect.stringContaining('class overview') } });
  });
});

describe('importResults', () => {
  const anna = writeResults(sampleResults());
  const ben = writeResults(sampleResults({ student: 'Ben' }));
  const edited = editManifest(anna, (m) => (m.score = 3));

  it('imports a class at once, counts a duplicate once and flags an edited file', async () => {
    freshDb();
    const files = [
      ...Array.from({ length: 30 }, (_, i) => ({ name: `s${i}`, bytes: writeResults(sampleResults({ student: `Schüler ${i}` })) })),
      { name: 'anna', bytes: anna },
      { name: 'anna (copy)', bytes: anna },
      { name: 'anna edited', bytes: edited },
      { name: 'pack', bytes: packBytes },
      { name: 'junk', bytes: new Uint8Array([1, 2, 3]) },
    ];
    const report = await importResults(db, files, 7);
    expect(report).toMatchObject({ added: 32, duplicates: 1, flagged: 1, rejected: 2 });
    expect(report.files.slice(30)).toEqual([
      { name: 'anna', status: 'added' },
      { name: 'anna (copy)', status: 'duplicate' },
      { name: 'anna edited', status: 'flagged' },
      { name: 'pack', status: 'rejected', error: { code: 'wrong-format', message: expect.stringContaining('not a results file') } },
      { name: 'junk', status: 'rejected', error: { code: 'not-a-zip', message: expect.any(String) } },
    ]);
    expect(await db.classResults.count()).toBe(32);
  });

  it('counts a file imported again later as a duplicate', async () => {
    freshDb();
    await importResults(db, [{ name: 'a', bytes: anna }]);
    expect(await importResults(db, [{ name: 'a again', bytes: anna }, { name: 'b', bytes: ben }])).toMatchObject({ added: 1, duplicates: 1 });
    expect((await classResultsOf(db, pack.id)).map((r) => r.results.student).sort()).toEqual(['Anna Beispiel', 'Ben']);
  });

  it('stores nothing when the write fails', async () => {
    freshDb();
    db.classResults.hook('creating', () => {
      throw new Error('quota');
    });
    const report = await importResults(db, [{ name: 'a', bytes: anna }, { name: 'b', bytes: ben }]);
    expect(report).toMatchObject({ added: 0, rejected: 2, error: { code: 'storage-failed' } });
    expect(await db.classResults.count()).toBe(0);
  });
});
