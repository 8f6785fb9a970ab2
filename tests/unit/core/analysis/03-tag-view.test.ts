/** Helpers the tagger's rules share (step 03), on invented readings. */
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../../src/core/analysis/02-readings/lemmatizer';
import { narrowed } from '../../../../src/core/analysis/03-tag/view';

const noun = (lemma: string, gender: Reading['gender']): Reading => ({ lemma, upos: 'NOUN', gender, source: 'lex' });

describe('narrowed', () => {
  const rs = [noun('Teil', 'der'), noun('Teil', 'das'), { lemma: 'teilen', upos: 'VERB', source: 'lex' } as Reading, noun('Teile', 'die')];

  it('keeps the readings that pass, in their order', () => {
    expect(narrowed(rs, (r) => r.upos === 'NOUN').map((r) => `${r.gender} ${r.lemma}`)).toEqual(['der Teil', 'das Teil', 'die Teile']);
    expect(narrowed(rs, (r) => r.gender === 'das')).toEqual([rs[1]]);
    expect(narrowed(rs, (r) => r.upos === 'ADJ')).toEqual([]);
  });

  it('gives back the readings themselves where all pass, without a copy', () => {
    expect(narrowed(rs, (r) => r.source === 'lex')).toBe(rs);
  });
});
