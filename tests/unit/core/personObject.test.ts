/**
 * Issue 14: a pronoun that is a person as the clicked verb's object chooses the glossary's wording with a person's slot
 * (`jdn. anzeigen` :: to press charges against sb.) before the verb's other senses; one as its subject (`er`, `wir`)
 * puts a sense the glossary says of a thing (`to last (of a thing)`) after the others of its place. Ding lines and
 * sentences are invented.
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
jdn. beobachten {vt} :: to have your eye on sb.
halten {vi} :: to last (of a thing)
halten {vi} :: to stop
für etw. sorgen {vi} :: to make for sth. (of a thing)
für etw. sorgen {v} :: to ensure`))) });

const READINGS: Record<string, LemmaCandidate[]> = {
  ihn: [{ lemma: 'er', upos: 'PRON' }], für: [{ lemma: 'für', upos: 'ADP' }], man: [{ lemma: 'man', upos: 'PRON' }],
  kann: [{ lemma: 'können', upos: 'AUX' }], dass: [{ lemma: 'dass', upos: 'SCONJ' }], und: [{ lemma: 'und', upos: 'CCONJ' }],
  filmten: [{ lemma: 'filmen', upos: 'VERB' }], er: [{ lemma: 'er', upos: 'PRON' }], wir: [{ lemma: 'wir', upos: 'PRON' }],
  es: [{ lemma: 'es', upos: 'PRON' }], am: [{ lemma: 'an', upos: 'ADP' }], als: [{ lemma: 'als', upos: 'SCONJ' }],
  kam: [{ lemma: 'kommen', upos: 'VERB' }], die: [{ lemma: 'der', upos: 'DET' }], der: [{ lemma: 'der', upos: 'DET' }],
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

describe("a person's subject pronoun puts a sense said of a thing after the verb's others", () => {
  // Sentence → its verb's first sense. Within the wording the sentence chose too (`für etw. sorgen`); not for a pronoun
  // of another clause, nor for es.
  const FIRST: Record<string, string> = {
    'Er hält am Bahnhof': 'to stop', 'Wir halten am Bahnhof': 'to stop', 'Die Brücke hält': 'to last (of a thing)',
    'Er sorgte für Ruhe': 'to ensure', 'Der Regen sorgte für Ruhe': 'to make for sth. (of a thing)',
    'Die Brücke hält, als er kam': 'to last (of a thing)', 'Es hält': 'to last (of a thing)',
  };
  const VERBS: Record<string, string> = { hält: 'halten', halten: 'halten', sorgte: 'sorgen' };
  it.each(Object.entries(FIRST))('reads the verb of "%s" first as %s', (sentence, first) => {
    const verb = contextWords(sentence).find((w) => VERBS[w] !== undefined)!;
    expect(senses(verb, VERBS[verb]!, sentence)[0]).toBe(first);
  });
});
