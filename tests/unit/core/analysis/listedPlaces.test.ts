/**
 * Issue 14: a country or city the language lists is a name even where the lexicon lacks it and its letters split into
 * nouns (`Russland` is no Russ|land, "soot land"): PROPN, no split, no plural. A compass point before a listed place
 * names a part of it (`Ostpolen`). Words the lists do not name still split (`Nordland`).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/core/engine';
import { defaultLanguage } from '../../../../src/core/languages';

const lexicon = new TextEncoder().encode([
  '#lesestoff-lexicon 1',
  'N\tLand\tn\tLänder\tLandes',
  'N\tRuss\tm\tRusse\tRusses',
  'N\tNord\tm\tNorde\tNordes',
  'N\tOst\tm\tOste\tOstes',
  'N\tPole\tm\tPolen\tPolen',
  'N\tSpitze\tf\tSpitzen\tSpitze',
  '',
].join('\n'));

const show = (sentence: string, word: string): string => {
  const [tokens] = createEngine(defaultLanguage, { lexicon }).analyzeTokens([sentence.split(' ')]);
  const t = tokens!.find((x) => x.text === word)!;
  return `${t.upos} ${t.lemma} plural=${t.plural ?? '-'} parts=${(t.parts ?? []).map((p) => p.lemma).join('|') || '-'}`;
};

describe('places the language lists', () => {
  it.each([
    ['Ole Brandt reist nach Russland .', 'Russland', 'PROPN Russland plural=- parts=-'],
    ['Ole Brandt wohnt im Ostpolen der Karte .', 'Ostpolen', 'PROPN Ostpolen plural=- parts=-'],
  ])('%s → %s', (sentence, word, expected) => {
    expect(show(sentence, word)).toBe(expected);
    // A word of the same nouns the lists do not name stays their compound.
    expect(show('Ole Brandt liebt das Nordland .', 'Nordland')).toBe('NOUN Nordland plural=Nordländer parts=Nord|Land');
  });
});

describe("a listed place's card", () => {
  it.each([
    ['Russland', 'Russland'],
    ['Ostpolen', 'Ostpolen'],
  ])('%s is one part: %s', (word, parts) => {
    const engine = createEngine(defaultLanguage, { lexicon });
    expect(engine.split(word).parts.map((p) => p.lemma).join('|')).toBe(parts);
    // A word of the same nouns the lists do not name is still cut for its card.
    expect(engine.split('Nordland').parts.map((p) => p.lemma).join('|')).toBe('Nord|Land');
  });
});
