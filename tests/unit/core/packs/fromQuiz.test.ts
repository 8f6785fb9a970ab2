import { describe, expect, it } from 'vitest';
import { questionsFromQuiz } from '../../../../src/core/packs/fromQuiz';
import type { Question } from '../../../../src/core/quiz/types';

const ev = (article = 'texts/a.txt') => [{ article, start: 0, end: 5, text: 'Putin' }];
const ids = (article: string) => ({ 'texts/a.txt': 'a1' })[article];

describe('questionsFromQuiz', () => {
  it.each<[string, Question, unknown]>([
    ['who-said with options as multiple choice', { id: 'q1', type: 'who-said', prompt: 'Wer sagte das?', options: ['Putin', 'Kim'], answer: 'Putin', evidence: ev(), difficulty: 2 },
      { id: 'q1', type: 'multiple-choice', kind: 'who-said', options: ['Putin', 'Kim'], answer: 'Putin', evidence: [{ article: 'a1', start: 0, end: 5, text: 'Putin' }], difficulty: 2, origin: 'generated' }],
    ['true/false words as a two-option choice', { id: 'q2', type: 'true-false', prompt: 'Stimmt das?', options: ['richtig', 'falsch'], answer: 'falsch', evidence: ev(), difficulty: 1 },
      { type: 'multiple-choice', kind: 'true-false', options: ['richtig', 'falsch'], answer: 'falsch' }],
    ['a question without options as cloze', { id: 'q3', type: 'number', prompt: 'Wie viele ___?', answer: '24', evidence: ev(), difficulty: 3 },
      { type: 'cloze', kind: 'number', answer: '24' }],
  ])('maps %s', (_name, question, expected) => {
    expect(questionsFromQuiz([question], ids)).toEqual([expect.objectContaining(expected as object)]);
  });

  it.each<[string, Question]>([
    ['evidence from an article outside the pack', { id: 'x', type: 'date', prompt: 'Wann?', answer: '2024', evidence: ev('other.txt'), difficulty: 1 }],
    ['an answer that is not an option', { id: 'x', type: 'role', prompt: 'Wer?', options: ['a', 'b'], answer: 'c', evidence: ev(), difficulty: 1 }],
    ['duplicate options', { id: 'x', type: 'role', prompt: 'Wer?', options: ['a', 'a'], answer: 'a', evidence: ev(), difficulty: 1 }],
    ['an empty prompt', { id: 'x', type: 'cloze', prompt: '', answer: 'a', evidence: ev(), difficulty: 1 }],
  ])('leaves out %s', (_name, question) => {
    expect(questionsFromQuiz([question], ids)).toEqual([]);
  });
});
