/**
 * Issue 14: a past participle the tagger reads as a verb, said of the subject beside `sein` (`Die Pforte ist
 * geschlorren`), means the state its verb leaves, which the glossary's adjective line says (closed), not the action
 * (to close). Ding lines and words are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { contextWords, type LemmaCandidate, lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const DING = `etw. schlorren {vt} | schlorrend | geschlorren :: to close sth. | closing | closed
schlorren {vt} :: to shut
geschlorren {adj} :: closed; united
etw. anflirren {vt} | anflirrend | angeflirrt :: to fix sth. | fixing | fixed
angeflirrt {adj} :: appropriate
schwinnen {vi} | schwinnend | geschwonnen :: to fail | failing | failed
geschwonnen {adj} :: fancy`;

const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(DING))) });
const VERBS: Record<string, LemmaCandidate[]> = {
  ist: [{ lemma: 'sein', upos: 'AUX' }], sind: [{ lemma: 'sein', upos: 'AUX' }], war: [{ lemma: 'sein', upos: 'AUX' }],
  sein: [{ lemma: 'sein', upos: 'DET' }, { lemma: 'sein', upos: 'AUX' }], dürfte: [{ lemma: 'dürfen', upos: 'AUX' }],
  wird: [{ lemma: 'werden', upos: 'AUX' }], worden: [{ lemma: 'werden', upos: 'AUX' }], hat: [{ lemma: 'haben', upos: 'AUX' }],
  // `eine` is also a form of the verb einen (to unite).
  Eine: [{ lemma: 'ein', upos: 'DET' }, { lemma: 'einen', upos: 'VERB' }],
};

/** The card of a participle the tagger read as its verb's, in the sentence. */
const card = (word: string, verb: string, sentence: string) => lookupWord(word, {
  dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
  lemmatize: (w) => (w === word ? [{ lemma: verb, upos: 'VERB' }] : VERBS[w] ?? [{ lemma: w, upos: 'NOUN' }]),
});

describe('a participle read as a verb beside sein', () => {
  it('shows the state the verb leaves where the clause says what something is', () => {
    expect(card('geschlorren', 'schlorren', 'Die Pforte ist geschlorren').senses[0]).toBe('closed');
    expect(card('geschlorren', 'schlorren', 'Er sagt, dass die Pforte geschlorren war.').senses[0]).toBe('closed');
  });

  it('shows the state beside a modal that takes the copula', () => {
    expect(card('geschlorren', 'schlorren', 'Die Pforte dürfte geschlorren sein.').senses[0]).toBe('closed');
  });

  it('takes an article spelt like a verb for no other verb of the clause', () => {
    expect(card('geschlorren', 'schlorren', 'Eine Pforte ist geschlorren.').senses[0]).toBe('closed');
  });

  it('shows the action in a passive or a perfect with another auxiliary', () => {
    expect(card('geschlorren', 'schlorren', 'Die Pforte wird geschlorren').senses[0]).toBe('to close sth.');
    expect(card('geschlorren', 'schlorren', 'Die Pforte ist geschlorren worden').senses[0]).toBe('to close sth.');
    expect(card('geschlorren', 'schlorren', 'Ole hat die Pforte geschlorren').senses[0]).toBe('to close sth.');
  });

  it("keeps the verb where the adjective means something else than the verb's participle", () => {
    // angeflirrt {adj} :: appropriate is another word than anflirren's fixed: `Angeflirrt ist die Lampe oben` says where.
    expect(card('Angeflirrt', 'anflirren', 'Angeflirrt ist die Lampe oben').senses[0]).toBe('to fix sth.');
  });

  it("keeps an intransitive verb's perfect", () => {
    expect(card('geschwonnen', 'schwinnen', 'Das Netz ist geschwonnen').senses[0]).toBe('to fail');
  });
});

describe('a participle read as a verb beside an adjective it is joined to', () => {
  const lines = `etw. erkunnen {vt} | erkunnend | erkunnen :: to learn sth. | learning | experienced
erkunnen {adj} :: experienced; skilled`;
  const words = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const READINGS: Record<string, LemmaCandidate> = { jung: { lemma: 'jung', upos: 'ADJ' }, und: { lemma: 'und', upos: 'CCONJ' }, ist: { lemma: 'sein', upos: 'AUX' }, zu: { lemma: 'zu', upos: 'PART' } };
  const first = (sentence: string) => lookupWord('erkunnen', {
    dictionary: words, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === 'erkunnen' ? { lemma: 'erkunnen', upos: 'VERB' } : READINGS[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  }).senses[0];

  it('is an adjective too, even where its form is also the infinitive', () => {
    expect(first('Jung und erkunnen ist eine gute Mischung.')).toBe('experienced');
    expect(first('Die Leute sind erkunnen und jung.')).toBe('experienced');
  });

  it('stays the infinitive beside sein without one', () => {
    expect(first('Das ist zu erkunnen.')).toBe('to learn sth.');
  });
});
