/**
 * A word's readings as one number (issue 19), which the tagger's rules read for the words around the one they tag:
 * invented readings.
 */
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../../../src/core/analysis';
import type { Reading } from '../../../../src/core/analysis/02-readings/lemmatizer';
import { CLOSED, CLOSED_DET, CLOSED_ONLY, CLOSED_PRON, FINITE, FINITE_ONLY, NON_FINITE, readingTraits, UPOS_BIT } from '../../../../src/core/analysis/readingTraits';

const r = (upos: Upos, source: Reading['source'], nonFinite?: boolean): Reading => ({ lemma: 'x', upos, source, ...(nonFinite === undefined ? {} : { nonFinite }) });
/** The names of the traits a word's readings have. */
const named = (rs: Reading[]): string[] => {
  const bits = readingTraits(rs);
  const names = Object.entries(UPOS_BIT).filter(([, b]) => bits & b).map(([u]) => u);
  for (const [name, b] of Object.entries({ CLOSED, CLOSED_ONLY, CLOSED_DET, CLOSED_PRON, FINITE, FINITE_ONLY, NON_FINITE })) if (bits & b) names.push(name);
  return names;
};

describe('readingTraits', () => {
  it.each<[string, Reading[], string[]]>([
    // `die`: article and pronoun of the closed classes.
    ['an article or pronoun', [r('DET', 'closed'), r('PRON', 'closed')], ['DET', 'PRON', 'CLOSED', 'CLOSED_ONLY', 'CLOSED_DET', 'CLOSED_PRON']],
    // `sein`: the closed classes' possessive and the lexicon's verb.
    ['a closed-class word and a listed one', [r('DET', 'closed'), r('AUX', 'lex', true)], ['AUX', 'DET', 'CLOSED', 'CLOSED_DET', 'NON_FINITE']],
    // `kannten`: only a finite verb the lexicon lists.
    ['a listed finite verb only', [r('VERB', 'lex', false)], ['VERB', 'FINITE', 'FINITE_ONLY']],
    // A finite form only guessed from its ending may be a participle too: not finite only.
    ['a guessed finite verb', [r('VERB', 'guess', false)], ['VERB', 'FINITE']],
    // `gekauft`: a participle, also an adjective.
    ['a participle or adjective', [r('VERB', 'lex', true), r('ADJ', 'lex')], ['ADJ', 'VERB', 'NON_FINITE']],
    // `haben`: finite auxiliary and infinitive.
    ['an auxiliary finite and not', [r('AUX', 'closed', false), r('AUX', 'closed', true)], ['AUX', 'CLOSED', 'CLOSED_ONLY', 'FINITE', 'NON_FINITE']],
    ['a noun', [r('NOUN', 'lex')], ['NOUN']],
  ])('%s', (_what, rs, expected) => {
    expect(named(rs)).toEqual(expected);
  });
});
