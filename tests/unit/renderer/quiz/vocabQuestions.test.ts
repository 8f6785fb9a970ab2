import { describe, expect, it } from 'vitest';
import type { VocabularyRecord } from '../../../../src/renderer/db/database';
import { interleave, vocabularyQuestions } from '../../../../src/renderer/quiz/vocabQuestions';

const entry = (lemma: string, word: string, context: string, sense?: string): VocabularyRecord => ({ lemma, word, context, articleId: 'a', createdAt: 0, updatedAt: 0, ...(sense ? { sense, senseLang: 'en' } : {}) });
const saved = [
  entry('Haus', 'Häuser', 'Viele Häuser stehen leer.', 'house'),
  entry('abreißen', 'abgerissen', 'Das alte Haus wird abgerissen.', 'to demolish'),
  entry('Schwimmbad', 'Schwimmbad', 'Die Stadt baut ein neues Schwimmbad.', 'swimming pool'),
  entry('freuen', 'freuen', 'Die Kinder freuen sich.', 'to be glad'),
];
const text = 'Viele Häuser stehen leer. Das alte Haus wird abgerissen. Die Stadt baut ein neues Schwimmbad. Die Kinder freuen sich.';

describe('vocabularyQuestions', () => {
  it('asks every saved word as a cloze of its sentence or for its sense, with the answer among three or four options', () => {
    const qs = vocabularyQuestions(saved, new Map([['a', text]]), 4, 3);
    expect(qs).toHaveLength(4);
    for (const q of qs) {
      expect(q.options).toContain(q.answer);
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      if (q.type === 'vocab-cloze') {
        expect(q.prompt).toContain('___');
        expect(q.prompt).not.toMatch(new RegExp(`(?<!\\p{L})${q.answer}(?!\\p{L})`, 'u'));
      } else {
        expect(q.type).toBe('vocab-sense');
        expect(q.optionsLang).toBe('en');
      }
      // The saved sentence is found in its article: "show in text" works.
      expect(text.slice(q.evidence[0]!.start, q.evidence[0]!.end)).toBe(q.evidence[0]!.text);
    }
  });

  it('needs other saved words for distractors', () => {
    expect(vocabularyQuestions(saved.slice(0, 2), new Map(), 2)).toEqual([]);
  });

  it('is the same for the same seed', () => {
    expect(vocabularyQuestions(saved, new Map(), 3, 9)).toEqual(vocabularyQuestions(saved, new Map(), 3, 9));
  });
});

describe('interleave', () => {
  it('spreads the extra questions through the quiz', () => {
    expect(interleave<number | string>([1, 2, 3, 4, 5, 6], ['a', 'b'])).toEqual([1, 2, 'a', 3, 4, 5, 'b', 6]);
    expect(interleave([1, 2], [])).toEqual([1, 2]);
  });
});
