import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../../../../src/core/analysis';
import { buildReaderDoc, docKeys, fullPlural, partnerOf, rangeText, sentenceText, stepSentence, stepWord } from '../../../../src/renderer/reader/readerDoc';

const text = 'Er kündigte es an. Die Häuser stehen.';
const tok = (text0: string, start: number, lemma: string, upos: Token['upos'], extra: Partial<Token> = {}): Token => ({ text: text0, start, end: start + text0.length, lemma, upos, ...extra });
const analysed: Sentence[][] = [
  [
    { start: 0, end: 18, tokens: [tok('Er', 0, 'er', 'PRON'), tok('kündigte', 3, 'kündigen', 'VERB', { sepVerb: { lemma: 'ankündigen', partner: 3 } }), tok('es', 12, 'es', 'PRON'), tok('an', 15, 'an', 'PART', { sepVerb: { lemma: 'ankündigen', partner: 1 } }), tok('.', 17, '.', 'PUNCT')] },
    { start: 19, end: 37, tokens: [tok('Die', 19, 'der', 'DET'), tok('Häuser', 23, 'Haus', 'NOUN'), tok('stehen', 30, 'stehen', 'VERB'), tok('.', 36, '.', 'PUNCT')] },
  ],
];
const doc = buildReaderDoc(text, [{ start: 0, end: 37 }], analysed);

describe('buildReaderDoc', () => {
  it('lists words without punctuation and keys a separable verb by its infinitive', () => {
    expect(doc.words.map((i) => doc.tokens[i]!.text)).toEqual(['Er', 'kündigte', 'es', 'an', 'Die', 'Häuser', 'stehen']);
    expect(docKeys(doc)).toEqual(['er', 'ankündigen', 'es', 'der', 'Haus', 'stehen']);
  });

  it('finds the partner of either half of a separable verb', () => {
    expect(partnerOf(doc, 1)).toBe(3);
    expect(partnerOf(doc, 3)).toBe(1);
    expect(partnerOf(doc, 0)).toBeNull();
  });

  it('steps word by word across sentences, skipping punctuation, and clamps at the ends', () => {
    expect(stepWord(doc, 3, 1)).toBe(5);
    expect(stepWord(doc, 5, -1)).toBe(3);
    expect(stepWord(doc, 7, 5)).toBe(7);
    expect(stepSentence(doc, 1, 1)).toBe(5);
    expect(stepSentence(doc, 6, -1)).toBe(0);
  });

  it('gives the sentence and the selected phrase as written', () => {
    expect(sentenceText(doc, 6)).toBe('Die Häuser stehen.');
    expect(rangeText(doc, 6, 5)).toBe('Die Häuser');
  });
});

describe('fullPlural', () => {
  it('completes a compound noun plural the engine gave for the head only', () => {
    const t = tok('Waffenlieferung', 0, 'Waffenlieferung', 'NOUN', { plural: 'Lieferungen', parts: [{ text: 'Waffen', lemma: 'Waffe' }, { text: 'lieferung', lemma: 'Lieferung' }] });
    expect(fullPlural(t)).toBe('Waffenlieferungen');
  });
  it('keeps a full plural as it is', () => {
    expect(fullPlural(tok('Haus', 0, 'Haus', 'NOUN', { plural: 'Häuser' }))).toBe('Häuser');
  });
});
