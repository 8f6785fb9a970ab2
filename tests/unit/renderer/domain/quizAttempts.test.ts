import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type QuizAttemptRecord } from '../../../../src/renderer/db/database';
import { percent, saveAttempt, summarize } from '../../../../src/renderer/domain/quizAttempts';
import { answer, getSession, newSession, next, setSession } from '../../../../src/renderer/domain/quizSession';

const attempt = (score: number, total: number, finishedAt: number, kind: QuizAttemptRecord['kind'] = 'article'): QuizAttemptRecord => ({ articleId: 'a', storyId: null, score, total, finishedAt, kind });

describe('summarize', () => {
  it('takes the best share of full quizzes and the latest attempt of any kind', () => {
    const s = summarize([attempt(6, 10, 1), attempt(8, 10, 2), attempt(3, 3, 3, 'retry'), attempt(4, 10, 4)]);
    expect(s.best).toMatchObject({ score: 8, finishedAt: 2 });
    expect(s.last).toMatchObject({ score: 4, finishedAt: 4 });
    expect(s.count).toBe(4);
  });

  it('has nothing for no attempts', () => {
    expect(summarize([])).toEqual({ best: null, last: null, count: 0 });
  });
});

describe('percent', () => {
  it('rounds and survives an empty quiz', () => {
    expect(percent({ score: 2, total: 3 })).toBe(67);
    expect(percent({ score: 0, total: 0 })).toBe(0);
  });
});

describe('saveAttempt', () => {
  it('stores a finished quiz once, with its answers, even when called twice', async () => {
    const db = openDatabase(`attempts-${Math.random()}`);
    const q = { id: 'q1', type: 'number', prompt: 'Wie viele?', options: ['1', '2'], answer: '2', evidence: [] };
    const s = next(answer(newSession({ kind: 'article', id: 'a' }, [q], 'full', 5), '1', 9), 12);
    setSession(s);
    await Promise.all([saveAttempt(db, s), saveAttempt(db, s)]);
    const rows = await db.quizAttempts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ articleId: 'a', score: 0, total: 1, finishedAt: 12, startedAt: 5, kind: 'article', answers: [{ questionId: 'q1', given: '1', correct: false, ms: 4 }] });
    expect(getSession()?.savedAttemptId).toBe(rows[0]!.id);
    db.close();
  });
});
