/** Glossary look-ups, counted for the class overview (issue 8); a failed write is reported, not lost (issue 20). */
import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb } from '../db/database';

export async function recordLookup(db: LesestoffDb, lemma: string, articleId: string, at = Date.now()): Promise<SaveResult<number | undefined>> {
  return saveOrReport('lookup', () => db.lookups.add({ lemma, articleId, at }));
}
