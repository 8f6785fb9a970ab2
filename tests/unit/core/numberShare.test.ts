/**
 * Issue 14: a noun right after a number reads what the glossary's phrase of a number and that noun translates it with
 * (`um 3 Uhr` :: at three o’clock), whatever number and preposition the sentence has. Ding lines and sentences are
 * invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { contextWords, type LemmaCandidate, lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Uhr {f} :: clock
um {prp} :: at; around
mit {prp} :: with
um 3 Uhr :: at three o’clock
sechs Uhr :: about six o’clock
12 Uhr :: at noon
Jahr {n} :: year
mit zwanzig Jahren :: at the age of twenty`))) });

/** The sentences' prepositions and article; any other word reads as a noun (capitalised) or an adverb. */
const reading = (w: string): LemmaCandidate[] =>
  ['um', 'mit', 'gegen'].includes(w) ? [{ lemma: w, upos: 'ADP' }]
    : w === 'die' ? [{ lemma: 'der', upos: 'DET' }] : [{ lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'ADV' }];

/** The card's senses of the noun `word` (of `lemma`) clicked in `sentence`. */
function senses(word: string, lemma: string, sentence: string): string[] {
  const lemmatize = (w: string): LemmaCandidate[] => (w === word ? [{ lemma, upos: 'NOUN' }] : reading(w.toLowerCase()));
  return lookupWord(word, { dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence), lemmatize }).senses;
}

describe('a noun after a number reads its share of a phrase of a number and the noun', () => {
  it.each([
    ['Der Zug nach Nordau fährt gegen 17 Uhr ab.', 'o’clock'],
    ['Nordau gegen Brandtheim, Sonntag, 18.45 Uhr.', 'o’clock'],
    ['Ole kommt um zwei Uhr.', 'o’clock'],
    // No number before it: the noun's own sense.
    ['Die Bäckerei hat rund um die Uhr offen.', 'clock'],
  ])('%s: Uhr → %s', (sentence, sense) => {
    expect(senses('Uhr', 'Uhr', sentence)[0]).toBe(sense);
  });

  it('takes no share from a translation that says more than its words or wording the number otherwise', () => {
    // `sechs Uhr` :: about six o'clock says about; `mit zwanzig Jahren` :: at the age of twenty puts the number last.
    expect(senses('Uhr', 'Uhr', 'Ole kommt 19 Uhr.').filter((s) => s.includes('about'))).toEqual([]);
    expect(senses('Jahren', 'Jahr', 'Ole zog vor 20 Jahren nach Nordau.')).toEqual(['year']);
  });
});
