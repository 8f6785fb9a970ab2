/**
 * How the tagger asks its choice rules (step 03), on invented rules and readings: a rule's word check decides, once per
 * word entry, whether its `tag` is asked about a word of several readings at all; the rules it lets through are asked in
 * list order until one chooses.
 */
import { describe, expect, it } from 'vitest';
import type { Upos } from '../../../../src/core/analysis';
import type { Reading } from '../../../../src/core/analysis/02-readings/lemmatizer';
import { tagSentence, type TagRule, type TaggerRules } from '../../../../src/core/analysis/03-tag';
import { readingTraits } from '../../../../src/core/analysis/readingTraits';

const reading = (lemma: string, upos: Upos): Reading => ({ lemma, upos, source: 'lex' });
/** `Tisch` and `laufen` read two ways each: a noun or verb, and an adjective. */
const readingsOf = (w: string): Reading[] => [reading(w, w[0] === w[0]!.toUpperCase() ? 'NOUN' : 'VERB'), reading(w, 'ADJ')];
const rules = (choose: TagRule[]): TaggerRules => ({ openers: new Set(), copula: new Set(), choose, correct: [] });
/** A rule that picks the adjective of a capitalised word, recording what it checked and what it was asked about. */
const capitalised = (checks: string[], asked: string[]): TagRule => ({
  name: 'capitalised adjective',
  word: (w) => { checks.push(w); return w[0] !== w[0]!.toLowerCase(); },
  tag: (c) => { asked.push(c.w); return c.rs[1]; },
});

describe('tagger choice rules with a word check', () => {
  it('asks a rule only about the words its check lets through, and the next rule about the others', () => {
    const asked: string[] = [];
    const fallback: TagRule = { name: 'first', tag: (c) => { asked.push(`first:${c.w}`); return c.rs[0]; } };
    const words = ['Tisch', 'laufen'];
    const out = tagSentence(words, words.map(readingsOf), rules([capitalised([], asked), fallback])).map((r) => `${r.lemma}/${r.upos}`);
    expect(out).toEqual(['Tisch/ADJ', 'laufen/VERB']);
    expect(asked).toEqual(['Tisch', 'first:laufen']);
  });

  it('asks the word check once per word entry, however often the word occurs', () => {
    const checks: string[] = [];
    const readings = readingsOf('Tisch');
    const entry = { readings, traits: readingTraits(readings), tagged: undefined, taggedBy: undefined, chooses: undefined, choosesBy: undefined, closed: undefined };
    const r = rules([capitalised(checks, [])]);
    for (const words of [['Tisch', 'Tisch'], ['Tisch']]) tagSentence(words, words.map(() => entry.readings), r, undefined, words.map(() => entry));
    expect(checks).toEqual(['Tisch']);
  });

  it('gives the rules the closed-class readings of an ambiguous word, found once for the word entry', () => {
    const readings: Reading[] = [{ lemma: 'zu', upos: 'ADP', source: 'closed' }, reading('zu', 'ADJ'), { lemma: 'zu', upos: 'PART', source: 'closed' }];
    const entry = { readings, traits: readingTraits(readings), tagged: undefined, taggedBy: undefined, chooses: undefined, choosesBy: undefined, closed: undefined };
    const given: (readonly Reading[])[] = [];
    const closedFirst: TagRule = { name: 'closed first', tag: (c) => { given.push(c.closed); return c.closed[0]; } };
    const tagged = (words: string[]) => tagSentence(words, words.map(() => readings), rules([closedFirst]), undefined, words.map(() => entry)).map((r) => r.upos);
    expect(tagged(['zu', 'zu'])).toEqual(['ADP', 'ADP']);
    expect(tagged(['zu'])).toEqual(['ADP']);
    expect(given[0]!.map((r) => r.upos)).toEqual(['ADP', 'PART']);
    expect(given.every((c) => c === given[0])).toBe(true);
  });

  it('asks no check about a word of one reading, which has nothing to choose', () => {
    const checks: string[] = [];
    const out = tagSentence(['Tisch'], [[reading('Tisch', 'NOUN')]], rules([capitalised(checks, [])])).map((r) => r.upos);
    expect(out).toEqual(['NOUN']);
    expect(checks).toEqual([]);
  });
});
