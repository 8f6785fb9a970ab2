/**
 * Vocabulary entries and their review cards: saved together, deleted together, restored together. Every
 * write reports its own failure (issue 20) and says in its result whether it was stored.
 */
import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb, ReviewCardRecord, VocabularyRecord } from '../db/database';
import { newReviewCard } from './schedule';

export type NewVocabulary = Omit<VocabularyRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** A noun shown with its article: `das Haus`. */
export function headword(row: Pick<VocabularyRecord, 'lemma' | 'gender'>): string {
  return row.gender ? `${row.gender} ${row.lemma}` : row.lemma;
}

/** What the learner reads as the entry's meaning: their own when they typed one (issue 18), else the glossary's. */
export function meaningOf(row: Pick<VocabularyRecord, 'sense' | 'ownMeaning'>): string | undefined {
  return row.ownMeaning || row.sense;
}

/**
 * One entry per lemma: saving a lemma again updates its sense and note (when given) and its own meaning (when
 * given, empty clears it) and keeps
 * the first context, so the review schedule is not reset. Returns the entry's id.
 */
export async function saveToVocabulary(db: LesestoffDb, entry: NewVocabulary, now = Date.now()): Promise<SaveResult<number>> {
  return saveOrReport('word', () => storeEntry(db, entry, now));
}

async function storeEntry(db: LesestoffDb, entry: NewVocabulary, now: number): Promise<number> {
  return db.transaction('rw', db.vocabulary, db.reviewCards, async () => {
    const existing = await db.vocabulary.where('lemma').equals(entry.lemma).first();
    if (existing?.id !== undefined) {
      const changes: Partial<VocabularyRecord> = { updatedAt: now };
      if (entry.sense) changes.sense = entry.sense;
      if (entry.note) changes.note = entry.note;
      if (entry.ownMeaning !== undefined) changes.ownMeaning = entry.ownMeaning;
      if (entry.phraseKeys) changes.phraseKeys = entry.phraseKeys;
      await db.vocabulary.update(existing.id, changes);
      if (!(await db.reviewCards.get(existing.id))) await db.reviewCards.put(newReviewCard(existing.id, now));
      return existing.id;
    }
    const id = (await db.vocabulary.add({ ...entry, createdAt: now, updatedAt: now })) as number;
    await db.reviewCards.put(newReviewCard(id, now));
    return id;
  });
}

export interface DeletedVocabulary {
  entries: VocabularyRecord[];
  cards: ReviewCardRecord[];
}

export async function deleteVocabulary(db: LesestoffDb, ids: number[]): Promise<SaveResult<DeletedVocabulary>> {
  return saveOrReport('vocabulary', () =>
    db.transaction('rw', db.vocabulary, db.reviewCards, async () => {
      const entries = (await db.vocabulary.bulkGet(ids)).filter((e): e is VocabularyRecord => e !== undefined);
      const cards = (await db.reviewCards.bulkGet(ids)).filter((c): c is ReviewCardRecord => c !== undefined);
      await db.vocabulary.bulkDelete(ids);
      await db.reviewCards.bulkDelete(ids);
      return { entries, cards };
    }),
  );
}

export async function restoreVocabulary(db: LesestoffDb, deleted: DeletedVocabulary): Promise<SaveResult<void>> {
  return saveOrReport('vocabulary', () =>
    db.transaction('rw', db.vocabulary, db.reviewCards, async () => {
      await db.vocabulary.bulkPut(deleted.entries);
      await db.reviewCards.bulkPut(deleted.cards);
    }),
  );
}

export async function updateVocabulary(db: LesestoffDb, id: number, changes: Pick<Partial<VocabularyRecord>, 'sense' | 'note' | 'ownMeaning'>, now = Date.now()): Promise<SaveResult<number>> {
  return saveOrReport('vocabulary', () => db.vocabulary.update(id, { ...changes, updatedAt: now }), { key: String(id) });
}
