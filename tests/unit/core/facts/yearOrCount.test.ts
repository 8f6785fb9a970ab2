/**
 * A number of a year's shape is a count where only a count's qualifier stands before it and a plural noun after it
 * (issue 15: `Derzeit sitzen insgesamt 2000 Flüchtlinge in Serbien fest` was read as the year 2000, so the lead's
 * figure had no fact and no question).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import { analyze } from './helpers';

const counts = (text: string): string[] =>
  extractFacts(text, analyze(text), { article: 'a.txt', date: null }, germanFactRules).facts.flatMap((f) => (f.kind === 'number' ? [f.span.text] : []));

describe('a number of a year’s shape', () => {
  it.each([
    ['Derzeit sitzen insgesamt 2000 Flüchtlinge in Nordland fest.', 'insgesamt 2000 Flüchtlinge'],
    ['Die Werft beschäftigt rund 1950 Menschen in Nordstadt.', 'rund 1950 Menschen'],
  ])('is a count after a count’s qualifier, before a plural: %s', (text, count) => {
    expect(counts(text)).toEqual([count]);
  });

  it.each([
    'Nordland hat bereits 2015 Flüchtlinge aufgenommen.',
    'Die Werft hat 2015 Mitarbeiter entlassen.',
    'Die Brücke wurde rund 1950 gebaut.',
    'Im Jahr 2015 kamen Flüchtlinge nach Nordland.',
  ])('is still a year otherwise: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});
