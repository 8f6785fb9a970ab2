/**
 * Storing lesson packs and students' results files (issue 8). A file is read and checked in full
 * (core `readPackFile`) before the database is touched, and the writes are one Dexie transaction:
 * a rejected file changes nothing, and a failure halfway rolls back. Nothing here throws.
 */
import { type OverviewInput, type PackContent, type PackError, type PackReadResult, readPackFile, type ReadSummary, type ResultsManifest, summarizeRead, verifyResults } from '../../core';
import type { ArticleRecord, LesestoffDb, PackRecord } from './database';
import { preparedFields } from './prepared';

export type ImportError = PackError | { code: 'storage-failed'; message: string };

/** `update`: replace the pack imported earlier under the same id; `keep-both`: store this one next to it. */
export type ImportMode = 'update' | 'keep-both';

export type ImportPackResult =
  | { ok: true; status: 'added' | 'updated' | 'kept-both'; packId: string; previousVersion?: number; articles: number; questions: number }
  | { ok: false; error: ImportError };

export interface PackPreview {
  ok: true;
  summary: Extract<ReadSummary, { kind: 'pack' }>;
  /** The teacher's instructions, in full: the summary has counts and metadata only. */
  instructions: string;
  /** An earlier import of the same pack, to ask "update or keep both?". */
  existing: { id: string; version: number | null; title: string } | null;
}

/**
 * The pack record's article ids: stable per pack and pack article, so user records survive an update.
 * No two packs can share one (issue 20): an article id has no `:` (packSchema's safe charset), so the
 * last `:` ends the local pack id, which is a pack id (no `:` either) or a copy's `<pack id>:<n>`.
 */
const PACK_ARTICLE = 'pack:';
export const packArticleRecordId = (localPackId: string, articleId: string): string => `${PACK_ARTICLE}${localPackId}:${articleId}`;

/** Whether `id` is a pack article's record id: no other article is stored under one. */
export const isPackArticleRecordId = (id: string): boolean => id.startsWith(PACK_ARTICLE);

/**
 * The earlier import of this pack under its own id. Before issue 20 a kept copy was stored as
 * `<pack id>~<n>`, which is also a valid id of another pack: a record there that holds a different
 * pack is not this pack's, and must not be updated by it.
 */
async function earlierImport(db: LesestoffDb, packId: string): Promise<{ record: PackRecord | undefined; occupied: boolean }> {
  const record = await db.packs.get(packId);
  if (!record) return { record: undefined, occupied: false };
  return (record.packId ?? record.id) === packId ? { record, occupied: false } : { record: undefined, occupied: true };
}

const RESULTS_NOT_A_PACK: ImportError = { code: 'wrong-format', message: 'This is a results file, not a lesson pack: import it in the class overview' };

/**
 * A pack file's bytes, or what the engine worker's `readPack` made of them: the Open-a-pack screen reads
 * a file once, off the UI thread, and hands the same result to the preview and the import (issue 20).
 */
export type PackSource = Uint8Array | PackReadResult;

const readSource = (source: PackSource): PackReadResult => (source instanceof Uint8Array ? readPackFile(source) : source);

/** What a pack file holds and whether it was imported before; the student's preview. Changes nothing. */
export async function previewPackFile(db: LesestoffDb, source: PackSource): Promise<PackPreview | { ok: false; error: ImportError }> {
  const read = readSource(source);
  if (!read.ok) return read;
  const summary = summarizeRead(read);
  if (read.kind !== 'pack' || summary.kind !== 'pack') return { ok: false, error: RESULTS_NOT_A_PACK };
  try {
    const existing = (await earlierImport(db, read.pack.id)).record;
    return { ok: true, summary, instructions: read.pack.instructions, existing: existing ? { id: existing.id, version: existing.version ?? null, title: existing.title } : null };
  } catch (err) {
    return { ok: false, error: storageFailed(err) };
  }
}

export async function importPack(db: LesestoffDb, source: PackSource, options: { mode: ImportMode }, now = Date.now()): Promise<ImportPackResult> {
  const read = readSource(source);
  if (!read.ok) return read;
  if (read.kind !== 'pack') return { ok: false, error: RESULTS_NOT_A_PACK };
  const pack = read.pack;
  try {
    return await db.transaction('rw', db.packs, db.articles, async (): Promise<ImportPackResult> => {
      const { record: existing, occupied } = await earlierImport(db, pack.id);
      const localId = !occupied && (!existing || options.mode === 'update') ? pack.id : await freeCopyId(db, pack.id);
      const status = !existing ? 'added' : options.mode === 'update' ? 'updated' : 'kept-both';
      const old = status === 'updated' ? existing : undefined;

      const articles = pack.articles.map((a) => ({ id: a.id, recordId: packArticleRecordId(localId, a.id) }));
      const keep = new Set(articles.map((a) => a.recordId));
      // Articles the new version dropped; their vocabulary keeps its own context sentence.
      const dropped = (old?.articles ?? []).map((a) => a.recordId).filter((id) => !keep.has(id));
      if (dropped.length) await db.articles.bulkDelete(dropped);
      const previous = new Map((await db.articles.bulkGet([...keep])).flatMap((r) => (r ? [[r.id, r] as const] : [])));
      await db.articles.bulkPut(pack.articles.map((a, i) => articleRecord(a, articles[i]?.recordId ?? '', localId, previous.get(articles[i]?.recordId ?? ''), now)));

      const record: PackRecord = {
        id: localId,
        packId: pack.id,
        title: pack.title,
        version: pack.version,
        level: pack.level,
        instructions: pack.instructions,
        createdAt: pack.createdAt,
        importedAt: old?.importedAt ?? now,
        updatedAt: now,
        articles,
        notes: pack.notes,
        questions: pack.questions,
      };
      await db.packs.put(record);
      return {
        ok: true,
        status,
        packId: localId,
        ...(old?.version === undefined ? {} : { previousVersion: old.version }),
        articles: articles.length,
        questions: pack.questions.length,
      };
    });
  } catch (err) {
    return { ok: false, error: storageFailed(err) };
  }
}

function articleRecord(a: PackContent['articles'][number], id: string, packId: string, previous: ArticleRecord | undefined, now: number): ArticleRecord {
  // The pack's title, date and outlet are the teacher's: they win over what the text shows.
  const prepared = preparedFields(a.text, { title: a.title, date: a.date ?? null, outlet: a.outlet ?? null });
  // Fields other features derived from an unchanged text (lemma index …) stay; a changed text starts afresh.
  const same = previous?.contentHash === prepared.contentHash ? previous : undefined;
  return {
    ...same,
    id,
    origin: 'pack',
    packId,
    text: a.text,
    ...prepared,
    addedAt: previous?.addedAt ?? now,
    updatedAt: now,
  };
}

/** `<pack id>:<n>`: the `:` is outside the id charset, so a copy's id is never another pack's id. */
async function freeCopyId(db: LesestoffDb, packId: string): Promise<string> {
  for (let n = 2; ; n++) {
    const id = `${packId}:${n}`;
    if (!(await db.packs.get(id))) return id;
  }
}

/** A pack as stored, back into `PackContent` (for preview as a student and re-export with `version + 1`). */
export async function packContentFromDb(db: LesestoffDb, localId: string): Promise<PackContent | null> {
  const record = await db.packs.get(localId);
  if (!record?.articles || !record.packId) return null;
  const texts = await db.articles.bulkGet(record.articles.map((a) => a.recordId));
  const articles: PackContent['articles'] = [];
  for (const [i, a] of record.articles.entries()) {
    const r = texts[i];
    if (!r) return null;
    articles.push({ id: a.id, title: r.title, outlet: r.outlet, date: r.date, text: r.text });
  }
  return {
    id: record.packId,
    version: record.version ?? 1,
    title: record.title,
    level: record.level ?? '',
    instructions: record.instructions ?? '',
    createdAt: record.createdAt ?? new Date(record.importedAt).toISOString(),
    articles,
    notes: record.notes ?? [],
    questions: record.questions ?? [],
  };
}

/** What `classResults.value` holds. */
export interface StoredResult {
  results: ResultsManifest;
  checksumValid: boolean;
  fileName: string;
}

export type ResultsFileStatus = 'added' | 'duplicate' | 'flagged' | 'rejected';

export interface ImportResultsReport {
  files: { name: string; status: ResultsFileStatus; error?: ImportError }[];
  added: number;
  duplicates: number;
  /** Added, but edited after the app wrote them or not adding up (`verifyResults`). */
  flagged: number;
  rejected: number;
  /** Set when the transaction failed: then nothing was stored. */
  error?: ImportError;
}

/**
 * Imports many results files at once (a class: 30+). Each file is checked on its own: a bad file is
 * reported and skipped, the good ones are stored in one transaction. The record id is the checksum of
 * the content as read, so the same file twice counts once, and an edited copy is stored flagged beside it.
 */
export async function importResults(db: LesestoffDb, files: { name: string; bytes: Uint8Array }[], now = Date.now()): Promise<ImportResultsReport> {
  const report: ImportResultsReport = { files: [], added: 0, duplicates: 0, flagged: 0, rejected: 0 };
  const candidates: { index: number; id: string; value: StoredResult }[] = [];
  for (const { name, bytes } of files) {
    const read = readPackFile(bytes);
    if (!read.ok || read.kind !== 'results') {
      const error: ImportError = read.ok ? { code: 'wrong-format', message: 'This is a lesson pack, not a results file: open it in the library' } : read.error;
      report.files.push({ name, status: 'rejected', error });
      report.rejected++;
      continue;
    }
    // Without the pack's answer key here, only the file's own consistency; the overview recomputes the rest.
    report.files.push({ name, status: verifyResults(read.results, read.checksumValid).flags.length === 0 ? 'added' : 'flagged' });
    candidates.push({ index: report.files.length - 1, id: read.computedChecksum, value: { results: read.results, checksumValid: read.checksumValid, fileName: name } });
  }
  if (candidates.length === 0) return report;
  try {
    await db.transaction('rw', db.classResults, async () => {
      const stored = await db.classResults.bulkGet(candidates.map((c) => c.id));
      const seen = new Set(stored.flatMap((r) => (r ? [r.id] : [])));
      const fresh = [];
      for (const c of candidates) {
        const entry = report.files[c.index];
        if (!entry) continue;
        if (seen.has(c.id)) {
          entry.status = 'duplicate';
          continue;
        }
        seen.add(c.id);
        fresh.push({ id: c.id, packId: c.value.results.packId, importedAt: now, value: c.value });
      }
      await db.classResults.bulkAdd(fresh);
    });
  } catch (err) {
    return { files: report.files.map((f) => (f.status === 'rejected' ? f : { ...f, status: 'rejected' as const })), added: 0, duplicates: 0, flagged: 0, rejected: files.length, error: storageFailed(err) };
  }
  for (const f of report.files) {
    if (f.status === 'added' || f.status === 'flagged') report.added++;
    if (f.status === 'flagged') report.flagged++;
    if (f.status === 'duplicate') report.duplicates++;
  }
  return report;
}

/** The stored results of one pack (its own id, every copy), ready for `buildClassOverview`. */
export async function classResultsOf(db: LesestoffDb, packId: string): Promise<OverviewInput[]> {
  const rows = await db.classResults.where('packId').equals(packId).toArray();
  return rows.map((r) => {
    const v = r.value as StoredResult;
    return { results: v.results, checksumValid: v.checksumValid, computedChecksum: r.id, ...(r.marks ? { marks: r.marks } : {}) };
  });
}

function storageFailed(err: unknown): ImportError {
  return { code: 'storage-failed', message: `Nothing was imported: the library could not be saved (${err instanceof Error ? err.message : String(err)})` };
}
