/**
 * The teacher's notes of an imported pack for a place in an article (issue 8), for the glossary
 * popover. Notes are stored with the pack (`PackRecord.notes`) against the pack's article ids.
 */
import type { PackNote } from '../../core';
import type { LesestoffDb } from '../db/database';

async function notesOfArticle(db: LesestoffDb, articleId: string): Promise<PackNote[]> {
  const article = await db.articles.get(articleId);
  if (!article || article.origin !== 'pack' || !article.packId) return [];
  const pack = await db.packs.get(article.packId);
  const packArticleId = pack?.articles?.find((a) => a.recordId === articleId)?.id;
  if (!pack || packArticleId === undefined) return [];
  return (pack.notes ?? []).filter((n) => n.articleId === packArticleId);
}

/** Notes that overlap the range `start`–`end` of the article (a clicked word, or a selected phrase). */
export async function teacherNotesFor(db: LesestoffDb, articleId: string, start: number, end: number): Promise<PackNote[]> {
  const notes = await notesOfArticle(db, articleId);
  return notes.filter((n) => n.start < Math.max(end, start + 1) && n.end > start);
}

/** Notes whose words contain `text`, or that `text` contains: for a selection known only by its words. */
export async function teacherNotesForText(db: LesestoffDb, articleId: string, text: string): Promise<PackNote[]> {
  const t = text.trim().toLowerCase();
  if (!t) return [];
  const notes = await notesOfArticle(db, articleId);
  return notes.filter((n) => {
    const w = n.text.toLowerCase();
    return w.includes(t) || t.includes(w);
  });
}
