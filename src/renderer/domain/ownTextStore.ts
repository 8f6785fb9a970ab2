/** Own texts in the library: added like bundled ones (same metadata, analysis and statuses), deletable with undo. */
import { hash53 } from '../../core';
import { saveOrReport } from './saveErrors';
import type { ArticleRecord, LesestoffDb } from '../db/database';
import type { PreparedText, Refused } from '../text/prepareText';
import type { TextProblem } from '../text/textLimits';

export type SaveOutcome = { saved: string } | { refused: TextProblem | { kind: 'notGerman' } };

/**
 * Stores a text the worker prepared (prepareText.ts), or nothing: a refused text, or one that does not
 * look like German and is not confirmed, leaves the library as it was.
 */
export async function saveOwnText(db: LesestoffDb, prepared: PreparedText | Refused, confirmedNotGerman: boolean, now = Date.now()): Promise<SaveOutcome> {
  if (!prepared.ok) return { refused: prepared.problem };
  if (!prepared.german && !confirmedNotGerman) return { refused: { kind: 'notGerman' } };
  const { text, meta, paragraphs, engineVersion } = prepared;
  const id = `user:${hash53(text, now % 2 ** 31)}`;
  const record: ArticleRecord = {
    id,
    origin: 'user',
    text,
    ...meta,
    engineVersion,
    paragraphs,
    addedAt: now,
    updatedAt: now,
  };
  await db.articles.add(record);
  return { saved: id };
}

/**
 * Removes the article only: vocabulary, statuses and lookups that came from it stay. Null when nothing was
 * deleted (gone already, or the write failed and was reported), so no "deleted" toast offers an undo.
 */
export async function deleteArticle(db: LesestoffDb, id: string): Promise<ArticleRecord | null> {
  const result = await saveOrReport(
    'library',
    () =>
      db.transaction('rw', db.articles, async () => {
        const article = await db.articles.get(id);
        if (article) await db.articles.delete(id);
        return article ?? null;
      }),
    { key: id },
  );
  return result.ok ? result.value : null;
}

/** Undo of a delete; a failure is reported with Retry like every other write. */
export async function restoreArticle(db: LesestoffDb, article: ArticleRecord): Promise<void> {
  await saveOrReport('library', () => db.articles.put(article), { key: article.id });
}
