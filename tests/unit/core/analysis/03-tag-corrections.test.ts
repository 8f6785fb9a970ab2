/**
 * The order in which the tagger asks its corrections (step 03), on invented rules and readings: each correction is
 * asked in list order about the parts of speech it names, and one that changes the part of speech hands the word on to
 * the corrections after it that name the new one.
 */
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../../../src/core/analysis';
import type { Reading } from '../../../../src/core/analysis/02-readings/lemmatizer';
import { tagSentence, type TagCorrection, type TaggerRules } from '../../../../src/core/analysis/03-tag';
import { readingTraits } from '../../../../src/core/analysis/readingTraits';

const reading = (lemma: string, upos: Upos): Reading => ({ lemma, upos, source: 'lex' });
/** A correction that marks the lemma with its name, asked about `upos` (every part of speech without it). */
const marks = (name: string, upos?: Upos[]): TagCorrection => ({ name, ...(upos ? { upos } : {}), tag: (_c, r) => ({ ...r, lemma: `${r.lemma}+${name}` }) });

const rules: TaggerRules = {
  openers: new Set(),
  copula: new Set(),
  choose: [],
  correct: [
    { name: 'full verb', upos: ['AUX'], tag: (c, r) => (c.w === 'hält' ? { ...r, upos: 'VERB' } : undefined) },
    marks('aux', ['AUX']),
    marks('verb', ['VERB']),
    marks('any'),
    marks('noun', ['NOUN']),
  ],
};

describe('tagger corrections', () => {
  it('asks each correction in order about the part of speech it names, and after a change those naming the new one', () => {
    const words = ['hält', 'wird', 'Tisch', 'schnell'];
    const readings = [[reading('halten', 'AUX')], [reading('werden', 'AUX')], [reading('Tisch', 'NOUN')], [reading('schnell', 'ADV')]];
    const tagged = tagSentence(words, readings, rules).map((r) => `${r.lemma}/${r.upos}`);
    expect(tagged).toEqual([
      // Made a verb by the first correction: not asked the auxiliary's second, but the verb's and the general one.
      'halten+verb+any/VERB',
      'werden+aux+any/AUX',
      'Tisch+any+noun/NOUN',
      // No correction names adverbs: only the general one is asked.
      'schnell+any/ADV',
    ]);
  });
});

describe('tagger corrections with a word check', () => {
  /** A correction asked about nouns whose word check holds for capitalised words only; it records what it was asked. */
  const checked = (asked: string[], checks: string[]): TagCorrection => ({
    name: 'capitalised',
    upos: ['NOUN'],
    word: (w, _lw, _rs, r) => { checks.push(`${w}/${r.lemma}`); return w[0] !== w[0]!.toLowerCase(); },
    tag: (c, r) => { asked.push(c.w); return { ...r, lemma: `${r.lemma}+checked` }; },
  });

  it.each([
    { words: ['Tisch', 'tisch'], tagged: ['Tisch+checked/NOUN', 'tisch/NOUN'], asked: ['Tisch'] },
    { words: ['heute', 'Nordland'], tagged: ['heute/NOUN', 'Nordland+checked/NOUN'], asked: ['Nordland'] },
  ])('asks a correction only about words its word check lets through: $words', ({ words, tagged, asked }) => {
    const seen: string[] = [];
    const rules: TaggerRules = { openers: new Set(), copula: new Set(), choose: [], correct: [checked(seen, [])] };
    const out = tagSentence(words, words.map((w) => [reading(w, 'NOUN')]), rules).map((r) => `${r.lemma}/${r.upos}`);
    expect(out).toEqual(tagged);
    expect(seen).toEqual(asked);
  });

  it('asks the word check once per word entry, however often the word occurs', () => {
    const checks: string[] = [];
    const rules: TaggerRules = { openers: new Set(), copula: new Set(), choose: [], correct: [checked([], checks)] };
    const readings = [reading('Brandt', 'NOUN')];
    const entry = { readings, traits: readingTraits(readings), tagged: undefined, taggedBy: undefined, chooses: undefined, choosesBy: undefined, closed: undefined };
    for (const words of [['Brandt', 'Brandt'], ['Brandt']]) {
      tagSentence(words, words.map(() => entry.readings), rules, undefined, words.map(() => entry));
    }
    expect(checks).toEqual(['Brandt/Brandt']);
  });

  it('asks the word checks of the corrections after a change about the new reading', () => {
    const checks: string[] = [];
    const rules: TaggerRules = {
      openers: new Set(), copula: new Set(), choose: [],
      correct: [{ name: 'renames', tag: (_c, r) => (r.lemma === 'Ole' ? { ...r, lemma: 'Ole Brandt' } : undefined) }, checked([], checks)],
    };
    const out = tagSentence(['Ole'], [[reading('Ole', 'NOUN')]], rules).map((r) => r.lemma);
    expect(out).toEqual(['Ole Brandt+checked']);
    expect(checks).toEqual(['Ole/Ole', 'Ole/Ole Brandt']);
  });
});
