import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoBackup } from '../../../../src/renderer/db/autoBackup';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';

let db: LesestoffDb;
let stop = (): void => undefined;
afterEach(() => {
  stop();
  db.close();
});

const saved = (calls: unknown[][]) => calls.map(([json]) => (JSON.parse(json as string) as { tables: { vocabulary?: { lemma: string }[] } }).tables.vocabulary?.map((v) => v.lemma));

describe('startAutoBackup', () => {
  it('sends a backup after a change, once a day, and again on the next day', async () => {
    db = openDatabase('auto-backup-1');
    await db.open();
    let day = '2026-03-01';
    const save = vi.fn(() => Promise.resolve());
    stop = startAutoBackup(db, save, 5, () => day);
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await db.vocabulary.add({ lemma: 'Tomate', articleId: 'user:x', context: 'Tomaten.', createdAt: 1, updatedAt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(save).toHaveBeenCalledTimes(1);
    day = '2026-03-02';
    await db.vocabulary.add({ lemma: 'Gurke', articleId: 'user:x', context: 'Gurken.', createdAt: 2, updatedAt: 2 });
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(saved(save.mock.calls)).toEqual([[], ['Tomate', 'Gurke']]);
  });

  it('tries again at the next change when the host could not save', async () => {
    db = openDatabase('auto-backup-2');
    await db.open();
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    stop = startAutoBackup(db, save, 5, () => '2026-03-01');
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await db.vocabulary.add({ lemma: 'Tomate', articleId: 'user:x', context: 'Tomaten.', createdAt: 1, updatedAt: 1 });
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(saved(save.mock.calls).at(-1)).toEqual(['Tomate']);
  });
});
