/**
 * Articles are prepared once, when they come in (issue 13): core's `prepareArticle` gives the metadata and the body
 * paragraphs, stored with the article under the `ENGINE_VERSION` that made them. Bundled seeding, own texts and pack
 * import store them; reader, quiz, stories and packs read them. When the core's rules change (a new ENGINE_VERSION),
 * `reprepareStale` prepares the stored articles again in the background, one at a time, and until it reaches an
 * article the screens keep using what was stored before.
 */
import { defaultLanguage, ENGINE_VERSION, type GivenMeta, prepareArticle, type PreparedParagraph } from '../../core';
import type { ArticleRecord, LesestoffDb } from './database';

/** What preparation writes into an article record. */
export type PreparedFields = Pick<ArticleRecord, 'title' | 'date' | 'outlet' | 'wordCount' | 'readingMinutes' | 'contentHash'> & {
  engineVersion: string;
  paragraphs: PreparedParagraph[];
};

export function preparedFields(text: string, given?: GivenMeta): PreparedFields {
  const { engineVersion, meta, paragraphs } = prepareArticle(defaultLanguage, text, given);
  return { ...meta, engineVersion, paragraphs };
}

/**
 * Metadata to keep when an article is prepared again: a bundled text's comes from its text alone (better rules may
 * read it better); a learner's title and a pack's title, date and outlet were given, and stay.
 */
export function givenMetaOf(article: Pick<ArticleRecord, 'origin' | 'title' | 'date' | 'outlet'>): GivenMeta {
  return article.origin === 'bundled' ? {} : { title: article.title, date: article.date, outlet: article.outlet };
}

/** The last article prepared by `bodyOf`: the reader asks on every render, and the text of a big article takes a while. */
let lastUnprepared: { text: string; paragraphs: PreparedParagraph[] } | null = null;

/**
 * The stored body, whatever engine prepared it. An article stored without one (restored from a backup, which leaves
 * prepared fields out) is prepared here until `reprepareStale` stores its body at the next start.
 */
export function bodyOf(article: ArticleRecord): PreparedParagraph[] {
  if (article.paragraphs) return article.paragraphs;
  if (lastUnprepared?.text !== article.text) lastUnprepared = { text: article.text, paragraphs: preparedFields(article.text, givenMetaOf(article)).paragraphs };
  return lastUnprepared.paragraphs;
}

/** The article with its preparation brought up to this engine (user fields such as `lemmaIndex` kept). */
export function reprepared(article: ArticleRecord): ArticleRecord {
  // Stored data is checked where it is read: a record without a text (this app never wrote one) stays as it is,
  // rather than failing the schema upgrade and, with it, the start.
  if (typeof article.text !== 'string') return article;
  return { ...article, ...preparedFields(article.text, givenMetaOf(article)) };
}

/**
 * Prepares again every article stored by another engine version (or none). One article per transaction, so the
 * library and the reader keep working in between, and an article edited or deleted meanwhile is read afresh.
 * Returns how many were prepared.
 */
export async function reprepareStale(db: LesestoffDb): Promise<number> {
  // The list rows carry the version without the texts, so finding the stale ones reads no text.
  const stale = await db.articleList.filter((row) => row.engineVersion !== ENGINE_VERSION).primaryKeys();
  let done = 0;
  for (const id of stale) {
    const changed = await db.transaction('rw', db.articles, async () => {
      const article = await db.articles.get(id);
      if (!article || article.engineVersion === ENGINE_VERSION) return false;
      const next = reprepared(article);
      if (next === article) return false;
      await db.articles.put(next);
      return true;
    });
    if (changed) done++;
  }
  return done;
}
