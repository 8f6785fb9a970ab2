/**
 * Issue 14: a phrase of the glossary comes first on a card only where it stands in the clicked word's clause, not where
 * its words stand there as other words' (a determiner's lemma, a preposition's or a determiner's own phrase). Ding lines
 * and sentences are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { contextWords, type LemmaCandidate, lookupWord, phraseOfWords } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`sein {vi} :: to be
sein {pron} :: his
in sein {vi} :: to be in style
aus sein {vi} :: to be over
alle sein {vi} :: to have run out
es {ppron} | es gibt :: it | there is
geben {vt} :: to give
bauen {vt} :: to build sth.
bauen auf {vi} :: to bank on
Faust {f} | auf eigene Faust :: fist | on your own
typisch {adj} :: typical
der typische Deutsche {} :: the stereotype of the German`))) });

/** The lexicon's readings of the sentences' grammar words; any other word reads as a noun (capitalised) or an adverb. */
const READINGS: Record<string, LemmaCandidate[]> = {
  in: [{ lemma: 'in', upos: 'ADP' }], aus: [{ lemma: 'aus', upos: 'ADP' }], auf: [{ lemma: 'auf', upos: 'ADP' }],
  die: [{ lemma: 'der', upos: 'DET' }, { lemma: 'der', upos: 'PRON' }], dass: [{ lemma: 'dass', upos: 'SCONJ' }],
  alle: [{ lemma: 'alle', upos: 'DET' }], es: [{ lemma: 'es', upos: 'PRON' }], er: [{ lemma: 'er', upos: 'PRON' }],
  bereit: [{ lemma: 'bereit', upos: 'ADJ' }], neue: [{ lemma: 'neu', upos: 'ADJ' }], angereist: [{ lemma: 'anreisen', upos: 'VERB' }],
};

const first = (word: string, reading: LemmaCandidate, sentence: string) =>
  lookupWord(word, {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => (w === word ? [reading] : READINGS[w.toLowerCase()] ?? [{ lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'ADV' }]),
  }).senses[0];

describe('a phrase of the sentence comes first only where its words are its own there', () => {
  const ist: LemmaCandidate = { lemma: 'sein', upos: 'AUX' };

  it('reads a determiner by its word as written, not by its lemma: in seinem Haus is no in sein (to be in style)', () => {
    expect(first('seinem', { lemma: 'sein', upos: 'DET' }, 'Ole schläft in seinem Haus')).toBe('his');
    expect(first('ist', ist, 'Ole sagt, in ist das Rot')).toBe('to be in style');
  });

  it('takes no preposition with its own object for the phrase of a verb closing the clause: die aus Nordau angereist ist', () => {
    expect(first('ist', ist, 'Ole grüßt Frau Brandt, die aus Nordau angereist ist.')).toBe('to be');
    expect(first('ist', ist, 'Ole weiß es, aus ist es.')).toBe('to be over');
  });

  it('takes no determiner of a noun for the pronoun of such a phrase: dass alle Staaten bereit sind', () => {
    expect(first('sind', ist, 'Ole sagt, dass alle Staaten bereit sind.')).toBe('to be');
    expect(first('sind', ist, 'Ole sagt, dass alle neue Staaten sind.')).toBe('to be');
    // A pronoun before a noun is the verb's still: dass es Regen gibt.
    expect(first('gibt', { lemma: 'geben', upos: 'VERB' }, 'Ole hofft, dass es Regen gibt.')).toBe('there is');
  });

  it("takes no determiner of the subject beside a clicked verb for the verb's phrase: waren alle Dienste is no alle sein", () => {
    expect(first('waren', ist, 'Am Abend waren alle Dienste erreichbar.')).toBe('to be');
    expect(first('waren', ist, 'Die Vorräte waren alle.')).toBe('to have run out');
  });

  it('keeps a phrase ending in the preposition the verb governs, whose object follows it: auf die Hilfe bauen', () => {
    expect(first('bauen', { lemma: 'bauen', upos: 'VERB' }, 'Doch auf die neue Hilfe kann Ole kaum bauen.')).toBe('to bank on');
  });
});

describe('a phrase of three words or more standing word for word at a clicked word that is no verb is that phrase', () => {
  const noun: LemmaCandidate = { lemma: 'Faust', upos: 'NOUN' };

  it.each([
    ['Die Kinder reisten auf eigene Faust nach Nordau.', 'on your own'],
    // Not all of its words, or not in a row: the word's own sense.
    ['Ole ballte die eigene Faust.', 'fist'],
    ['Auf die eigene Faust schaute Ole.', 'fist'],
  ])('%s: Faust → %s', (sentence, sense) => {
    expect(first('Faust', noun, sentence)).toBe(sense);
  });

  it('reads its words with their capitals: the adjective of der typische deutsche Urlauber is no noun of der typische Deutsche', () => {
    const adjective: LemmaCandidate = { lemma: 'typisch', upos: 'ADJ' };
    expect(first('typische', adjective, 'In Nordau ist der typische deutsche Urlauber älter.')).toBe('typical');
    expect(first('typische', adjective, 'In Nordau gilt Ole als der typische Deutsche.')).toBe('the stereotype of the German');
  });
});

describe('phraseOfWords', () => {
  const glossary = defaultLanguage.glossary;
  it.each([
    ['sich freuen', ['sich', 'freuen']],
    ['Ab und zu', ['ab', 'und', 'zu']],
    ['mit jdm. rechnen', null],
    ['rechnen', null],
    ['3, 2, 1, los!', null],
    ['bis zum 5. Mai', null],
  ])('reads %s as the words %j (its reflexive pronoun one of them; none of one word, or with digits or punctuation, a slot dot too)', (headword, words) => {
    expect(phraseOfWords(headword, glossary)).toEqual(words);
  });

  it('reads a headword once per glossary: every card of a sentence asks it again, of a list no card may change', () => {
    const words = phraseOfWords('nach und nach', glossary)!;
    expect(phraseOfWords('nach und nach', glossary)).toBe(words);
    expect(Object.isFrozen(words)).toBe(true);
    expect(phraseOfWords('nach und nach', { ...glossary })).not.toBe(words);
  });
});
