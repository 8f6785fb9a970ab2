/**
 * Fills each article's cached lemma list in the background (engine worker), one article at a
 * time, so the library can show how many distinct words of each text are still unknown: of the words the reader
 * shows, analysed as the reader analyses them (the worker's `wordKeys`). Only a text whose list is missing or stale is
 * read, one at a time; the list row follows the write (articleList.ts), and statuses follow a word whose key the new
 * analysis changed (domain/lemmaIndex.ts).
 */
import { useEffect } from 'react';
import type { ArticleListRecord, LesestoffDb } from '../db/database';
import { bodyOf } from '../db/prepared';
import { freshLemmaKeys, storeLemmaIndex } from '../domain/lemmaIndex';
import { engine } from '../workers/engineClient';

export function useLemmaIndex(db: LesestoffDb, articles: ArticleListRecord[] | undefined): void {
  const missing = articles?.filter((a) => freshLemmaKeys(a) === null).map((a) => a.id).join('\n') ?? '';
  useEffect(() => {
    if (!missing) return;
    let live = true;
    void (async () => {
      for (const id of missing.split('\n')) {
        if (!live) return;
        const article = await db.articles.get(id);
        if (!article || freshLemmaKeys(article)) continue;
        try {
          await storeLemmaIndex(db, article, await engine().wordKeys(article.text, bodyOf(article)));
        } catch {
          return; // The engine could not load; the reader shows why.
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [db, missing]);
}
