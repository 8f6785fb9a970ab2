/**
 * The teacher's marks of free-text answers (issue 15), kept on the stored results file's record so
 * they survive a reload and count in the overview's scores. Written through `saveOrReport`: a mark
 * that could not be stored is shown with Retry, never silently lost.
 */
import type { LesestoffDb } from '../../db/database';
import { saveOrReport } from '../../domain/saveErrors';

/** Marks one answer of one attempt right or wrong; `null` takes the teacher's mark back (the answer key decides again). */
export async function markAnswer(db: LesestoffDb, resultId: string, questionId: string, right: boolean | null): Promise<boolean> {
  const result = await saveOrReport(
    'results',
    () =>
      db.transaction('rw', db.classResults, async () => {
        const record = await db.classResults.get(resultId);
        if (!record) return false;
        const marks = { ...record.marks };
        if (right === null) delete marks[questionId];
        else marks[questionId] = right;
        await db.classResults.update(resultId, { marks });
        return true;
      }),
    { key: `${resultId}:${questionId}` },
  );
  return result.ok && result.value;
}
