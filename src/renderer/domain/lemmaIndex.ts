/**
 * The cached lemma list of an article, tied to its text and to the engine's analysis version, and the carrying over of
 * word statuses when a new analysis gives a word another key.
 *
 * A status is stored under the key the analysis gave the word (`statusKey`: `zweite`, `ankündigen`). When better rules
 * give the same word another key, the learner's status would stay under the old one, and the word would show as new.
 * So the index keeps, for each key, where in the text it first stood: when the index is made again under a new
 * analysis, the word now standing there tells the old key's new name, and the status is copied to it (the old record
 * stays, for anything else that still reads it). A status the learner set under the new key wins.
 */
import type { ArticleRecord, LemmaIndexRecord, LesestoffDb, WordStatusRecord } from '../db/database';
import type { WordKeys } from '../workers/engineApi';

/** Bump when the engine's lemmas change in a way that should recount the library. */
// 2 (issue 14): reformed spellings (Prozess), comparison and participle lemmas, -ung compounds split (Vertagungsantrag).
// 3: each key's first place in the text (`starts`), so statuses follow a key that changes.
// 4 (issue 14): plural compounds and Latin plurals to their singular (Fakt, Einfuhrzoll, Patent), unlisted adjectives
// and participles uninflected (selbstfahrend), regional plurals (Wagen), particle verbs the lists lack (hinzukommen).
// 5 (issue 14): a capitalised verb form inside a sentence is a name or noun (Google, das Bekanntwerden), an age noun
// after its figure is nominalised (18-Jährige), an adjective after a quantity too (das Laute).
// 6: only the paragraphs the reader shows, each analysed on its own (`wordKeys`), no longer the title and byline.
// 7 (issue 14): compounds on a weak noun to the nominative dictionaries cite (Bürgerwille), verbs with a joined
// adjective or infinitive (verlorengehen, steckenbleiben), a shared participle by its auxiliary (fallen), adjectives
// spelt like a verb form (doppelt), lower-case-led hyphenated nouns (iOS-Version).
// 8 (issue 14): participles and `doppelt` that say how are adjectives (wiederholt, erfahren), places the lexicon
// lacks are names with their own key (Ostpolen, not Ostpole).
// 9 (issue 14): a second plural's dative (Worten: Wort), a person's strong form (ein Abgeordneter: Abgeordnete).
// 10 (issue 14): a strong participle after the copula is its adjective (gebogen, geschlossen), as is a participle
// before a finite full verb (überholt wirkte).
// 18 (issue 14): a nominalised adjective takes the article its sentence gives (der/die Private, das Gleiche), a noun's
// plural wins over a nominalised adjective spelt alike (beide Arme: Arm), a name's -sch adjective is one (Merkelsch).
// 19 (issue 14): a nominalised -los adjective the lexicon lacks is a person of either sex (der/die Wohnungslose), no
// compound on das Los.
// 20 (issue 14): the glossary's regular verbs the word list lacks are verbs (vereinbarte, deaktiviert), capitalised
// sentence adverbs are no names (Ansonsten), a currency after its amount is die Mark.
// 21 (issue 14): a capitalised adjective the lexicon lacks as a noun is the person it names (der/die Ungeimpfte), an
// unlisted common noun in -er is der, a participle beside a modal and sein is a state, reported so, fixed phrase runs.
// 22 (issue 14): das Militär, die Mail (lexicon genders); `den` before an unlisted noun ending in -n after a letter
// other than e, l or r is der; a noun after a number reads the glossary's number phrase (15 Uhr: o'clock); more loan words.
// 23 (issue 14): genitive names read as the name (der Sieg Walesas → Walesa); a past tense before an article is the
// verb; compound parts spelling a borrowed English word are joined (Linux-Desktops); phrase lists name more phrases.
export const ANALYSIS_VERSION = '23';

export const lemmaIndexVersion = (article: Pick<ArticleRecord, 'contentHash'>) => `${article.contentHash}:${ANALYSIS_VERSION}`;

export function freshLemmaKeys(article: Pick<ArticleRecord, 'contentHash' | 'lemmaIndex'>): string[] | null {
  return article.lemmaIndex?.version === lemmaIndexVersion(article) ? article.lemmaIndex.keys : null;
}

export function lemmaIndexOf(article: Pick<ArticleRecord, 'contentHash'>, words: WordKeys): LemmaIndexRecord {
  const first = new Map<string, number>();
  words.keys.forEach((key, i) => {
    if (!first.has(key)) first.set(key, words.starts[i]!);
  });
  return { version: lemmaIndexVersion(article), keys: [...first.keys()], starts: [...first.values()] };
}

/**
 * Statuses to write so that each word keeps the status its old key had: `old` is the index of an earlier analysis of
 * the same text, `statuses` the records under its keys.
 */
export function carriedStatuses(old: LemmaIndexRecord | undefined, words: WordKeys, statuses: ReadonlyMap<string, WordStatusRecord>): WordStatusRecord[] {
  if (!old?.starts) return [];
  const keyAt = new Map(words.starts.map((start, i) => [start, words.keys[i]!]));
  const carried = new Map<string, WordStatusRecord>();
  old.keys.forEach((oldKey, i) => {
    const record = statuses.get(oldKey);
    const newKey = keyAt.get(old.starts![i]!);
    if (!record || newKey === undefined || newKey === oldKey || statuses.has(newKey) || carried.has(newKey)) return;
    carried.set(newKey, { ...record, lemma: newKey });
  });
  return [...carried.values()];
}

/**
 * Stores a new lemma index for an article and, in the same transaction, carries the learner's statuses over from the
 * index it replaces. The text must be the one `words` was made from (its content hash names the index).
 */
export async function storeLemmaIndex(db: LesestoffDb, article: Pick<ArticleRecord, 'id' | 'contentHash'>, words: WordKeys): Promise<void> {
  await db.transaction('rw', db.articles, db.wordStatus, async () => {
    const stored = await db.articles.get(article.id);
    if (!stored || stored.contentHash !== article.contentHash) return;
    const old = stored.lemmaIndex;
    // Only an index of another analysis that kept its keys' places can tell where statuses go.
    if (old?.starts && old.version !== lemmaIndexVersion(article)) {
      const statuses = new Map<string, WordStatusRecord>();
      // A status under a new key the learner set since must win, so the new keys' records are read too.
      for (const r of await db.wordStatus.bulkGet([...new Set([...old.keys, ...words.keys])])) if (r) statuses.set(r.lemma, r);
      const carried = carriedStatuses(old, words, statuses);
      if (carried.length) await db.wordStatus.bulkPut(carried);
    }
    await db.articles.update(article.id, { lemmaIndex: lemmaIndexOf(article, words) });
  });
}
