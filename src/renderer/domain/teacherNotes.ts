/**
 * The teacher's notes of an imported pack for a place in an article (issue 8), for the glossary
 * popover. Notes are stored with the pack (`PackRecord.notes`) against the pack's article ids.
 */
import type { PackNote } from '../../core';
import type { LesestoffDb } from '../db/database';
import { isPackArticleRecordId } from '../db/importPack';

/**
 * The notes of the article `articleId`: read once per article and matched to each click in memory (`notesAt`,
 * `notesOnText`), since a read per click (the article's record, its text with it) started in the click's own frame
 * (issue 19). Only a pack's articles have notes; the others are known by their ids, with no read.
 */
export async function notesOfArticle(db: LesestoffDb, articleId: string): Promise<PackNote[]> {
  if (!isPackArticleRecordId(articleId)) return [];
  const article = await db.articles.get(articleId);
  if (!article || article.origin !== 'pack' || !article.packId) return [];
  const pack = await db.packs.get(article.packId);
  const packArticleId = pack?.articles?.find((a) => a.recordId === articleId)?.id;
  if (!pack || packArticleId === undefined) return [];
  return (pack.notes ?? []).filter((n) => n.articleId === packArticleId);
}

/** The notes that overlap the range `start`–`end` of their article (a clicked word, or a selected phrase). */
export function notesAt(notes: readonly PackNote[], start: number, end: number): PackNote[] {
  return notes.filter((n) => n.start < Math.max(end, start + 1) && n.end > start);
}

/** The notes whose words contain `text`, or that `text` contains: for a selection known only by its words. */
export function notesOnText(notes: readonly PackNote[], text: string): PackNote[] {
  const t = text.trim().toLowerCase();
  if (!t) return [];
  return notes.filter((n) => {
    const w = n.text.toLowerCase();
    return w.includes(t) || t.includes(w);
  });
}
