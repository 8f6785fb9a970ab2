/** A student's results file (issue 8): the answers, the score, the times and the words looked up in the pack's articles. */
import { type PackContent, type ResultsAnswer, type ResultsData, resultsFileName, writeResults } from '../../../core';
import type { LesestoffDb } from '../../db/database';
import { countLookups, scoreOf } from './grading';

export interface Attempt {
  answers: ResultsAnswer[];
  startedAt: number;
  finishedAt: number;
}

export function resultsData(pack: Pick<PackContent, 'id' | 'version' | 'title' | 'questions'>, attempt: Attempt, student: string, lookups: { lemma: string; count: number }[]): ResultsData {
  return {
    packId: pack.id,
    packVersion: pack.version,
    packTitle: pack.title,
    student: student.trim().slice(0, 100),
    answers: attempt.answers,
    score: scoreOf(attempt.answers),
    total: pack.questions.length,
    startedAt: new Date(attempt.startedAt).toISOString(),
    finishedAt: new Date(Math.max(attempt.finishedAt, attempt.startedAt)).toISOString(),
    lookups,
  };
}

/** The words looked up in the pack's articles (their library records), for the teacher's "most looked up". */
export async function lookupsOf(db: LesestoffDb, recordIds: string[]): Promise<{ lemma: string; count: number }[]> {
  if (recordIds.length === 0) return [];
  return countLookups(await db.lookups.where('articleId').anyOf(recordIds).toArray());
}

export function resultsFile(data: ResultsData): { name: string; bytes: Uint8Array } {
  return { name: resultsFileName(data), bytes: writeResults(data) };
}
