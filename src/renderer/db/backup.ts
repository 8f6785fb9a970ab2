/**
 * Backup and restore of everything a learner made (issue 17), as one JSON file: saved words with notes and senses,
 * word statuses, the review schedule, quiz attempts, lookups, the reading log, own texts, packs and class results, settings.
 * Bundled articles, cached quizzes and what is prepared from a text are left out: the app rebuilds them.
 *
 * A file is checked whole before anything is written (zod, then the links between tables), so a bad or foreign
 * file gets a message and changes nothing; a restore is one transaction, replacing this profile's data or merged
 * into it.
 */
import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { z } from 'zod';
import { firstIssue, packNoteSchema, packQuestionSchema, resultsDataSchema } from '../../core';
import type { LesestoffDb } from './database';

export const BACKUP_FORMAT = 'lesestoff-backup';

/** The learner's tables, in the order they are restored; every other table is rebuilt by the app. */
export const BACKUP_TABLES = ['articles', 'vocabulary', 'reviewCards', 'wordStatus', 'quizAttempts', 'lookups', 'readingLog', 'packs', 'classResults', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  exportedAt: string;
  /** The schema version the rows were stored with. */
  schemaVersion: number;
  tables: Partial<Record<BackupTable, unknown[]>>;
}

/** Fields an article gets again from its text when it is prepared (db/prepared.ts); a backup is smaller without them. */
const PREPARED_FIELDS = ['paragraphs', 'engineVersion'];

export async function backupOf(db: Dexie, now = new Date()): Promise<Backup> {
  const tables: Backup['tables'] = {};
  const present = db.tables.filter((t) => (BACKUP_TABLES as readonly string[]).includes(t.name));
  await db.transaction('r', present, async () => {
    for (const table of present) {
      const rows: unknown[] = await table.toArray();
      tables[table.name as BackupTable] =
        table.name === 'articles'
          ? rows
              .filter((r) => (r as { origin?: unknown }).origin !== 'bundled')
              .map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !PREPARED_FIELDS.includes(k))))
          : rows;
    }
  });
  return { format: BACKUP_FORMAT, exportedAt: now.toISOString(), schemaVersion: db.verno, tables };
}

// ---- What a backup may hold. Keys and the fields screens read are checked; a record's other fields pass as stored.

const MAX_ROWS = 1_000_000;
const key = z.string().min(1).max(1000);
const time = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
const shortText = z.string().max(100_000);
const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const rowSchemas = {
  articles: z.looseObject({
    id: key.refine((id) => !id.startsWith('bundled:'), 'bundled articles are not part of a backup'),
    origin: z.enum(['user', 'pack']),
    text: z.string().max(10_000_000),
    title: shortText,
    date: z.string().max(100).nullable(),
    outlet: z.string().max(1000).nullable(),
    wordCount: count,
    readingMinutes: z.number().finite().nonnegative(),
    contentHash: z.string().max(200),
    addedAt: time,
    updatedAt: time,
    packId: key.optional(),
  }),
  vocabulary: z.looseObject({
    id: rowId,
    lemma: key,
    articleId: key,
    context: shortText,
    sense: shortText.optional(),
    note: shortText.optional(),
    createdAt: time,
    // Version 1 had no updatedAt; restore fills it from createdAt, as the version 2 upgrade did.
    updatedAt: time.optional(),
    word: shortText.optional(),
    articleTitle: shortText.optional(),
    upos: z.string().max(20).optional(),
    gender: z.enum(['der', 'die', 'das']).optional(),
    plural: shortText.optional(),
    senseLang: z.string().max(20).optional(),
    // Issue 18: the learner's own meaning, and a saved phrase's word keys (a phrase is 2 to 10 words).
    ownMeaning: shortText.optional(),
    phraseKeys: z.array(key).min(2).max(10).optional(),
  }),
  reviewCards: z.looseObject({ vocabularyId: rowId, due: time, card: z.record(z.string(), z.unknown()) }),
  wordStatus: z.looseObject({
    lemma: key,
    status: z.union([z.enum(['new', 'known', 'ignored']), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    updatedAt: time,
  }),
  quizAttempts: z
    .looseObject({
      id: rowId,
      articleId: key.nullable(),
      storyId: key.nullable(),
      score: count,
      total: count,
      finishedAt: time,
      answers: z.array(z.looseObject({ questionId: key, prompt: shortText.optional(), given: shortText, correct: z.boolean(), ms: time })).max(10_000).optional(),
      startedAt: time.optional(),
      kind: z.enum(['article', 'story', 'retry']).optional(),
    })
    .refine((a) => a.score <= a.total, 'score is more than the number of questions'),
  lookups: z.looseObject({ id: rowId, lemma: key, articleId: key, at: time }),
  // Issue 18: first openings with the unknown share then, and texts finished with their word count.
  readingLog: z
    .discriminatedUnion('kind', [
      z.looseObject({ id: rowId, kind: z.literal('opened'), articleId: key, at: time, unknown: count, distinct: count }),
      z.looseObject({ id: rowId, kind: z.literal('finished'), articleId: key, at: time, words: count }),
    ])
    .refine((r) => r.kind !== 'opened' || r.unknown <= r.distinct, 'more unknown words than words'),
  packs: z.looseObject({
    id: key,
    title: shortText,
    importedAt: time,
    packId: key.optional(),
    articles: z.array(z.object({ id: key, recordId: key })).max(1000).optional(),
    notes: z.array(packNoteSchema).optional(),
    questions: z.array(packQuestionSchema).optional(),
  }),
  // Loose: a stored result keeps the whole manifest (format, checksum) that the results schema does not list.
  classResults: z.looseObject({
    id: key,
    packId: key,
    importedAt: time,
    value: z.looseObject({ results: resultsDataSchema.loose(), checksumValid: z.boolean(), fileName: z.string().max(1000).optional() }),
  }),
  settings: z.object({ key, value: z.json() }),
} satisfies Record<BackupTable, z.ZodType>;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.iso.datetime(),
  schemaVersion: z.number().int().min(1),
  tables: z.strictObject(Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.array(rowSchemas[t]).max(MAX_ROWS).optional()])) as { [T in BackupTable]: z.ZodOptional<z.ZodArray<(typeof rowSchemas)[T]>> }),
});

export type BackupErrorCode = 'unreadable' | 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid' | 'inconsistent' | 'too-large';
export interface BackupError {
  code: BackupErrorCode;
  /** Which table, row and field, in English, for whoever looks at the file. */
  message: string;
}

export interface BackupSummary {
  exportedAt: string;
  schemaVersion: number;
  counts: Record<BackupTable, number>;
}

export type BackupPreview = { ok: true; backup: CheckedBackup; summary: BackupSummary } | { ok: false; error: BackupError };

type CheckedBackup = z.infer<typeof backupSchema>;
type Rows<T extends BackupTable> = z.infer<(typeof rowSchemas)[T]>[];

/** Larger than any profile's data: a file this big is refused before it is parsed. */
export const MAX_BACKUP_CHARS = 100_000_000;

/** Primary keys must be unique in a table, and the records that point at others must find them in the file. */
function inconsistency(tables: CheckedBackup['tables']): string | null {
  const keys: Record<BackupTable, (row: Record<string, unknown>) => unknown> = {
    articles: (r) => r['id'],
    vocabulary: (r) => r['id'],
    reviewCards: (r) => r['vocabularyId'],
    wordStatus: (r) => r['lemma'],
    quizAttempts: (r) => r['id'],
    lookups: (r) => r['id'],
    readingLog: (r) => r['id'],
    packs: (r) => r['id'],
    classResults: (r) => r['id'],
    settings: (r) => r['key'],
  };
  for (const table of BACKUP_TABLES) {
    const seen = new Set<unknown>();
    for (const [i, row] of (tables[table] ?? []).entries()) {
      const k = keys[table](row as Record<string, unknown>);
      if (seen.has(k)) return `${table}[${i}]: the key ${JSON.stringify(k)} appears twice`;
      seen.add(k);
    }
  }
  const words = new Set((tables.vocabulary ?? []).map((v) => v.id));
  const card = (tables.reviewCards ?? []).findIndex((c) => !words.has(c.vocabularyId));
  if (card >= 0) return `reviewCards[${card}]: its word (${tables.reviewCards?.[card]?.vocabularyId}) is not in the backup`;
  const articles = new Set((tables.articles ?? []).map((a) => a.id));
  for (const [i, pack] of (tables.packs ?? []).entries()) {
    const missing = pack.articles?.find((a) => !articles.has(a.recordId));
    if (missing) return `packs[${i}]: its article ${missing.recordId} is not in the backup`;
  }
  return null;
}

/** Reads a backup file's text: what it holds and from when, or why it cannot be restored. Writes nothing. */
export function previewBackup(text: string, currentVersion: number): BackupPreview {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: { code: 'too-large', message: `The file has ${text.length} characters; at most ${MAX_BACKUP_CHARS}` } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'not-json', message: error instanceof Error ? error.message : String(error) } };
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (format !== BACKUP_FORMAT) return { ok: false, error: { code: 'not-a-backup', message: `format is ${JSON.stringify(format) ?? 'missing'}, not "${BACKUP_FORMAT}"` } };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > currentVersion) {
    return { ok: false, error: { code: 'newer-version', message: `The backup was made with database version ${version}; this app knows up to ${currentVersion}` } };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', message: firstIssue(parsed.error) } };
  const problem = inconsistency(parsed.data.tables);
  if (problem) return { ok: false, error: { code: 'inconsistent', message: problem } };
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, parsed.data.tables[t]?.length ?? 0])) as Record<BackupTable, number>;
  return { ok: true, backup: parsed.data, summary: { exportedAt: parsed.data.exportedAt, schemaVersion: parsed.data.schemaVersion, counts } };
}

/** A picked file's preview; its size is checked before it is read, so a huge file is never loaded whole. */
export async function previewBackupFile(file: Blob, currentVersion: number): Promise<BackupPreview> {
  // UTF-8 takes at least one byte a character (and JSON text escapes are longer), so bytes bound the characters.
  if (file.size > MAX_BACKUP_CHARS * 3) return { ok: false, error: { code: 'too-large', message: `The file has ${file.size} bytes` } };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
  }
  return previewBackup(text, currentVersion);
}

/** The download's name: the day it was made, so a folder of backups sorts by date. */
export const backupFileName = (backup: Backup): string => `lesestoff-backup-${backup.exportedAt.slice(0, 10)}.json`;

export type RestoreMode = 'replace' | 'merge';
export type RestoreResult = { ok: true; added: Record<BackupTable, number> } | { ok: false; error: BackupError };

const withUpdatedAt = (rows: Rows<'vocabulary'>) => rows.map((v) => ({ ...v, updatedAt: v.updatedAt ?? v.createdAt }));
const tablesOf = (db: LesestoffDb) => BACKUP_TABLES.map((t) => db.table(t));

/**
 * Restores a checked backup in one transaction. `replace`: this profile's learner data is deleted first (bundled
 * articles stay). `merge`: records are added next to this profile's; a word saved in both (same lemma and text) or a
 * word status keeps the newer edit, with its review card; settings already set here stay.
 */
export async function restoreBackup(db: LesestoffDb, backup: CheckedBackup, mode: RestoreMode): Promise<RestoreResult> {
  const t = backup.tables;
  const added = Object.fromEntries(BACKUP_TABLES.map((name) => [name, 0])) as Record<BackupTable, number>;
  try {
    await db.transaction('rw', tablesOf(db), async () => {
      if (mode === 'replace') {
        await db.articles.where('origin').anyOf('user', 'pack').delete();
        await Promise.all(BACKUP_TABLES.filter((name) => name !== 'articles').map((name) => db.table(name).clear()));
        await db.articles.bulkAdd(t.articles ?? []);
        await db.vocabulary.bulkAdd(withUpdatedAt(t.vocabulary ?? []));
        await db.reviewCards.bulkAdd(t.reviewCards ?? []);
        await db.wordStatus.bulkAdd(t.wordStatus ?? []);
        await db.quizAttempts.bulkAdd(t.quizAttempts ?? []);
        await db.lookups.bulkAdd(t.lookups ?? []);
        await db.readingLog.bulkAdd(t.readingLog ?? []);
        await db.packs.bulkAdd(t.packs ?? []);
        await db.classResults.bulkAdd(t.classResults ?? []);
        await db.settings.bulkAdd(t.settings ?? []);
        for (const name of BACKUP_TABLES) added[name] = t[name]?.length ?? 0;
      } else {
        await merge(db, backup, added);
      }
    });
  } catch (error) {
    return { ok: false, error: { code: 'invalid', message: error instanceof Error ? error.message : String(error) } };
  }
  return { ok: true, added };
}

/** Adds `rows` whose key is not stored yet; returns how many. */
async function addMissing<T, K, I, R extends I>(table: Table<T, K, I>, rows: R[], keyOf: (row: R) => NoInfer<K>): Promise<number> {
  const stored = await table.bulkGet(rows.map(keyOf));
  const fresh = rows.filter((_, i) => stored[i] === undefined);
  await table.bulkAdd(fresh);
  return fresh.length;
}

async function merge(db: LesestoffDb, backup: CheckedBackup, added: Record<BackupTable, number>): Promise<void> {
  const t = backup.tables;
  added.articles = await addMissing(db.articles, t.articles ?? [], (a) => a.id);
  added.packs = await addMissing(db.packs, t.packs ?? [], (p) => p.id);
  added.classResults = await addMissing(db.classResults, t.classResults ?? [], (r) => r.id);
  added.settings = await addMissing(db.settings, t.settings ?? [], (s) => s.key);

  // Saved words: ids are this profile's own (auto-increment), so a backup's word gets a new id and its card follows.
  const cards = new Map((t.reviewCards ?? []).map((c) => [c.vocabularyId, c]));
  const stored = await db.vocabulary.toArray();
  const sameWord = (v: { lemma: string; articleId: string; context: string }) => `${v.lemma}\u0000${v.articleId}\u0000${v.context}`;
  const byWord = new Map(stored.map((v) => [sameWord(v), v]));
  for (const word of withUpdatedAt(t.vocabulary ?? [])) {
    const { id: backupId, ...fields } = word;
    const card = cards.get(backupId);
    const here = byWord.get(sameWord(word));
    if (here?.id !== undefined) {
      if (here.updatedAt >= word.updatedAt) continue;
      await db.vocabulary.put({ ...fields, id: here.id });
      if (card) await db.reviewCards.put({ ...card, vocabularyId: here.id });
      added.vocabulary++;
      continue;
    }
    const id = await db.vocabulary.add(fields);
    if (card) await db.reviewCards.add({ ...card, vocabularyId: id });
    added.vocabulary++;
    if (card) added.reviewCards++;
  }

  const statuses = t.wordStatus ?? [];
  const storedStatus = await db.wordStatus.bulkGet(statuses.map((s) => s.lemma));
  const newer = statuses.filter((s, i) => (storedStatus[i]?.updatedAt ?? -1) < s.updatedAt);
  await db.wordStatus.bulkPut(newer);
  added.wordStatus = newer.length;

  // Attempts, lookups and readings have no natural key: one that matches in every field but its id is the same record.
  const attemptKey = (a: { articleId: string | null; storyId: string | null; finishedAt: number; score: number; total: number }) => JSON.stringify([a.articleId, a.storyId, a.finishedAt, a.score, a.total]);
  const attempts = new Set((await db.quizAttempts.toArray()).map(attemptKey));
  const freshAttempts = (t.quizAttempts ?? []).filter((a) => !attempts.has(attemptKey(a))).map(({ id: _id, ...a }) => a);
  await db.quizAttempts.bulkAdd(freshAttempts);
  added.quizAttempts = freshAttempts.length;
  const lookupKey = (l: { lemma: string; articleId: string; at: number }) => JSON.stringify([l.lemma, l.articleId, l.at]);
  const lookups = new Set((await db.lookups.toArray()).map(lookupKey));
  const freshLookups = (t.lookups ?? []).filter((l) => !lookups.has(lookupKey(l))).map(({ id: _id, ...l }) => l);
  await db.lookups.bulkAdd(freshLookups);
  added.lookups = freshLookups.length;
  const readingKey = (r: { kind: string; articleId: string; at: number }) => JSON.stringify([r.kind, r.articleId, r.at]);
  const readings = new Set((await db.readingLog.toArray()).map(readingKey));
  const freshReadings = (t.readingLog ?? []).filter((r) => !readings.has(readingKey(r))).map(({ id: _id, ...r }) => r);
  await db.readingLog.bulkAdd(freshReadings);
  added.readingLog = freshReadings.length;
}
