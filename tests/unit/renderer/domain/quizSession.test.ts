import { describe, expect, it } from 'vitest';
import { answer, attemptOf, newSession, next, optionForKey, score, wrongQuestions, type SessionQuestion } from '../../../../src/renderer/domain/quizSession';

const q = (id: string, answerText: string, options = [answerText, 'x', 'y']): SessionQuestion => ({ id, type: 'cloze', prompt: `Frage ${id}?`, options, answer: answerText, evidence: [] });
const target = { kind: 'article' as const, id: 'bundled:a.txt' };

describe('a quiz session', () => {
  it('records one answer per question, with its time, and scores the chosen option as the answer checker marks it', () => {
    let s = newSession(target, [q('1', 'Putin'), q('2', 'Kim')], 'full', 1000);
    s = answer(s, 'Putin', 1600);
    expect(s.answers[0]).toEqual({ questionId: '1', prompt: 'Frage 1?', given: 'Putin', correct: true, ms: 600 });
    expect(answer(s, 'x', 1700)).toBe(s);
    s = next(answer(next(s, 2000), 'x', 2500), 3000);
    expect(score(s)).toBe(1);
    expect(s.finishedAt).toBe(3000);
    expect(wrongQuestions(s).map((w) => w.id)).toEqual(['2']);
  });

  it('does not move on before the question is answered', () => {
    const s = newSession(target, [q('1', 'a')]);
    expect(next(s)).toBe(s);
  });

  it('becomes an attempt with kind, answers and start time; a retry is marked as one', () => {
    let s = newSession(target, [q('1', 'a')], 'full', 10);
    s = next(answer(s, 'a', 20), 30);
    expect(attemptOf(s)).toEqual({ articleId: 'bundled:a.txt', storyId: null, score: 1, total: 1, finishedAt: 30, startedAt: 10, kind: 'article', answers: [expect.objectContaining({ questionId: '1', correct: true })] });
    const story = next(answer(newSession({ kind: 'story', id: 's1' }, [q('1', 'a')], 'retry', 10), 'b', 20), 30);
    expect(attemptOf(story)).toMatchObject({ articleId: null, storyId: 's1', score: 0, kind: 'retry' });
  });
});

describe('optionForKey', () => {
  it.each([
    ['1', 4, 0],
    ['4', 4, 3],
    ['5', 4, null],
    ['6', 6, 5],
    ['7', 8, null],
    ['a', 4, null],
    ['Enter', 4, null],
  ])('%s with %i options → %s', (key, n, want) => {
    expect(optionForKey(key, n)).toBe(want);
  });
});
