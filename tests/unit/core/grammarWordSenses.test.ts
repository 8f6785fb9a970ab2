/**
 * Issue 14: a grammar word's card leads with what it does in the sentence. Ding lines, names and sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { contextWords, type LemmaCandidate, lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const DING = `etw. werden {vi} :: to become sth.
werden {vi} :: will
sich {pron} :: yourself
sich {pron} :: himself; herself; itself; themselves; oneself
weiter :: wider
weiter {adv} :: further
weiter {adj} :: following
weitere/r/s {adj} :: more
weitere {adj} :: additional
höher {adj} :: higher
höhere {adj} :: upper
bei {prp; +Dat.} :: in case of
bei {prp; +Dat.} :: near; by
aus {prp; +Dat.} :: out of
aus {prp; +Dat.} :: from (provenance)
neben {prp; +Dat.} :: next to; by
so {adv} :: as; so
so {adv} :: thus
wie {conj} :: as
wie {adv} :: how
laut {adj} :: loud
laut {prp; +Dat.} :: according to`;
const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(DING))) });

/** The first `n` senses of `word`'s card, read as `reading`, in `sentence`, whose other words read as `others` say. */
const senses = (word: string, reading: LemmaCandidate, sentence: string, others: Record<string, LemmaCandidate>, n = 1) => lookupWord(word, {
  dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
  lemmatize: (w) => [w === word ? reading : others[w] ?? { lemma: w, upos: 'NOUN' }],
}).senses.slice(0, n);

describe('an auxiliary shows what it does in its clause', () => {
  const verbs: Record<string, LemmaCandidate> = {
    fahren: { lemma: 'fahren', upos: 'VERB' }, gebaut: { lemma: 'bauen', upos: 'VERB' }, vergraben: { lemma: 'vergraben', upos: 'VERB' },
    bekannt: { lemma: 'bekennen', upos: 'VERB' }, ist: { lemma: 'sein', upos: 'AUX' }, soll: { lemma: 'sollen', upos: 'AUX' },
  };
  it.each<[string, string, LemmaCandidate, string]>([
    ['Morgen wird Ole Brandt nach Nordland fahren', 'wird', { lemma: 'werden', upos: 'AUX' }, 'will'],
    ['Die Brücke wurde in Nordland gebaut', 'wurde', { lemma: 'werden', upos: 'AUX' }, 'to be (passive)'],
    ['Die Brücke soll in Nordland gebaut werden', 'werden', { lemma: 'werden', upos: 'AUX' }, 'to be (passive)'],
    // A past form takes no infinitive: a participle spelled like one.
    ['Die Fässer wurden in Nordland vergraben', 'wurden', { lemma: 'werden', upos: 'AUX' }, 'to be (passive)'],
    // The verb itself: what it becomes; its own perfect is no passive.
    ['Ole Brandt ist in Nordland bekannt geworden', 'geworden', { lemma: 'werden', upos: 'AUX' }, 'to become sth.'],
    ['Ole Brandt wird Lehrer in Nordland', 'wird', { lemma: 'werden', upos: 'VERB' }, 'to become sth.'],
  ])('%s: %s → %s', (sentence, word, reading, first) => {
    expect(senses(word, reading, sentence, verbs)).toEqual([first]);
  });
});

describe('the reflexive pronoun reads in the third person', () => {
  it.each([
    ['Ole Brandt freut sich über den Besuch'],
    ['Die Gäste setzen sich an den Tisch'],
  ])('%s: sich → himself, herself, itself', (sentence) => {
    expect(senses('sich', { lemma: 'sich', upos: 'PRON' }, sentence, {}, 3)).toEqual(['himself', 'herself', 'itself']);
  });
});

describe('a comparative the glossary cites with its gender endings reads as that headword', () => {
  it.each<[string, string, LemmaCandidate, string[]]>([
    ['Ole Brandt bringt weitere Gäste', 'weitere', { lemma: 'weiter', upos: 'ADJ' }, ['more', 'additional']],
    ['Die weiteren Pläne von Ole Brandt', 'weiteren', { lemma: 'weiter', upos: 'ADJ' }, ['more', 'additional']],
    // Cited without endings, the inflected form is a narrower use: the comparative's own senses.
    ['Die höheren Preise in Nordland', 'höheren', { lemma: 'höher', upos: 'ADJ' }, ['higher']],
  ])('%s: %s → %j', (sentence, word, reading, first) => {
    expect(senses(word, reading, sentence, {}, first.length)).toEqual(first);
  });
});

describe('a preposition shows its senses worded as a preposition first', () => {
  it.each<[string, string, string[]]>([
    ['Ole Brandt wohnt bei Anna in Nordland', 'bei', ['near', 'by']],
    ['Ole Brandt kommt aus Nordland', 'aus', ['from (provenance)']],
    // A preposition of several words is a preposition too (`next to`), not a narrower use.
    ['Ole Brandt wohnt neben Anna', 'neben', ['next to', 'by']],
  ])('%s: %s → %j', (sentence, word, first) => {
    expect(senses(word, { lemma: word, upos: 'ADP' }, sentence, {}, first.length)).toEqual(first);
  });
});

describe('so reads as only where its wie follows in the clause', () => {
  const adverb: LemmaCandidate = { lemma: 'so', upos: 'ADV' };
  const others: Record<string, LemmaCandidate> = { wie: { lemma: 'wie', upos: 'CCONJ' }, ist: { lemma: 'sein', upos: 'AUX' }, und: { lemma: 'und', upos: 'CCONJ' } };
  it.each([
    ['Der Turm ist so hoch wie die Kirche', 'as'],
    ['Der Regen hörte auf, und so blieb Ole Brandt im Garten', 'so'],
    // A wie before it or in another clause is no pair of its.
    ['Wie erwartet blieb es so', 'so'],
  ])('%s: so → %s', (sentence, first) => {
    expect(senses('so', adverb, sentence, others)).toEqual([first]);
  });
});

describe('so after a comma before its subject at the clause\'s end credits the sentence to it', () => {
  const adverb: LemmaCandidate = { lemma: 'so', upos: 'ADV' };
  const others: Record<string, LemmaCandidate> = {
    der: { lemma: 'der', upos: 'DET' }, einer: { lemma: 'ein', upos: 'DET' }, in: { lemma: 'in', upos: 'ADP' }, dass: { lemma: 'dass', upos: 'SCONJ' },
    wurde: { lemma: 'werden', upos: 'AUX' }, nass: { lemma: 'nass', upos: 'ADJ' }, schnell: { lemma: 'schnell', upos: 'ADJ' },
    er: { lemma: 'er', upos: 'PRON' }, konnte: { lemma: 'können', upos: 'AUX' }, etwa: { lemma: 'etwa', upos: 'ADV' },
  };
  it.each([
    ['Die Brücke sei zu alt, so der Bürgermeister.', 'according to'],
    ['Die Brücke sei zu alt, so Ole Brandt in einer Mitteilung.', 'according to'],
    // Its other uses after a comma: a clause, a comparison, an example.
    ['Es regnete, so dass die Brücke nass wurde.', 'so'],
    ['Ole Brandt lief, so schnell er konnte.', 'so'],
    ['Viele Städte bauen Brücken, so etwa Nordland.', 'so'],
  ])('%s: so → %s', (sentence, first) => {
    expect(senses('so', adverb, sentence, others)).toEqual([first]);
  });
});
