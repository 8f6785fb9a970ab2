/**
 * The renderer's IndexedDB database. Each schema change is a new entry in
 * `schemaVersions`; a shipped entry is never edited (STYLE.md), and every upgrade has a
 * test that opens the previous version with data in it.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { PackNote, PackQuestion, PreparedParagraph } from '../../core';
import { articleListMiddleware, listRowOf, type ArticleListRecord } from './articleList';
import { reprepared } from './prepared';

export type { ArticleListRecord } from './articleList';

export type ArticleOrigin = 'bundled' | 'user' | 'pack';

export interface ArticleRecord {
  /** Bundled: `bundled:<file name>`, stable across app versions so user records keep pointing at it. */
  id: string;
  origin: ArticleOrigin;
  text: string;
  title: string;
  date: string | null;
  outlet: string | null;
  wordCount: number;
  readingMinutes: number;
  contentHash: string;
  addedAt: number;
  updatedAt: number;
  /** Lesson pack the article came with (origin `pack`). */
  packId?: string;
  /** Not indexed (issue 5): distinct lemmas of the text, for the library's unknown-word count; `version` ties it to text and engine. */
  lemmaIndex?: LemmaIndexRecord;
  /**
   * Version 5 (issue 13): the core's ENGINE_VERSION that prepared `paragraphs` and the metadata above (`prepared.ts`).
   * Optional because a record written before version 5 (a restored backup) has neither; it is prepared again.
   */
  engineVersion?: string;
  /** The body as prepared at ingest: paragraphs with offsets into `text`, page furniture marked. */
  paragraphs?: PreparedParagraph[];
}

export interface VocabularyRecord {
  id?: number;
  lemma: string;
  articleId: string;
  context: string;
  sense?: string;
  note?: string;
  createdAt: number;
  /** Added in version 2; filled from createdAt for older rows. */
  updatedAt: number;
  /** Not indexed (issue 5): the form clicked, the article's title (kept after the article is deleted), grammar, sense language. */
  word?: string;
  articleTitle?: string;
  upos?: string;
  /** The noun's article as the text's language writes it (core's `Article`). */
  gender?: string;
  plural?: string;
  senseLang?: string;
  /** The learner's own meaning (issue 18), shown before the glossary's; not indexed, so no schema version. */
  ownMeaning?: string;
  /** A saved phrase's words as the analysis keys them (issue 18), to find the phrase again in any text. */
  phraseKeys?: string[];
}

export interface QuizAttemptRecord {
  id?: number;
  articleId: string | null;
  storyId: string | null;
  score: number;
  total: number;
  finishedAt: number;
  /** Not indexed (issue 7): every answer, when the quiz started, and whether it was a full quiz or a retry of wrong answers. */
  answers?: QuizAnswerRecord[];
  startedAt?: number;
  kind?: 'article' | 'story' | 'retry';
}

export interface QuizAnswerRecord {
  questionId: string;
  /** The question as asked, so the attempt still reads after the quiz is regenerated. */
  prompt?: string;
  given: string;
  correct: boolean;
  /** Time from showing the question to answering it. */
  ms: number;
}

/**
 * An imported lesson pack (issue 8). The fields after `importedAt` are not indexed, so they need no
 * schema version; they are optional because version 1 declared the table before packs existed.
 */
export interface PackRecord {
  /** The pack's id, or `<id>:2`, `<id>:3` … for a copy kept next to an earlier import of the same pack (`<id>~2` before issue 20). */
  id: string;
  title: string;
  importedAt: number;
  /** The pack's own id (manifest), the same for every copy: results files name it. */
  packId?: string;
  version?: number;
  level?: string;
  instructions?: string;
  createdAt?: string;
  updatedAt?: number;
  /** In pack order: the pack's article id and the ArticleRecord that holds its text. */
  articles?: { id: string; recordId: string }[];
  /** Teacher's notes and questions as in the pack: their article ids are the pack's, mapped through `articles`. */
  notes?: PackNote[];
  questions?: PackQuestion[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type WordStatus = 'new' | 1 | 2 | 3 | 4 | 5 | 'known' | 'ignored';

/** An article's distinct status keys under one analysis (domain/lemmaIndex.ts). */
export interface LemmaIndexRecord {
  version: string;
  /** Distinct status keys in the order they first stand in the text. */
  keys: string[];
  /** Where each key first stands (offset into the text), so statuses can follow a key that changes; absent before analysis version 3. */
  starts?: number[];
}

export interface WordStatusRecord {
  lemma: string;
  status: WordStatus;
  updatedAt: number;
}

/** FSRS scheduling state of one vocabulary entry; `card` is ts-fsrs's Card with dates as epoch ms. */
export interface ReviewCardRecord {
  vocabularyId: number;
  due: number;
  card: Record<string, unknown>;
}

/** Generated questions for a text, keyed by content hash, regenerated only when the text changes. */
export interface QuizCacheRecord {
  key: string;
  createdAt: number;
  value: unknown;
}

/** One student's imported results file (issue 8); `id` is the file's checksum, so duplicates count once. */
export interface ClassResultRecord {
  id: string;
  packId: string;
  importedAt: number;
  value: unknown;
  /** The teacher's marks of free-text answers, by question id (issue 15); not indexed, so no new schema version. */
  marks?: Record<string, boolean>;
}

export interface LookupRecord {
  id?: number;
  lemma: string;
  articleId: string;
  at: number;
}

/**
 * The learner's reading (issue 18, version 6). `opened`: the first time a text was opened in the reader, with how many
 * of its distinct words were unknown then (`unknown` of `distinct`), kept to compare with now. `finished`: the learner
 * said they read the text (or marked the rest of it known), with its word count then; a text counts once a day
 * unless the learner reads it again.
 */
export type ReadingLogRecord = { id?: number; articleId: string; at: number } & ({ kind: 'opened'; unknown: number; distinct: number } | { kind: 'finished'; words: number });

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, origin, contentHash, addedAt',
      vocabulary: '++id, lemma, articleId, createdAt',
      quizAttempts: '++id, articleId, storyId, finishedAt',
      packs: 'id',
      settings: 'key',
    },
  },
  {
    // Reader statuses belong to the lemma, so every inflected form follows (issue 5).
    version: 2,
    stores: { wordStatus: 'lemma, status', vocabulary: '++id, lemma, articleId, createdAt, updatedAt' },
    upgrade: async (tx) => {
      await tx.table<VocabularyRecord>('vocabulary').toCollection().modify((row) => {
        row.updatedAt ??= row.createdAt;
      });
    },
  },
  {
    // Review schedule (issue 5), quiz cache (issue 7), lesson-pack results (issue 8), glossary lookups
    // (counted for the class overview), and pack membership of articles.
    version: 3,
    stores: {
      reviewCards: 'vocabularyId, due',
      quizCache: 'key',
      classResults: 'id, packId, importedAt',
      lookups: '++id, lemma, articleId, at',
      articles: 'id, origin, contentHash, addedAt, packId',
    },
  },
  {
    // The library's list without the texts (issue 20), kept in step with `articles` by `articleList.ts`.
    version: 4,
    stores: { articleList: 'id, origin, addedAt, packId' },
    upgrade: async (tx) => {
      const rows: ArticleListRecord[] = [];
      // One text at a time: the whole table of texts may be larger than the page can hold at once.
      await tx.table<ArticleRecord>('articles').each((article) => {
        rows.push(listRowOf(article));
      });
      await tx.table<ArticleListRecord>('articleList').bulkPut(rows);
    },
  },
  {
    // Articles prepared once (issue 13): every article gets its body paragraphs and the engine version that made
    // them; the list indexes the version, so the articles a newer engine must prepare again are found without texts.
    version: 5,
    stores: { articleList: 'id, origin, addedAt, packId, engineVersion' },
    upgrade: async (tx) => {
      // A cursor, one text at a time; the list rows follow through the articleList middleware.
      await tx.table<ArticleRecord>('articles').toCollection().modify((article, ref) => {
        ref.value = reprepared(article);
      });
    },
  },
  {
    // What the learner read (issue 18): first openings with their unknown-word share, and texts finished, by day.
    // A new table; nothing before it knew when a text was read, so there is nothing to carry over.
    version: 6,
    stores: { readingLog: '++id, articleId, at' },
  },
];

export type LesestoffDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  articleList: EntityTable<ArticleListRecord, 'id'>;
  vocabulary: EntityTable<VocabularyRecord, 'id'>;
  quizAttempts: EntityTable<QuizAttemptRecord, 'id'>;
  packs: EntityTable<PackRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  wordStatus: EntityTable<WordStatusRecord, 'lemma'>;
  reviewCards: EntityTable<ReviewCardRecord, 'vocabularyId'>;
  quizCache: EntityTable<QuizCacheRecord, 'key'>;
  classResults: EntityTable<ClassResultRecord, 'id'>;
  lookups: EntityTable<LookupRecord, 'id'>;
  // Inserted as the record itself (`id` is optional): Dexie's insert type does not spread over a union of kinds.
  readingLog: Table<ReadingLogRecord, number, ReadingLogRecord>;
};

export const DB_NAME = 'lesestoff';

/** Opens the database at the newest schema, or at `upTo` (tests of upgrades open older ones, or pass their own `versions`). */
export function openDatabase(name = DB_NAME, upTo = Infinity, versions = schemaVersions): LesestoffDb {
  const db = new Dexie(name) as LesestoffDb;
  const opened = versions.filter((s) => s.version <= upTo);
  if (opened.some((v) => 'articleList' in v.stores)) db.use(articleListMiddleware);
  for (const v of opened) {
    const version = db.version(v.version).stores(v.stores);
    const upgrade = v.upgrade;
    if (upgrade)
      version.upgrade(async (tx) => {
        try {
          await upgrade(tx);
        } catch (cause) {
          throw new MigrationError(v.version, cause);
        }
      });
  }
  return db;
}

/**
 * An upgrade function threw (issue 20). IndexedDB rolls the whole upgrade back, so the data is still
 * there at the old version: the startup screen says so and offers a backup instead of a blank window.
 */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`Upgrade to database version ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Another window holds the database open at an older version and does not let go, so this one cannot upgrade it. */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
}

/**
 * Opens the database and waits until it is usable. Dexie would wait for ever while another window blocks the
 * upgrade; this rejects instead, so the startup screen can say what to do (issue 20).
 */
export async function openReady(db: LesestoffDb): Promise<void> {
  let onBlocked = (): void => undefined;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new DatabaseBlockedError('The database is held open by another Lesestoff window'));
    db.on('blocked', onBlocked);
  });
  try {
    await Promise.race([db.open(), blocked]);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/**
 * Calls `onChange` when another window upgrades or deletes the database. Dexie then closes this connection
 * so the upgrade can go on; this window's queries would fail later, so it has to reload (issue 20).
 */
export function onChangedElsewhere(db: LesestoffDb, onChange: () => void): () => void {
  const listener = (): void => onChange();
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
