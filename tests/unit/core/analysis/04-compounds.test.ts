import { describe, expect, it } from 'vitest';
import { defaultLanguage, type LemmaCandidate, lookupWord } from '../../../../src/core';
import { engine } from '../engineFixture';

const show = (r: { parts: { text: string; link?: string; lemma: string }[] }): string =>
  r.parts.map((p) => (p.link ? `${p.lemma}|${p.link}` : p.lemma)).join(' + ');

/** The card as the popover asks for it: the clicked word with its reading in the sentence. */
const cardOf = async (word: string, reading: Omit<LemmaCandidate, 'lemma'>) => {
  const e = await engine;
  return lookupWord(word, {
    dictionary: e.dictionary!, glossary: defaultLanguage.glossary, lang: 'en',
    lemmatize: (x) => (x === word ? [{ lemma: word, ...reading }] : e.lemmatize(x)), split: (x) => e.split(x),
  });
};

describe('split', () => {
  it.each([
    ['Waffenlieferungen', 'Waffe|n + Lieferung', 'Lieferung'],
    ['Verteidigungsminister', 'Verteidigung|s + Minister', 'Minister'],
    ['Kinderarzt', 'Kind|er + Arzt', 'Arzt'],
    ['Haustür', 'Haus + Tür', 'Tür'],
    ['Haus', 'Haus', 'Haus'],
    // A head written as a lemma is that noun, not another's plural (Reif) or dative (Fall) …
    ['Gartenreifen', 'Garten + Reifen', 'Reifen'],
    ['Probefalle', 'Probe + Falle', 'Falle'],
    // … nor a nominalised adjective (der Rechte) where it spells a noun's plural (Recht).
    ['Probenrechte', 'Probe|n + Recht', 'Recht'],
    // … unless it is a nominalised infinitive (das Stunden) standing for a plural.
    ['Probestunden', 'Probe + Stunde', 'Stunde'],
    // A modifier the glossary lists and the lexicon lacks.
    ['Kupplungsfehler', 'Kupplung|s + Fehler', 'Fehler'],
    ['Maschineriefehler', 'Maschinerie + Fehler', 'Fehler'],
    // A prefix that stands before nouns, also one shorter than a part may be.
    ['Vorprobe', 'vor + Probe', 'Probe'],
    ['Vorgärtner', 'vor + Gärtner', 'Gärtner'],
    ['Umgärtner', 'um + Gärtner', 'Gärtner'],
    // A listed noun shorter than a part may be.
    ['Ölgärtner', 'Öl + Gärtner', 'Gärtner'],
    // A deriving prefix before a listed noun: the noun heads the card, as a compound's head does.
    ['Reprivatisierung', 're- + Privatisierung', 'Privatisierung'],
    ['Antiprivatisierung', 'anti- + Privatisierung', 'Privatisierung'],
    // A deriving prefix as written before a compound, not a noun short of its ending (`Nichte`, niece).
    ['Nichtmeldepflicht', 'nicht- + Meldepflicht', 'Meldepflicht'],
    ['Nichtgärtner', 'nicht- + Gärtner', 'Gärtner'],
    // Not before a short noun, which a name spells as often (Re|mann).
    ['Remann', 'Remann', 'Remann'],
    // A listed word before a deriving suffix, which heads the noun: an adjective before -heit, a verb before -barkeit.
    ['Farbenfrohheit', 'farbenfroh + -heit', '-heit'],
    ['Zerlegbarkeit', 'zerlegen + -barkeit', '-barkeit'],
    ['Unterschätzbarkeit', 'unterschätzen + -barkeit', '-barkeit'],
    // Also in the plural, not a cut before a noun its letters spell.
    ['Zerlegbarkeiten', 'zerlegen + -barkeit', '-barkeit'],
    ['Farbenfrohheiten', 'farbenfroh + -heit', '-heit'],
    // Not after a short noun, which a name spells as often (Haus|ler).
    ['Hausler', 'Hausler', 'Hausler'],
    // A verb's stem takes no linking element: before one the modifier is a noun's (Land|es, not landen + s).
    ['Landesgärtner', 'Land|es + Gärtner', 'Gärtner'],
    ['Landeszinkwerk', 'Land|es + Zink + Werk', 'Werk'],
  ])('splits %s into %s', async (word, parts, head) => {
    const r = (await engine).split(word);
    expect(show(r)).toBe(parts);
    expect(r.head).toBe(head);
  });

  it('gives a compound the lemma of its head', async () => {
    const [tokens] = (await engine).analyzeTokens([['Die', 'Waffenlieferungen', 'kamen', '.']]);
    expect(tokens![1]).toMatchObject({ lemma: 'Waffenlieferung', upos: 'NOUN', gender: 'die' });
    expect(tokens![1]!.parts?.map((p) => p.lemma)).toEqual(['Waffe', 'Lieferung']);
  });

  it.each([
    // A weak noun's head in -n (also listed as a rarer nominative) gives the nominative a dictionary cites …
    ['Ole Brandt kennt den Bürgerwillen .', 'Bürgerwillen', 'Bürgerwille'],
    ['Der Grundgedanken wegen kam sie .', 'Grundgedanken', 'Grundgedanke'],
    ['Sie hat den Kinderglauben verloren .', 'Kinderglauben', 'Kinderglaube'],
    // … not where the form in -n is as common (der Frieden).
    ['Nordland wünscht den Weltfrieden .', 'Weltfrieden', 'Weltfrieden'],
  ])('reads the head of %s as the noun a dictionary cites', async (sentence, word, lemma) => {
    const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
    expect(tokens!.find((t) => t.text === word)).toMatchObject({ lemma, upos: 'NOUN', gender: 'der' });
  });

  it('gives a plural compound the singular of its head, not a nominalised adjective its plural spells', async () => {
    // `…rechte` is the plural of das Recht and the form of der, die Rechte (the right-winger): the rights are meant.
    const [plural, genitive] = (await engine).analyzeTokens([['Die', 'Gartenrechte', 'galten', '.'], ['Wegen', 'des', 'Gartenrechts', 'stritten', 'sie', '.']]);
    expect(plural![1]).toMatchObject({ lemma: 'Gartenrecht', upos: 'NOUN', gender: 'das', plural: 'Gartenrechte' });
    expect(plural![1]!.parts?.map((p) => p.lemma)).toEqual(['Garten', 'Recht']);
    expect(genitive![2]).toMatchObject({ lemma: 'Gartenrecht', upos: 'NOUN', gender: 'das' });
  });

  it('gives a plural compound whose modifier nobody lists its head\'s singular after an article, and leaves a name alone', async () => {
    const e = await engine;
    const [article, name] = e.analyzeTokens([['Die', 'Xylofantendateien', 'fehlten', '.'], ['Gestern', 'sagte', 'Xylofantendateien', ',', 'es', 'gehe', '.']]);
    expect(article![1]).toMatchObject({ lemma: 'Xylofantendatei', upos: 'NOUN', gender: 'die' });
    expect(article![1]!.parts?.map((p) => p.lemma)).toEqual(['Xylofanten', 'Datei']);
    expect(name![2]).toMatchObject({ lemma: 'Xylofantendateien', upos: 'PROPN' });
  });

  it('gives a compound with a modifier only the glossary lists its head\'s gender', async () => {
    const [tokens] = (await engine).analyzeTokens([['Der', 'Kupplungsfehler', 'kam', '.']]);
    expect(tokens![1]).toMatchObject({ lemma: 'Kupplungsfehler', upos: 'NOUN', gender: 'der' });
  });

  it('cuts an unknown word before its longest known noun head for the card, even when nobody lists its modifier', async () => {
    const e = await engine;
    expect(show(e.split('Xylofantenschritt'))).toBe('Xylofanten + Schritt');
    // A word the lexicon knows whole is not cut so.
    expect(show(e.split('Kontrolle'))).toBe('Kontrolle');
    // Tagging does not take such a cut: names end in nouns too.
    const [tokens] = e.analyzeTokens([['Gestern', 'sagte', 'Zorkmann', ',', 'es', 'gehe', '.']]);
    expect(tokens![2]).toMatchObject({ lemma: 'Zorkmann', upos: 'PROPN' });
    expect(tokens![2]!.parts).toBeUndefined();
  });

  it('takes a head only the glossary lists for the card, as its lemma or inflected', async () => {
    const e = await engine;
    expect(e.split('Probemaschinerie').head).toBe('Maschinerie');
    expect(show(e.split('Fehlerkupplungen'))).toBe('Fehler + Kupplung');
    // After an article such a word is a noun, with the parts the card shows.
    const [tokens] = e.analyze('Die Probemaschinerie lief.').sentences.map((s) => s.tokens);
    expect(tokens![1]).toMatchObject({ upos: 'NOUN' });
    expect(tokens![1]!.parts?.map((p) => p.lemma)).toEqual(['Probe', 'Maschinerie']);
  });

  it('reads a compound after a hyphen as its split: lemma, gender and plural from its head', async () => {
    const e = await engine;
    const [tokens] = e.analyzeTokens([['Die', 'XY-Waffenlieferungen', 'kamen', '.']]);
    expect(tokens![1]).toMatchObject({ lemma: 'XY-Waffenlieferung', upos: 'NOUN', gender: 'die', plural: 'XY-Waffenlieferungen' });
    // The card cuts the rest after the hyphen as it cuts a word.
    expect(show(e.split('XY-Xylofantenschritt'))).toBe('XY + Xylofanten + Schritt');
  });

  it('does not cut places, acronyms or brands before a guessed head, nor after a bound prefix', async () => {
    const e = await engine;
    expect(e.split('TeslaMotors').parts).toHaveLength(1);
    // A derivation the lexicon knows whole is not cut after its prefix.
    expect(e.split('Abkommen').parts).toHaveLength(1);
    expect(e.split('XYLOFANTENSCHRITT').parts).toHaveLength(1);
    // `…ver|brauch` is no cut: a noun starts no later than its prefix.
    expect(e.split('Xylofantenverbrauch').head).not.toBe('Brauch');
    // The longest head decides: after too short an unknown modifier there is no cut, not a shorter head.
    expect(e.split('Xyzmission').parts).toHaveLength(1);
    // A known word that cannot be a noun is not cut as one, capitalised at a sentence's start or not.
    expect(e.split('Einfach').parts).toHaveLength(1);
    expect(e.split('Angesichts').parts).toHaveLength(1);
  });

  it('reads a lower-case word ending in an adjective as an adjective compound, with its lemma and parts', async () => {
    const e = await engine;
    const [tokens] = e.analyzeTokens([['Die', 'gartenreichen', 'Städte', 'wachsen', '.']]);
    expect(tokens![1]).toMatchObject({ lemma: 'gartenreich', upos: 'ADJ' });
    expect(show(e.split('gartenreichen'))).toBe('Garten + reich');
    // -los is no adjective of its own, and not the adjective lose (loose).
    expect(show(e.split('probelosen'))).toBe('Probe + los');
    // Nouns are capitalised: a lower-case word is not cut as one.
    expect(e.split('xylofantenschritt').parts).toHaveLength(1);
  });

  it('gives the card of a noun compound the glossary lacks its head\'s gender and plural', async () => {
    // A noun after its article.
    expect(await cardOf('Xylofantenschritt', { upos: 'NOUN' })).toMatchObject({ gender: 'der', plural: 'Xylofantenschritte' });
    expect(await cardOf('Probemaschinerie', { upos: 'NOUN' })).toMatchObject({ gender: 'die' });
  });

  it.each([
    // A derived word the glossary lacks is explained by its base, the base's meaning shown as a compound part's.
    ['Unterschätzbarkeit', 'unterschätzen + -barkeit'],
    ['Antiprivatisierung', 'anti- + Privatisierung'],
    // One it lists is explained by its own senses: the affix, which has none, would add nothing.
    ['Aktualisierung', ''],
  ])('shows the card of %s the parts %s', async (word, parts) => {
    const card = await cardOf(word, { upos: 'NOUN', gender: 'die' });
    expect((card.parts ?? []).map((p) => p.lemma).join(' + ')).toBe(parts);
    // Either way the card says what the word means.
    expect([...card.senses, ...(card.parts ?? []).flatMap((p) => p.senses)]).not.toHaveLength(0);
  });

  it.each([
    // A hyphenated word nothing splits: its last part heads it where the dictionary lists it as a noun, whatever the
    // first part is (a name), also a noun the analysis reads as another word alone (the preposition aus).
    ['Nordland-Aus', 'Nordland + Aus', 'das'],
    ['Brandtfirma-Client', 'Brandtfirma + Client', 'der'],
    // Not a letter.
    ['Nordland-C', '', null],
  ])('shows the card of %s the parts %s and the head\'s gender', async (word, parts, gender) => {
    const card = await cardOf(word, { upos: 'PROPN' });
    expect((card.parts ?? []).map((p) => p.lemma).join(' + ')).toBe(parts);
    expect(card.gender).toBe(gender);
  });

  it('does not crash on junk', async () => {
    const e = await engine;
    for (const w of ['', 'x', 'ÄÖÜ'.repeat(100), '\u0000\uffff']) expect(() => e.split(w)).not.toThrow();
  });
});
