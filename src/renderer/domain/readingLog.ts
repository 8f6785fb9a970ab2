/**
 * The reading log (issue 18): how much of a text was unknown when the learner first opened it, to compare with now,
 * and the texts they read, for words read per day. A text is *read* when the learner says so at its end (Finished
 * reading) or marks the rest of it known; opening or scrolling through a text is not reading it. A text counts once
 * a day, whatever reloads and revisits happen, unless the learner reads it again and says so (Read it again).
 * Writes report their failure (issue 20).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb, ReadingLogRecord } from '../db/database';
import { dayStart } from './days';
import { countUnknown } from './statusModel';

export type OpenedRecord = Extract<ReadingLogRecord, { kind: 'opened' }>;
export type FinishedRecord = Extract<ReadingLogRecord, { kind: 'finished' }>;

/** Unknown words as a whole percentage of the distinct words, or null for a text without words. */
export function unknownPercent(unknown: number, distinct: number): number | null {
  return distinct === 0 ? null : Math.round((100 * unknown) / distinct);
}

/**
 * Stores the text's unknown share (`keys`: its distinct status keys) the first time it is opened, and returns the
 * first opening's record. The statuses are read in the same transaction, so a screen whose statuses are still
 * loading cannot store every word as unknown, and two windows opening the text at once store one record.
 */
export async function recordFirstOpen(db: LesestoffDb, articleId: string, keys: readonly string[], now = Date.now()): Promise<SaveResult<OpenedRecord>> {
  return saveOrReport(
    'reading',
    () =>
      db.transaction('rw', db.readingLog, db.wordStatus, async () => {
        const first = await firstOpening(db, articleId);
        if (first) return first;
        const stored = await db.wordStatus.bulkGet([...keys]);
        const statuses = new Map(stored.flatMap((r) => (r ? [[r.lemma, r.status] as const] : [])));
        const record: OpenedRecord = { kind: 'opened', articleId, at: now, unknown: countUnknown(keys, statuses), distinct: keys.length };
        record.id = await db.readingLog.add(record);
        return record;
      }),
    { key: `opened:${articleId}` },
  );
}

async function firstOpening(db: LesestoffDb, articleId: string): Promise<OpenedRecord | undefined> {
  const rows = await db.readingLog.where('articleId').equals(articleId).sortBy('at');
  return rows.find((r): r is OpenedRecord => r.kind === 'opened');
}

/**
 * Records that the learner read the text (`words` long). Without `again`, a text already read today is not counted
 * a second time (Finished pressed twice, or after Mark the rest); returns whether a reading was added.
 */
export async function recordFinished(db: LesestoffDb, articleId: string, words: number, options: { again?: boolean } = {}, now = Date.now()): Promise<SaveResult<boolean>> {
  return saveOrReport('reading', () =>
    db.transaction('rw', db.readingLog, async () => {
      if (!options.again) {
        const today = await db.readingLog.where('articleId').equals(articleId).filter((r) => r.kind === 'finished' && r.at >= dayStart(now)).count();
        if (today > 0) return false;
      }
      const row: FinishedRecord = { kind: 'finished', articleId, at: now, words };
      await db.readingLog.add(row);
      return true;
    }),
  );
}

/** A text's log: its first opening and how often it was read today (`undefined` while loading). */
export function useTextLog(db: LesestoffDb, articleId: string, now: number): { opened: OpenedRecord | undefined; readToday: number } | undefined {
  return useLiveQuery(async () => {
    const rows = await db.readingLog.where('articleId').equals(articleId).sortBy('at');
    return {
      opened: rows.find((r): r is OpenedRecord => r.kind === 'opened'),
      readToday: rows.filter((r) => r.kind === 'finished' && r.at >= dayStart(now)).length,
    };
  }, [db, articleId, now]);
}
