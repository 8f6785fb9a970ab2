/** Reads and writes word statuses (table `wordStatus`, keyed by lemma); a failed write is reported (issue 20). */
import { useLiveQuery } from 'dexie-react-hooks';
import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb, WordStatus } from '../db/database';
import type { StatusMap } from './statusModel';

const EMPTY: StatusMap = new Map();

/** All statuses as a map; `new` is the absence of a row, so the table holds only what the learner set. */
export function useStatusMap(db: LesestoffDb): StatusMap {
  return useLiveQuery(async () => new Map((await db.wordStatus.toArray()).map((r) => [r.lemma, r.status])), [db]) ?? EMPTY;
}

async function writeStatus(db: LesestoffDb, lemma: string, status: WordStatus, now: number): Promise<void> {
  if (status === 'new') await db.wordStatus.delete(lemma);
  else await db.wordStatus.put({ lemma, status, updatedAt: now });
}

export async function setWordStatus(db: LesestoffDb, lemma: string, status: WordStatus, now = Date.now()): Promise<SaveResult<void>> {
  return saveOrReport('status', () => writeStatus(db, lemma, status, now), { key: lemma });
}

/** Sets many lemmas at once (mark the rest as known) and returns what they were, for undo. */
export async function setManyStatuses(db: LesestoffDb, lemmas: string[], status: WordStatus, now = Date.now()): Promise<SaveResult<Map<string, WordStatus>>> {
  return saveOrReport('status', () =>
    db.transaction('rw', db.wordStatus, async () => {
      const before = await db.wordStatus.bulkGet(lemmas);
      const previous = new Map(lemmas.map((l, i) => [l, before[i]?.status ?? ('new' as WordStatus)]));
      if (status === 'new') await db.wordStatus.bulkDelete(lemmas);
      else await db.wordStatus.bulkPut(lemmas.map((lemma) => ({ lemma, status, updatedAt: now })));
      return previous;
    }),
  );
}

export async function restoreStatuses(db: LesestoffDb, previous: Map<string, WordStatus>, now = Date.now()): Promise<SaveResult<void>> {
  return saveOrReport('status', () =>
    db.transaction('rw', db.wordStatus, async () => {
      for (const [lemma, status] of previous) await writeStatus(db, lemma, status, now);
    }),
  );
}
