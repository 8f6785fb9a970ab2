/**
 * Issue 14: the lexicon build gives a glossary verb the word list lacks, inseparable prefix + listed verb, the base's
 * forms (scripts/lexicon/verbs.ts), on invented list entries and dictionary lines.
 */
import { describe, expect, it } from 'vitest';
import type { DictRecord } from '../../../scripts/dict/asset';
import { glossaryVerbs, prefixedVerbs, type VerbInfo } from '../../../scripts/lexicon/verbs';

const tense = (s: [string, string, string], p: [string, string, string]): VerbInfo['PRÄ'] =>
  ({ S: { 1: s[0], 2: s[1], 3: s[2] }, P: { 1: p[0], 2: p[1], 3: p[2] } });

const VERBS: Record<string, VerbInfo> = {
  // A strong verb: its participle takes ge-, its preterite changes the vowel.
  singen: {
    INF: 'singen', PA1: 'singend', PA2: ['gesungen'], EIZ: 'zusingen',
    PRÄ: tense(['singe', 'singst', 'singt'], ['singen', 'singt', 'singen']),
    PRT: tense(['sang', 'sangst', 'sang'], ['sangen', 'sangt', 'sangen']), IMP: { S: 'sing', P: 'singt' },
  },
  // A verb in -ieren: its participle has no ge- to give way.
  probieren: { INF: 'probieren', PA2: ['probiert'], PRÄ: tense(['probiere', 'probierst', 'probiert'], ['probieren', 'probiert', 'probieren']) },
  // A separable verb: a prefix on it is no inseparable verb made of it.
  aufrufen: {
    INF: 'aufrufen', PA2: ['aufgerufen'], EIZ: 'aufzurufen',
    PRÄ: { S: { 1: ['rufe', 'auf'], 3: ['ruft', 'auf'] } },
  },
};

const verb = (headword: string, grammar = ['vt'], participle?: string): DictRecord =>
  participle ? { headword, grammar, senses: ['to x'], participle: { form: participle, senses: ['xed'] } } : { headword, grammar, senses: ['to x'] };

/** The glossary verbs of `names`, none with a participle. */
const listed = (...names: string[]): Map<string, Set<string>> => new Map(names.map((n) => [n, new Set()]));

describe('glossary verbs the word list lacks', () => {
  it('lists the verb of a headword marked as a verb, a phrase\'s last word too, with its participle', () => {
    const verbs = glossaryVerbs([verb('besingen'), verb('an einen Ort zersingen', ['vi'], 'zersungen'), verb('Gesang', ['m']), verb('Zeug bauen', ['v'])]);
    expect([...verbs].map(([v, p]) => `${v}:${[...p].join(',')}`).sort()).toEqual(['besingen:', 'zersingen:zersungen']);
  });

  it('gives an inseparable prefix on a listed verb the base\'s forms, its participle without a second ge-', () => {
    const made = prefixedVerbs(VERBS, listed('besingen', 'verprobieren'));
    expect(made.besingen?.PA2).toEqual(['besungen']);
    expect(made.besingen?.PRT?.S?.[3]).toBe('besang');
    expect(made.besingen?.PRÄ?.P?.[2]).toBe('besingt');
    expect(made.besingen?.IMP).toEqual({ S: 'besing', P: 'besingt' });
    // Inseparable: no zu inside the infinitive (`zu besingen` is written apart).
    expect(made.besingen?.EIZ).toBeUndefined();
    expect(made.verprobieren?.PA2).toEqual(['verprobiert']);
  });

  it('leaves a verb the list has, a separable base, a short base and a word of no prefix alone', () => {
    expect(Object.keys(prefixedVerbs(VERBS, listed('singen', 'beaufrufen', 'bein', 'absingen', 'umsingen')))).toEqual([]);
  });

  it('leaves a ge- verb: its participle is its base\'s, so no participle would tell them apart', () => {
    expect(Object.keys(prefixedVerbs(VERBS, listed('gesingen')))).toEqual([]);
  });

  it('leaves a verb whose participle in the glossary is none of the base\'s: it is made of another word', () => {
    // `versingt` (weak, of a noun Sing) is not `versungen`: singen is not its base.
    const made = prefixedVerbs(VERBS, new Map([['versingen', new Set(['versingt'])], ['ersingen', new Set(['ersungen'])]]));
    expect(Object.keys(made)).toEqual(['ersingen']);
  });
});
