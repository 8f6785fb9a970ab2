import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

async function sep(sentence: string): Promise<string> {
  const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
  return tokens!.filter((t) => t.sepVerb || t.upos === 'VERB').map((t) => `${t.text}→${t.sepVerb?.lemma ?? t.lemma}`).join(' ');
}

describe('findSeparableVerbs', () => {
  it.each([
    ['Putin kündigte den Besuch gestern an .', 'kündigte→ankündigen an→ankündigen'],
    ['Der Minister kündigte am Montag in einer langen Rede vor dem Parlament neue Gespräche mit den Nachbarländern an .',
      'kündigte→ankündigen an→ankündigen'],
    ['Er sagte , dass er den Besuch ankündigte .', 'sagte→sagen ankündigte→ankündigen'],
    ['Er versprach , den Besuch anzukündigen .', 'versprach→versprechen anzukündigen→ankündigen'],
    ['Das Treffen fand gestern in Berlin statt .', 'fand→stattfinden statt→stattfinden'],
    ['Er wartet auf den Zug .', 'wartet→warten'],
    ['Sie kam mit ihm .', 'kam→kommen'],
    // The particle closes its clause however much stands between, embedded clauses included.
    ['Der Gast wählt , wenn er möchte , seinen Wein aus .', 'wählt→auswählen möchte→mögen aus→auswählen'],
    // Particles the lexicon knows but that are no prepositions (`auseinander`, `zurück`).
    ['Die Parteien setzten sich mit den Vorschlägen auseinander .', 'setzten→auseinandersetzen auseinander→auseinandersetzen'],
    ['Er gab das Buch zurück und ging .', 'gab→zurückgeben zurück→zurückgeben ging→gehen'],
    // A new main clause after a comma and a conjunction: its particle is not the first verb's
    // (no `durchgehen`; the lexicon lacks the form `hing`).
    ['Er ging nicht , aber die Leine hing durch .', 'ging→gehen'],
    // `wieder` is mostly `again`; `nach wie vor` is no particle.
    ['Wir kommen immer wieder .', 'kommen→kommen'],
    ['Er schreibt nach wie vor Bücher .', 'schreibt→schreiben'],
    // A particle verb the glossary lists though the word lists lack it (recorded in the lexicon's build).
    ['Morgen kamen ihre Kinder mit .', 'kamen→mitkommen mit→mitkommen'],
    ['Dann fand sie die Antwort heraus .', 'fand→herausfinden heraus→herausfinden'],
    // A preposition coordinated with another is none (`mit und ohne`).
    ['Danach ging der Hund mit und ohne Leine .', 'ging→gehen'],
    // The main clause's verb takes the particle, not a verb of the clause before it; a directional particle makes a verb
    // of any (`schraubte … herunter`), a plain one of a listed verb only.
    ['Als er das Glas gesetzt hatte , schraubte sie den Preis herunter .', 'gesetzt→setzen schraubte→herunterschrauben herunter→herunterschrauben'],
    ['Als er das Glas gesetzt hatte , schraubte sie den Deckel auf .', 'gesetzt→setzen schraubte→aufschrauben auf→aufschrauben'],
    ['Nachdem er den Stuhl gesetzt hatte , pfiff sie laut um .', 'gesetzt→setzen pfiff→pfeifen'],
    // Punctuation of one character or more ends the clause, past closing quotes and brackets; a full stop or a colon
    // ends the search for the verb.
    ['Kündigte er den Besuch wirklich an ?!', 'Kündigte→ankündigen an→ankündigen'],
    ['Er sagte : „ Sie kündigen den Besuch an “ .', 'sagte→sagen kündigen→ankündigen an→ankündigen'],
    ['Sie nannte es » wir kündigen den Besuch an « .', 'nannte→nennen kündigen→ankündigen an→ankündigen'],
    ['Er kündigte ( ohne Hast ) den Besuch an ) .', 'kündigte→ankündigen an→ankündigen'],
    ['Er kündigte : den Besuch an .', 'kündigte→kündigen'],
    ['Er kündigte ... den Besuch an .', 'kündigte→kündigen'],
  ])('%s', async (sentence, expected) => {
    expect(await sep(sentence)).toBe(expected);
  });

  it('points each half at its partner', async () => {
    const [tokens] = (await engine).analyzeTokens([['Sie', 'rief', 'ihn', 'gestern', 'an', '.']]);
    expect(tokens![1]!.sepVerb).toEqual({ lemma: 'anrufen', partner: 4 });
    expect(tokens![4]!.sepVerb).toEqual({ lemma: 'anrufen', partner: 1 });
  });
});
