import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../../../../src/core/analysis';
import { buildReaderDoc } from '../../../../src/renderer/reader/readerDoc';
import { findPhrases } from '../../../../src/renderer/reader/savedPhrases';

// An invented text, analysed by hand: lemmas from a small table, everything else its own lemma.
const LEMMAS: Record<string, [string, Token['upos']]> = { nahm: ['nehmen', 'VERB'], nimmt: ['nehmen', 'VERB'], die: ['der', 'DET'], der: ['der', 'DET'], Lupe: ['Lupe', 'NOUN'], Brücke: ['Brücke', 'NOUN'] };

function docOf(text: string) {
  const tokens: Token[] = [...text.matchAll(/[\p{L}]+|[.,]/gu)].map((m) => {
    const [lemma, upos] = LEMMAS[m[0]] ?? [m[0] === '.' || m[0] === ',' ? m[0] : m[0].toLowerCase(), m[0] === '.' || m[0] === ',' ? 'PUNCT' : 'ADV'];
    return { text: m[0], start: m.index, end: m.index + m[0].length, lemma, upos };
  });
  const analysed: Sentence[][] = [[{ start: 0, end: text.length, tokens }]];
  return buildReaderDoc(text, [{ start: 0, end: text.length }], analysed);
}

const shown = (doc: ReturnType<typeof docOf>, words: Map<number, unknown>) => [...words.keys()].sort((a, b) => a - b).map((i) => doc.tokens[i]!.text);

describe('saved phrases found again', () => {
  const lupe = { lemma: 'unter die Lupe', phraseKeys: ['unter', 'der', 'Lupe'] };

  it('marks every occurrence by its words’ keys, across a line break, and nothing that only starts alike', () => {
    const doc = docOf('Sie nahm es unter die\nLupe. Er schläft unter der Brücke, dann unter der Lupe.');
    expect(shown(doc, findPhrases(doc, [lupe]))).toEqual(['unter', 'die', 'Lupe', 'unter', 'der', 'Lupe']);
  });

  it('finds a phrase saved before its keys were kept by its words, ignoring case; single words are no phrase', () => {
    const doc = docOf('Guten Morgen, sagte sie. Ein guten Morgen hat Gold. Lupe.');
    const words = findPhrases(doc, [{ lemma: 'guten Morgen' }, { lemma: 'Lupe', upos: 'NOUN' }, { lemma: 'Gold' }]);
    expect(shown(doc, words)).toEqual(['Guten', 'Morgen', 'guten', 'Morgen']);
  });

  it('marks nothing in a text without the phrase', () => {
    const doc = docOf('Die Lupe liegt unter dem Tisch.');
    expect(findPhrases(doc, [lupe]).size).toBe(0);
  });

  it('gives each word its occurrence under the saved lemma, so an inflected one opens the saved phrase', () => {
    const doc = docOf('Heute nimmt sie den Plan unter der Lupe.');
    const hits = findPhrases(doc, [lupe]);
    const lupeWord = doc.tokens.findIndex((t) => t.text === 'Lupe');
    expect(hits.get(lupeWord)?.lemma).toBe('unter die Lupe');
    expect(hits.get(lupeWord)?.indices.map((i) => doc.tokens[i]!.text)).toEqual(['unter', 'der', 'Lupe']);
    // Every word of the occurrence shares it.
    expect(new Set([...hits.values()]).size).toBe(1);
  });

  it('leaves a word where two saved phrases overlap with the one that starts first, then the longer', () => {
    const doc = docOf('Sie bleibt unter der Lupe liegen.');
    const hits = findPhrases(doc, [{ lemma: 'der Lupe liegen', phraseKeys: ['der', 'Lupe', 'liegen'] }, { lemma: 'unter der', phraseKeys: ['unter', 'der'] }, lupe]);
    const at = (w: string) => hits.get(doc.tokens.findIndex((t) => t.text === w))?.lemma;
    expect([at('unter'), at('der'), at('Lupe'), at('liegen')]).toEqual(['unter die Lupe', 'unter die Lupe', 'unter die Lupe', 'der Lupe liegen']);
  });
});
