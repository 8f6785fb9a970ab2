/** Own texts in the library: added like bundled ones (same metadata, analysis and statuses), deletable with undo. */
import { parseArticleMeta } from '../../core/articleMeta';
import { germanNewsConventions } from '../../core/de/newsConventions';
import { hash53 } from '../../core/hash';
import type { ArticleRecord, LesestoffDb } from '../db/database';
import { normalizeText } from './extractText';

/** The stored text starts with the title as its own paragraph, so the reader shows it as the headline. */
export function composeOwnText(title: string, body: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const b = normalizeText(body);
  if (!t || b.startsWith(t)) return b;
  return `${t}\n\n${b}`;
}

export async function addOwnText(db: LesestoffDb, title: string, body: string, now = Date.now()): Promise<string> {
  const text = composeOwnText(title, body);
  const meta = parseArticleMeta(text, germanNewsConventions);
  const id = `user:${hash53(text, now % 2 ** 31)}`;
  const record: ArticleRecord = {
    id,
    origin: 'user',
    text,
    title: meta.title || title.trim() || text.slice(0, 60),
    date: null,
    outlet: null,
    wordCount: meta.wordCount,
    readingMinutes: meta.readingMinutes,
    contentHash: meta.contentHash,
    addedAt: now,
    updatedAt: now,
  };
  await db.articles.add(record);
  return id;
}

/** Removes the article only: vocabulary, statuses and lookups that came from it stay. */
export async function deleteArticle(db: LesestoffDb, id: string): Promise<ArticleRecord | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  await db.articles.delete(id);
  return article;
}

export async function restoreArticle(db: LesestoffDb, article: ArticleRecord): Promise<void> {
  await db.articles.put(article);
}
