/**
 * Deleting an imported pack or a pack's class results, and their undo (issue 20): each is one transaction
 * through `saveOrReport`, so a failed delete or undo is shown with Retry and no "deleted" toast appears for
 * something still stored. Returns what an undo needs, or null when nothing was deleted.
 */
import { saveOrReport } from '../domain/saveErrors';
import type { ArticleRecord, ClassResultRecord, LesestoffDb, PackRecord } from '../db/database';

export interface RemovedPack {
  pack: PackRecord;
  articles: ArticleRecord[];
}

export async function deletePack(db: LesestoffDb, pack: PackRecord): Promise<RemovedPack | null> {
  const ids = (pack.articles ?? []).map((a) => a.recordId);
  const result = await saveOrReport(
    'pack',
    () =>
      db.transaction('rw', db.packs, db.articles, async () => {
        const articles = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => a !== undefined);
        await db.articles.bulkDelete(ids);
        await db.packs.delete(pack.id);
        return { pack, articles };
      }),
    { key: pack.id },
  );
  return result.ok ? result.value : null;
}

export async function restorePack(db: LesestoffDb, removed: RemovedPack): Promise<void> {
  await saveOrReport(
    'pack',
    () =>
      db.transaction('rw', db.packs, db.articles, async () => {
        await db.articles.bulkPut(removed.articles);
        await db.packs.put(removed.pack);
      }),
    { key: removed.pack.id },
  );
}

export async function clearClassResults(db: LesestoffDb, packId: string): Promise<ClassResultRecord[] | null> {
  const result = await saveOrReport(
    'results',
    () =>
      db.transaction('rw', db.classResults, async () => {
        const rows = await db.classResults.where('packId').equals(packId).toArray();
        await db.classResults.bulkDelete(rows.map((r) => r.id));
        return rows;
      }),
    { key: packId },
  );
  return result.ok ? result.value : null;
}

export async function restoreClassResults(db: LesestoffDb, packId: string, rows: ClassResultRecord[]): Promise<void> {
  await saveOrReport('results', () => db.classResults.bulkPut(rows), { key: packId });
}
