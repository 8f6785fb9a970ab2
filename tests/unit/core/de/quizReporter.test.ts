import { describe, expect, it } from 'vitest';
import type { Token } from '../../../../src/core/analysis';
import { reporterPhrase } from '../../../../src/core/de/quizReporter';

/** Tokens of `text` as the tagger gives them: each word with its part of speech, a noun with its gender and plural. */
function tokens(words: [string, Token['upos'], Partial<Token>?][]): { text: string; tokens: Token[] } {
  let at = 0;
  const out = words.map(([w, upos, more]) => {
    const t: Token = { text: w, lemma: w, upos, start: at, end: at + w.length, ...more };
    at += w.length + 1;
    return t;
  });
  return { text: words.map(([w]) => w).join(' '), tokens: out };
}

describe('a reporter named in a question (`laut` and the dative)', () => {
  it.each([
    ['a feminine noun and a name after it', tokens([['die', 'DET'], ['Zeitung', 'NOUN', { gender: 'die', plural: 'Zeitungen' }], ['Nordblatt', 'PROPN']]), 'laut der Zeitung Nordblatt'],
    ['an indefinite article and a genitive after the head', tokens([['ein', 'DET'], ['Sprecher', 'NOUN', { gender: 'der', plural: 'Sprecher' }], ['der', 'DET'], ['Nordbank', 'PROPN']]), 'laut einem Sprecher der Nordbank'],
    ['an adjective after the article', tokens([['die', 'DET'], ['neue', 'ADJ'], ['Ministerin', 'NOUN', { gender: 'die', plural: 'Ministerinnen' }]]), 'laut der neuen Ministerin'],
    ["a place's adjective, which does not decline", tokens([['der', 'DET'], ['Kieler', 'ADJ'], ['Senat', 'NOUN', { gender: 'der', plural: 'Senate' }]]), 'laut dem Kieler Senat'],
    ["a plural, its noun in the dative's form", tokens([['die', 'DET'], ['Anwälte', 'NOUN', { lemma: 'Anwalt', gender: 'der', plural: 'Anwälte' }]]), 'laut den Anwälten'],
    ['a title and a name, as written', tokens([['Ministerin', 'NOUN', { gender: 'die' }], ['Lind', 'PROPN']]), 'laut Ministerin Lind'],
  ])('%s', (_, { text, tokens: tk }, expected) => {
    expect(reporterPhrase(tk, text)).toBe(expected);
  });

  it.each([
    ['a pronoun', tokens([['er', 'PRON']])],
    ['two reporters joined by `und`', tokens([['die', 'DET'], ['Stadt', 'NOUN', { gender: 'die', plural: 'Städte' }], ['und', 'CCONJ'], ['das', 'DET'], ['Land', 'NOUN', { gender: 'das', plural: 'Länder' }]])],
    ['a masculine noun that may add `-en` in the dative (`dem Präsidenten`)', tokens([['der', 'DET'], ['Präsident', 'NOUN', { gender: 'der', plural: 'Präsidenten' }]])],
  ])('names no reporter of %s', (_, { text, tokens: tk }) => {
    expect(reporterPhrase(tk, text)).toBeNull();
  });
});
