/**
 * Opening a pack reads its file once, in steps (issue 20): progress moves, Cancel stops between
 * steps, and a file larger than a pack may be is never read whole.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readPackFile, writePack } from '../../../../src/core/packs/packFile';
import { ZIP_LIMITS } from '../../../../src/core/packs/zipReader';
import { openDatabase } from '../../../../src/renderer/db/database';
import { importPack, previewPackFile } from '../../../../src/renderer/db/importPack';
import { readFileBytes } from '../../../../src/renderer/ui/download';
import { samplePack } from '../../core/packs/fixtures';

const MB = 1024 * 1024;

describe('readFileBytes', () => {
  it('reads a file in steps with progress, byte for byte', async () => {
    const data = new Uint8Array(9 * MB);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    const steps: number[] = [];
    const bytes = await readFileBytes(new File([data], 'p.lesestoff'), (done) => steps.push(done));
    expect(Buffer.from(bytes).equals(Buffer.from(data))).toBe(true);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toBe(data.length);
  });

  it('stops when cancelled, and reads at most one byte more than a pack may have', async () => {
    const controller = new AbortController();
    const reading = readFileBytes(new File([new Uint8Array(12 * MB)], 'p.lesestoff'), () => controller.abort(), controller.signal);
    await expect(reading).rejects.toThrow();
    const huge = new File([new Uint8Array(ZIP_LIMITS.fileBytes + 5 * MB)], 'big.lesestoff');
    const bytes = await readFileBytes(huge);
    expect(bytes.length).toBe(ZIP_LIMITS.fileBytes + 1);
    expect(readPackFile(bytes)).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });
});

describe('one read for the preview and the import', () => {
  it('previews and imports what the worker read, without the bytes', async () => {
    const db = openDatabase('read-once');
    const read = readPackFile(writePack(samplePack()));
    expect(await previewPackFile(db, read)).toMatchObject({ ok: true, summary: { title: samplePack().title } });
    expect(await importPack(db, read, { mode: 'update' })).toMatchObject({ ok: true, status: 'added', articles: 2 });
    const refused = readPackFile(new Uint8Array([1, 2, 3]));
    expect(await importPack(db, refused, { mode: 'update' })).toMatchObject({ ok: false, error: { code: 'not-a-zip' } });
    expect(await db.packs.count()).toBe(1);
    db.close();
  });
});
