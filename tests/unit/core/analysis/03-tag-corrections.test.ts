/**
 * The order in which the tagger asks its corrections (step 03), on invented rules and readings: each correction is
 * asked in list order about the parts of speech it names, and one that changes the part of speech hands the word on to
 * the corrections after it that name the new one.
 */
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../../../src/core/analysis';
import type { Reading } from '../../../../src/core/analysis/02-readings/lemmatizer';
import { tagSentence, type TagCorrection, type TaggerRules } from '../../../../src/core/analysis/03-tag';

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
