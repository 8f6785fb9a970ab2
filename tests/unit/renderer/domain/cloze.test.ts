import { describe, expect, it } from 'vitest';
import { cardMode, makeCloze } from '../../../../src/renderer/domain/cloze';

describe('makeCloze', () => {
  it.each([
    ['Das alte Haus steht leer.', 'Haus', 'Das alte ', 'Haus', ' steht leer.'],
    ['Im Hausflur ist ein Haus.', 'Haus', 'Im Hausflur ist ein ', 'Haus', '.'],
    ['Sie kündigte es an.', 'kündigte … an', 'Sie ', 'kündigte', ' es an.'],
    ['„Häuser“ sagte er.', 'Häuser', '„', 'Häuser', '“ sagte er.'],
  ])('%s blanks %s', (sentence, word, before, answer, after) => {
    expect(makeCloze(sentence, word)).toEqual({ before, answer, after });
  });

  it('gives null when the word is not in the sentence as a whole word', () => {
    expect(makeCloze('Im Hausflur.', 'Haus')).toBeNull();
    expect(makeCloze('Irgendwas.', undefined)).toBeNull();
  });

  it('escapes regular-expression characters in the word', () => {
    expect(makeCloze('Er sagte (a+b) laut.', '(a+b)')?.answer).toBe('(a+b)');
    expect(makeCloze('Preis: 345 Euro', '3.5')).toBeNull();
    expect(makeCloze('Preis: 3.5 Euro', '3.5')?.answer).toBe('3.5');
  });
});

describe('cardMode', () => {
  it('starts with the lemma and alternates with the cloze when there is one', () => {
    const cloze = { before: '', answer: 'x', after: '' };
    expect(cardMode(0, cloze)).toBe('lemma');
    expect(cardMode(1, cloze)).toBe('cloze');
    expect(cardMode(1, null)).toBe('lemma');
  });
});
