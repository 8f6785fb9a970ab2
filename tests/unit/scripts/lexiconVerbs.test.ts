/**
 * Issue 14: the lexicon build gives a glossary verb the word list lacks, inseparable prefix + listed verb, the base's
 * forms, and a weak or separable one the forms its glossary line confirms (scripts/lexicon/verbs.ts), on invented list
 * entries and dictionary lines.
 */
import { describe, expect, it } from 'vitest';
import type { DictRecord } from '../../../scripts/dict/asset';
import { glossaryPasts, glossaryVerbs, glossaryWeakVerbs, metVerbs, prefixedVerbs, verbForms, withoutClashes, type VerbInfo } from '../../../scripts/lexicon/verbs';

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

const PARTICLES = ['an', 'auf', 'heraus', 'um'];
/** The glossary verbs of `entries`, each with its participles. */
const withParticiples = (entries: Record<string, string[]>): Map<string, Set<string>> => new Map(Object.entries(entries).map(([v, p]) => [v, new Set(p)]));
const NO_PASTS = new Map<string, Set<string>>();

describe('weak and separable glossary verbs the word list lacks', () => {
  it('conjugates a verb whose glossary participle is the weak one, ge- or not', () => {
    const made = glossaryWeakVerbs(VERBS, withParticiples({ knipfen: ['geknipft'], bewolten: ['bewoltet'], tröbeln: ['getröbelt'] }), NO_PASTS, PARTICLES);
    expect(made.knipfen?.PRT?.S?.[3]).toBe('knipfte');
    expect(made.knipfen?.PRÄ?.S?.[2]).toBe('knipfst');
    expect(made.bewolten?.PRÄ?.S?.[3]).toBe('bewoltet');
    expect(made.bewolten?.PA2).toEqual(['bewoltet']);
    // -eln: `ich tröble`, `wir tröbeln`.
    expect(made.tröbeln?.PRÄ?.S?.[1]).toBe('tröble');
    expect(made.tröbeln?.PRÄ?.P?.[1]).toBe('tröbeln');
    expect(made.tröbeln?.PRT?.P?.[3]).toBe('tröbelten');
  });

  it('guesses no strong verb: a participle in -en, or none, gives nothing; an -ieren verb needs none', () => {
    const made = glossaryWeakVerbs(VERBS, withParticiples({ kreisen: ['gekrissen'], plarken: [], zolmieren: [] }), NO_PASTS, PARTICLES);
    expect(Object.keys(made)).toEqual(['zolmieren']);
    expect(made.zolmieren?.PA2).toEqual(['zolmiert']);
  });

  it('leaves a verb whose glossary past is not the weak one, and an -ieren verb ending in a strong one', () => {
    const strong: Record<string, VerbInfo> = { ...VERBS, frieren: { INF: 'frieren', PA2: ['gefroren'] } };
    const made = glossaryWeakVerbs(strong, withParticiples({ halben: ['gehalbt'], befrieren: [] }), new Map([['halben', new Set(['hielb'])]]), PARTICLES);
    expect(Object.keys(made)).toEqual([]);
  });

  it('reads the glossary\'s past from a verb line\'s fifth group, without its persons, and none from an example sentence', () => {
    const pasts = glossaryPasts([
      'knipfen {vi} | knipfend | geknipft | er/sie knipft | ich/er/sie knipfte :: to knipf | knipfing | knipfed | he/she knipfs | I/he/she knipfed',
      'mitsingen {vi} | mitsingend | mitgesungen | Ich singe mit. | Als wir sangen, sang sie mit. :: to sing along | singing along | sung along | I sing along. | She sang along.',
    ].join('\n'));
    expect([...pasts].map(([v, p]) => `${v}:${[...p].join(',')}`)).toEqual(['knipfen:knipfte']);
  });

  it('makes a particle on a listed verb a separable verb, its finite forms split off to the base', () => {
    const made = glossaryWeakVerbs(VERBS, withParticiples({ heraussingen: ['herausgesungen'], ansingen: [] }), NO_PASTS, PARTICLES);
    expect(made.heraussingen?.PA2).toEqual(['herausgesungen']);
    expect(made.heraussingen?.EIZ).toBe('herauszusingen');
    expect(made.heraussingen?.PRT?.S?.[3]).toEqual(['sang', 'heraus']);
    expect(made.ansingen?.PRÄ?.S?.[3]).toEqual(['singt', 'an']);
  });

  it('makes a particle on a weak base its compound\'s participle confirms (an|knipfen: angeknipft) separable', () => {
    const made = glossaryWeakVerbs(VERBS, withParticiples({ anknipfen: ['angeknipft'] }), NO_PASTS, PARTICLES);
    expect(made.anknipfen?.PRT?.S?.[3]).toEqual(['knipfte', 'an']);
    expect(verbForms(made.anknipfen!)).toContain('anknipfte');
  });

  it('needs the participle for a particle that also makes inseparable verbs, and takes the separable one it gives', () => {
    expect(Object.keys(glossaryWeakVerbs(VERBS, withParticiples({ umsingen: [] }), NO_PASTS, PARTICLES))).toEqual([]);
    expect(Object.keys(glossaryWeakVerbs(VERBS, withParticiples({ umsingen: ['umgesungen'] }), NO_PASTS, PARTICLES))).toEqual(['umsingen']);
    expect(Object.keys(glossaryWeakVerbs(VERBS, withParticiples({ umsingen: ['umsungen'] }), NO_PASTS, PARTICLES))).toEqual([]);
  });
});

describe('made verbs whose forms another word writes', () => {
  const made = glossaryWeakVerbs(VERBS, withParticiples({ knipfen: ['geknipft'], gelben: ['gegelbt'], vermolzen: ['vermolzt'], sangen: ['gesangt'], plarben: ['geplarbt'] }), NO_PASTS, PARTICLES);
  const adjectives = new Map([['gelbe', new Set(['gelb'])], ['vermolzte', new Set(['vermolzt'])]]);
  const kept = withoutClashes(made, VERBS, adjectives, new Set(['knipfte']), new Set(['plarbe', 'vermolzte']));

  it('leaves out a verb one of whose forms is a function word, another adjective\'s or a noun\'s', () => {
    expect(kept.knipfen).toBeUndefined();
    expect(kept.gelben).toBeUndefined();
    expect(kept.plarben).toBeUndefined();
  });

  it('keeps a verb whose finite form the adjective list has as its participle, and the participle\'s noun', () => {
    expect(kept.vermolzen?.PRT?.S?.[3]).toBe('vermolzte');
  });

  it('leaves out a verb whose infinitive is a listed verb\'s form: as a lemma written so it would win', () => {
    expect(kept.sangen).toBeUndefined();
  });

  it('keeps the verbs one of whose own forms the frequency list has', () => {
    expect(Object.keys(metVerbs(kept, VERBS, new Set(['vermolzt', 'singt'])))).toEqual(['vermolzen']);
  });
});
