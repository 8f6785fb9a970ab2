/** Reads and writes word statuses (table `wordStatus`, keyed by lemma); a failed write is reported (issue 20). */
import { useLiveQuery } from 'dexie-react-hooks';
import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb, WordStatus, WordStatusRecord } from '../db/database';
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

/** What a bulk change replaced, for undo: each lemma's record before it (`undefined`: it was `new`) and when it was made. */
export interface StatusSnapshot {
  at: number;
  before: Map<string, WordStatusRecord | undefined>;
}

/**
 * Sets many lemmas at once (mark the rest as known) in one transaction of bulk writes, so a 10,000-word text
 * takes one round trip, and returns what they were, for undo.
 */
export async function setManyStatuses(db: LesestoffDb, changes: ReadonlyMap<string, WordStatus>, now = Date.now()): Promise<SaveResult<StatusSnapshot>> {
  const lemmas = [...changes.keys()];
  return saveOrReport('status', () =>
    db.transaction('rw', db.wordStatus, async () => {
      const before = await db.wordStatus.bulkGet(lemmas);
      await db.wordStatus.bulkDelete(lemmas.filter((l) => changes.get(l) === 'new'));
      await db.wordStatus.bulkPut(lemmas.flatMap((lemma) => (changes.get(lemma) === 'new' ? [] : [{ lemma, status: changes.get(lemma)!, updatedAt: now }])));
      return { at: now, before: new Map(lemmas.map((l, i) => [l, before[i]])) };
    }),
  );
}

/**
 * Puts back what `setManyStatuses` replaced. A word the learner set again since keeps its newer status: undo
 * takes back the bulk change, never a later choice.
 */
export async function restoreStatuses(db: LesestoffDb, snapshot: StatusSnapshot): Promise<SaveResult<void>> {
  return saveOrReport('status', () =>
    db.transaction('rw', db.wordStatus, async () => {
      const lemmas = [...snapshot.before.keys()];
      const current = await db.wordStatus.bulkGet(lemmas);
      const untouched = lemmas.filter((_, i) => current[i]?.updatedAt === snapshot.at);
      await db.wordStatus.bulkDelete(untouched.filter((l) => snapshot.before.get(l) === undefined));
      await db.wordStatus.bulkPut(untouched.flatMap((l) => snapshot.before.get(l) ?? []));
    }),
  );
}
