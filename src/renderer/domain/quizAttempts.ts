/** Stored quiz attempts (issue 7): saved once per finished quiz; the library shows the best and the last. */
import { useLiveQuery } from 'dexie-react-hooks';
import { saveOrReport } from './saveErrors';
import type { LesestoffDb, QuizAttemptRecord } from '../db/database';
import { attemptOf, getSession, setSession, type QuizSession } from './quizSession';

export interface AttemptSummary {
  best: QuizAttemptRecord | null;
  last: QuizAttemptRecord | null;
  count: number;
}

const share = (a: QuizAttemptRecord): number => (a.total > 0 ? a.score / a.total : 0);

/** Retries of wrong answers do not count as a best score: they ask only part of the quiz. */
export function summarize(attempts: QuizAttemptRecord[]): AttemptSummary {
  const full = attempts.filter((a) => a.kind !== 'retry' && a.total > 0);
  const best = full.reduce<QuizAttemptRecord | null>((b, a) => (!b || share(a) > share(b) || (share(a) === share(b) && a.finishedAt > b.finishedAt) ? a : b), null);
  const last = attempts.reduce<QuizAttemptRecord | null>((l, a) => (!l || a.finishedAt > l.finishedAt ? a : l), null);
  return { best, last, count: attempts.length };
}

export const percent = (a: Pick<QuizAttemptRecord, 'score' | 'total'>): number => (a.total > 0 ? Math.round((100 * a.score) / a.total) : 0);

/**
 * Stores the finished session's attempt once and remembers its id in the session. A failed write marks the
 * session "not saved" (issue 20): only `retry` (the learner's Retry) tries again, so a full disk is not hammered.
 */
export async function saveAttempt(db: LesestoffDb, s: QuizSession, retry = false): Promise<void> {
  if (s.finishedAt === null) return;
  // The store, not the caller's copy, knows whether it is stored (StrictMode runs effects twice).
  const live = getSession()?.startedAt === s.startedAt ? getSession() : null;
  const state = live ?? s;
  if (state.savedAttemptId !== null || (state.attemptSaveFailed && !retry)) return;
  // Only the same quiz is marked: a Retry after the learner started another one must not replace it.
  const mark = (patch: Partial<QuizSession>) => {
    const now = getSession();
    if (now?.startedAt === s.startedAt) setSession({ ...now, ...patch });
  };
  // Mark first, so a double render cannot store the attempt twice.
  mark({ savedAttemptId: -1 });
  const key = `attempt:${s.startedAt}`;
  const result = await saveOrReport('attempt', () => db.quizAttempts.add(attemptOf(s)), { key, retry: () => saveAttempt(db, s, true) });
  mark(result.ok ? { savedAttemptId: result.value as number, attemptSaveFailed: false } : { savedAttemptId: null, attemptSaveFailed: true });
}

export function useAttemptSummary(db: LesestoffDb, by: { articleId: string } | { storyId: string }): AttemptSummary | undefined {
  const [index, value] = 'articleId' in by ? (['articleId', by.articleId] as const) : (['storyId', by.storyId] as const);
  return useLiveQuery(async () => summarize(await db.quizAttempts.where(index).equals(value).toArray()), [db, index, value]);
}
