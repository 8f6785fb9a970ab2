import { describe, expect, it } from 'vitest';
import { checkAnswer, normalizeAnswer, type AnswerKey, type GivenAnswer } from '../../../../src/core/quiz/checkAnswer';
import type { Question } from '../../../../src/core/quiz/types';
import type { PackQuestion } from '../../../../src/core/packs/packSchema';

// Invented questions in the shapes the quiz generator and a teacher's pack give them.
const generated: Question = { id: 'q1', type: 'who-said', prompt: 'Wer sagte laut dem Text: „Wir bauen die Brücke neu“?', options: ['Mara Lind', 'Ole Brandt', 'die Stadtwerke'], answer: 'Mara Lind', evidence: [], difficulty: 2 };
const trueFalse: Question = { id: 'q2', type: 'true-false', prompt: 'Richtig oder falsch? „Die Brücke ist 40 Meter lang.“', options: ['richtig', 'falsch'], answer: 'falsch', evidence: [], difficulty: 1 };
const packChoice: PackQuestion = { id: 'p1', type: 'multiple-choice', prompt: 'Wer leitet die Fähre?', options: ['Kapitänin Suhr', 'kapitänin suhr', 'Lotse Imhof'], answer: 'Kapitänin Suhr' };
const packTrue: PackQuestion = { id: 'p2', type: 'true-false', prompt: 'Die Fähre fährt stündlich.', answer: true };
const packCloze: PackQuestion = { id: 'p3', type: 'cloze', prompt: 'Die Fähre legt in ___ an.', answer: 'Nordhöfen', accept: ['Nordhoefen'] };
const packFree: PackQuestion = { id: 'p4', type: 'free-text', prompt: 'Warum fährt die Fähre nachts nicht?', answer: 'Wegen des Nebels.' };

describe('checkAnswer marks quiz and pack questions alike', () => {
  it.each<[string, AnswerKey, GivenAnswer, boolean]>([
    ['the generated answer option', generated, 'Mara Lind', true],
    ['another generated option', generated, 'Ole Brandt', false],
    ['a generated true/false word', trueFalse, 'falsch', true],
    ['the other true/false word', trueFalse, 'richtig', false],
    ['the pack option word for word', packChoice, 'Kapitänin Suhr', true],
    ['a pack option differing only in case', packChoice, 'kapitänin suhr', false],
    ['a pack true/false choice', packTrue, true, true],
    ['the wrong pack true/false choice', packTrue, false, false],
    ['a typed gap with spaces, case and a full stop', packCloze, '  nordhöfen. ', true],
    ['an accepted spelling', packCloze, 'Nordhoefen', true],
    ['a decomposed umlaut', packCloze, 'Nordho\u0308fen', true],
    ['a wrong typed gap', packCloze, 'Südhafen', false],
    ['free text matching the model answer in quotes', packFree, '„wegen des Nebels“!', true],
    ['other free text', packFree, 'Wegen', false],
    ['an empty typed answer', packFree, ' . ', false],
    ['no answer at all', packCloze, null, false],
    ['a boolean for a question with options', generated, true, false],
  ])('%s', (_, q, given, right) => {
    expect(checkAnswer(q, given)).toBe(right);
  });

  it('compares typed answers without case, spaces, quote marks or closing punctuation', () => {
    expect(normalizeAnswer('  „Die   Fähre“?! ')).toBe('die fähre');
  });
});
