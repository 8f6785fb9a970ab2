/**
 * What ends a clause and what closes a quotation for the tagger's rules (step 03): tokens of one character, told by
 * their code, and longer ones, told by the pattern, alike.
 */
import { describe, expect, it } from 'vitest';
import { closesQuote, endsClause } from '../../../../src/core/analysis/03-tag/view';

describe('endsClause', () => {
  it.each([',', ';', ':', '.', '!', '?', '–', '—', '?!', '...', ',–'])('%s ends a clause', (w) => {
    expect(endsClause(w)).toBe(true);
  });
  it.each(['-', '"', '(', ')', '»', 'und', '.5', '1.', '-,', 'a.'])('%s does not', (w) => {
    expect(endsClause(w)).toBe(false);
  });
});

describe('closesQuote', () => {
  it.each(['"', "'", '“', '”', '»', '«', '’', "''", '``'])('%s closes a quotation', (w) => {
    expect(closesQuote(w)).toBe(true);
  });
  it.each(['„', '‚', '‘', ')', '.', '""', "'s", 'a'])('%s does not', (w) => {
    expect(closesQuote(w)).toBe(false);
  });
});
