import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_DAYS, saveAutoBackup } from '../../../src/main/autoBackup';

const backup = (n: number) => JSON.stringify({ format: 'lesestoff-backup', tables: { vocabulary: [{ lemma: `Wort${n}` }] } });
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12));

describe('saveAutoBackup', () => {
  it('writes at most one file a day, and keeps the first of the day', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lesestoff-auto-')), 'backups');
    expect(await saveAutoBackup(dir, backup(1), day(1))).toEqual({ saved: true, file: path.join(dir, 'lesestoff-backup-2026-03-01.json') });
    expect(await saveAutoBackup(dir, backup(2), day(1))).toMatchObject({ saved: false });
    expect(JSON.parse(readFileSync(path.join(dir, 'lesestoff-backup-2026-03-01.json'), 'utf8'))).toEqual(JSON.parse(backup(1)));
  });

  it(`keeps the newest ${AUTO_BACKUP_DAYS} days and leaves other files alone`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-auto-'));
    writeFileSync(path.join(dir, 'my notes.txt'), 'mine');
    for (let d = 1; d <= 10; d++) await saveAutoBackup(dir, backup(d), day(d));
    expect(readdirSync(dir).sort()).toEqual([
      ...Array.from({ length: AUTO_BACKUP_DAYS }, (_, i) => `lesestoff-backup-2026-03-${String(i + 4).padStart(2, '0')}.json`),
      'my notes.txt',
    ]);
  });

  it.each(['not json', '{"format":"lesestoff-pack"}', 'null', '[]'])('refuses %s and writes nothing', async (json) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-auto-'));
    await expect(saveAutoBackup(dir, json, day(1))).rejects.toThrow(/Not a Lesestoff backup/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
