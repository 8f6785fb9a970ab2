/**
 * Issue 14: a pronoun that is a person as the clicked verb's object chooses the glossary's wording with a person's slot
 * (`jdn. anzeigen` :: to press charges against sb.) before the verb's other senses. Ding lines and sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { contextWords, type LemmaCandidate, lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`anzeigen {vt} :: to signal
etw. anzeigen {vt} :: to display sth.
jdn. anzeigen {vt} [jur.] :: to press charges against sb.
jdn./etw. beobachten {vt} :: to observe sb./sth.
jdn. beobachten {vt} :: to have your eye on sb.`))) });

const READINGS: Record<string, LemmaCandidate[]> = {
  ihn: [{ lemma: 'er', upos: 'PRON' }], für: [{ lemma: 'für', upos: 'ADP' }], man: [{ lemma: 'man', upos: 'PRON' }],
  kann: [{ lemma: 'können', upos: 'AUX' }], dass: [{ lemma: 'dass', upos: 'SCONJ' }], und: [{ lemma: 'und', upos: 'CCONJ' }],
  filmten: [{ lemma: 'filmen', upos: 'VERB' }],
};

const senses = (word: string, lemma: string, sentence: string) =>
  lookupWord(word, {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => (w === word ? [{ lemma, upos: 'VERB' }] : READINGS[w.toLowerCase()] ?? [{ lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'ADV' }]),
  }).senses;

describe("a person pronoun as the verb's object chooses the wording with a person's slot", () => {
  it('reads man kann ihn anzeigen as to press charges against sb., before to signal', () => {
    expect(senses('anzeigen', 'anzeigen', 'Man kann ihn anzeigen')[0]).toBe('to press charges against sb.');
    // A thing as the object, or none: the glossary's order.
    expect(senses('anzeigen', 'anzeigen', 'Die Uhr kann die Zeit anzeigen')[0]).toBe('to signal');
  });

  it("takes no preposition's pronoun, nor one another verb stands between, for the object", () => {
    expect(senses('anzeigen', 'anzeigen', 'Man kann für ihn die Zeit anzeigen')[0]).toBe('to signal');
    expect(senses('anzeigen', 'anzeigen', 'Ole sagt, dass ihn Kameras filmten und die Uhr anzeigen kann')[0]).toBe('to signal');
  });

  it("keeps the glossary's order between a person's wording and one for a person or a thing (sb./sth.)", () => {
    expect(senses('beobachten', 'beobachten', 'Man kann ihn beobachten').slice(0, 2)).toEqual(['to observe sb./sth.', 'to have your eye on sb.']);
  });
});
