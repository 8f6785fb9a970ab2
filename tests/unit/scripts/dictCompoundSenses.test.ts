/**
 * Which of a word's own senses it has in compounds (issue 14): build:dict records it from the glossary's compounds
 * (scripts/dict/compoundSenses.ts), and a compound the glossary lacks is composed with it. Ding lines invented for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { writeAsset } from '../../../scripts/dict/asset';
import { CompoundSenses, compoundSenseRecords, countedNouns } from '../../../scripts/dict/compoundSenses';
import { parseDing } from '../../../scripts/dict/ding';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord, type LookupDeps } from '../../../src/core/lookup';

/** The nouns compounds are made on below. */
const NOUNS = `Wald {m} :: forest
Feld {n} :: field
Dorf {n} :: village
Berg {m} :: mountain`;

// Gasse alone is an alley first; two of its three compounds are lanes. Bank alone is a bench first; its compounds are
// of banks. Tor alone is a gate; its one goal is no evidence. Stift's compounds are pins three times, pens twice: not
// twice as often. Neu is an adjective, whatever its nominalised Neue's compounds say.
const DING = `Gasse {f} :: alley; lane
Waldgasse {f} :: forest lane
Feldgasse {f} :: field lane
Dorfgasse {f} :: village alley
${NOUNS}
Bank {f} :: bench; bank
Bankkonto {n} :: bank account
Bankkunde {m} :: bank customer
Konto {n} :: account
Kunde {m} :: customer
Gebühr {f} :: fee
Tor {n} :: gate; goal
Torwart {m} :: goalkeeper
Wart {m} :: attendant
Lauf {m} :: run; to run
Waldlauf {m} :: cross-country run
Stift {m} :: pen; pin
Waldstift {m} :: forest pin
Feldstift {m} :: field pin
Dorfstift {m} :: village pin
Bergstift {m} :: mountain pen
Torstift {m} :: gate pen
neu {adj} :: new
Neue {m,f} :: newcomer
Neubank {f} :: newcomer bench
Neuwald {m} :: newcomer forest`;

const records = parseDing(DING);
const counts = () => new CompoundSenses(countedNouns(records), new Set(records.map((r) => r.headword.toLowerCase())));

describe('which of its own senses a word has in the glossary compounds', () => {
  it('records the sense more compounds on a head or a first part use than its first, by two of them at least', () => {
    expect(compoundSenseRecords(records, new Set()).map((r) => [r.headword, r.senses])).toEqual([['…gasse', ['lane']], ['Bank…', ['bank']]]);
  });

  it('records no sense that its compounds use less than twice as often as the first, nor a noun for an adjective', () => {
    expect(counts().headSense('stift')).toBeUndefined();
    expect(counts().modifierSense('neu')).toBeUndefined();
  });

  it('leaves a sense out where the compound left out was one of its two', () => {
    expect(counts().headSense('gasse')).toBe('lane');
    expect(counts().headSense('gasse', 'waldgasse')).toBeUndefined();
    expect(counts().modifierSense('bank', 'bankkonto')).toBeUndefined();
  });

  it('records nothing for a word the glossary already says the meaning of in compounds', () => {
    expect(compoundSenseRecords(records, new Set(['…gasse', 'bank…'])).map((r) => r.headword)).toEqual([]);
  });

  it("composes a compound the glossary lacks with those senses: 'Berggasse' a mountain lane, 'Bankgebühr' a bank fee", () => {
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', [...records, ...compoundSenseRecords(records, new Set())])) });
    const parts: Record<string, { text: string; lemma: string }[]> = {
      Berggasse: [{ text: 'Berg', lemma: 'Berg' }, { text: 'gasse', lemma: 'Gasse' }],
      Bankgebühr: [{ text: 'Bank', lemma: 'Bank' }, { text: 'gebühr', lemma: 'Gebühr' }],
    };
    const deps: LookupDeps = {
      dictionary,
      glossary: defaultLanguage.glossary,
      lang: 'en',
      lemmatize: (w) => [{ lemma: w, upos: 'NOUN' }],
      split: (w) => ({ parts: parts[w] ?? [{ text: w, lemma: w }] }),
    };
    expect(lookupWord('Berggasse', deps).senses[0]).toBe('mountain lane');
    expect(lookupWord('Bankgebühr', deps).senses[0]).toBe('bank fee');
    // The words' own cards keep their own order.
    expect(lookupWord('Gasse', deps).senses).toEqual(['alley', 'lane']);
  });
});

// A first part that is a word of its own, no noun. Links is left first; its letters also spell Link|s, a hyperlink,
// which a split reads. Erst is only first; its compounds are first ones. Rechts' compounds say right no more often
// than Recht's right: no record. Auf is a preposition: its compounds' up is a prefix's, no record either.
const WORDS = `auf {prp} :: on; up
Aufwald {m} :: up forest
Auffeld {n} :: up field
links {adv} :: left
Link {m} :: hyperlink
Linkswald {m} :: left forest
Linksfeld {n} :: left field
erst {adv} :: only; first
Erstwald {m} :: first forest
Erstfeld {n} :: first field
rechts {adv} :: right
Recht {n} :: right; law
Rechtswald {m} :: right forest
Rechtsfeld {n} :: legal field
Rechtsdorf {n} :: right village
${NOUNS}`;

describe('what a first part that is a word of its own, no noun, means in the glossary compounds', () => {
  const words = parseDing(WORDS);

  it('records the sense its compounds say: another than its first, or its first where its letters spell a noun too', () => {
    expect(compoundSenseRecords(words, new Set()).map((r) => [r.headword, r.senses])).toEqual([['Links…', ['left']], ['Erst…', ['first']]]);
  });

  it("composes a compound the glossary lacks with it: 'Linksberg' a left mountain, not a hyperlink one", () => {
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', [...words, ...compoundSenseRecords(words, new Set())])) });
    const deps: LookupDeps = {
      dictionary,
      glossary: defaultLanguage.glossary,
      lang: 'en',
      lemmatize: (w) => [{ lemma: w, upos: 'NOUN' }],
      split: (w) => ({ parts: w === 'Linksberg' ? [{ text: 'Link', lemma: 'Link', link: 's' }, { text: 'berg', lemma: 'Berg' }] : [{ text: w, lemma: w }] }),
    };
    expect(lookupWord('Linksberg', deps).senses[0]).toBe('left mountain');
  });
});
