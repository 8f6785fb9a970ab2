/** The cached lemma list of an article, tied to its text and to the engine's analysis version. */
import type { ArticleRecord } from '../db/database';

/** Bump when the engine's lemmas change in a way that should recount the library. */
// 2 (issue 14): reformed spellings (Prozess), comparison and participle lemmas, -ung compounds split (Vertagungsantrag).
export const ANALYSIS_VERSION = '2';

export const lemmaIndexVersion = (article: Pick<ArticleRecord, 'contentHash'>) => `${article.contentHash}:${ANALYSIS_VERSION}`;

export function freshLemmaKeys(article: Pick<ArticleRecord, 'contentHash' | 'lemmaIndex'>): string[] | null {
  return article.lemmaIndex?.version === lemmaIndexVersion(article) ? article.lemmaIndex.keys : null;
}
