import { describe, expect, it } from 'vitest';
import { engine, tag } from '../engineFixture';

describe('lemmatize', () => {
  it.each([
    // word, lemma, upos
    ['Häuser', 'Haus', 'NOUN'],
    ['größer', 'groß', 'ADJ'],
    ['größten', 'groß', 'ADJ'],
    ['besseren', 'gut', 'ADJ'],
    ['älteren', 'alt', 'ADJ'],
    ['ersten', 'erst', 'ADJ'],
    ['dritte', 'dritt', 'ADJ'],
    ['anzukündigen', 'ankündigen', 'VERB'],
    ['angekündigt', 'ankündigen', 'VERB'],
    ['kündigte', 'kündigen', 'VERB'],
    ['ist', 'sein', 'AUX'],
    ['uns', 'wir', 'PRON'],
    ['Jahres', 'Jahr', 'NOUN'],
    ['muss', 'müssen', 'AUX'],
    // The dative of a second plural the lexicon lists as a form only (`Worte` beside `Wörter`).
    ['Worten', 'Wort', 'NOUN'],
  ])('reads %s as %s (%s)', async (word, lemma, upos) => {
    const readings = (await engine).lemmatize(word);
    expect(readings.some((r) => r.lemma === lemma && r.upos === upos)).toBe(true);
  });

  it('gives nouns their article and plural', async () => {
    const [haus] = (await engine).lemmatize('Haus');
    expect(haus).toMatchObject({ lemma: 'Haus', upos: 'NOUN', gender: 'das', plural: 'Häuser' });
    const [frau] = (await engine).lemmatize('Frauen');
    expect(frau).toMatchObject({ lemma: 'Frau', gender: 'die', plural: 'Frauen' });
  });

  it('reads an inflected participle used as an adjective as the participle', async () => {
    const readings = (await engine).lemmatize('gestiegenen');
    expect(readings[0]).toMatchObject({ lemma: 'gestiegen', upos: 'ADJ' });
  });
});

describe('analyze', () => {
  it('survives bad input', async () => {
    const e = await engine;
    expect(e.analyze('').sentences).toEqual([]);
    expect(() => e.analyze('The quick brown fox jumps over the lazy dog.')).not.toThrow();
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => e.analyze(garbage)).not.toThrow();
    expect(e.lemmatize('')).toEqual([]);
  });

  it('analyses 5 MB of text without crashing', async () => {
    const e = await engine;
    const text = 'Der Minister kündigte gestern neue Waffenlieferungen an. '.repeat(90_000);
    const a = e.analyze(text);
    expect(a.sentences.length).toBeGreaterThan(1000);
  });

  it('keeps offsets into the original text', async () => {
    const text = 'Die Häuser sind größer.';
    const a = (await engine).analyze(text);
    for (const t of a.sentences.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

/** That `word` of the gold-tokenised `sentence` is the noun `lemma` of `gender`. */
async function isNoun(sentence: string, word: string, lemma: string, gender: string): Promise<void> {
  const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
  const t = tokens!.find((x) => x.text === word)!;
  expect([t.lemma, t.upos, t.gender]).toEqual([lemma, 'NOUN', gender]);
}

describe('a person named by an adjective, in the strong form or beside a noun\'s plural spelt alike, or by a plural the lexicon lacks', () => {
  it.each([
    // The lists give der/die Verletzte only: `ein Verletzter` is that noun, masculine, not the adjective.
    ['Ein Verletzter wurde nach Nordland gebracht .', 'Verletzter', 'Verletzte', 'der'],
    ['Ole Brandt wurde als Vorsitzender gewählt .', 'Vorsitzender', 'Vorsitzende', 'der'],
    ['Ein neuer Angestellter kam gestern .', 'Angestellter', 'Angestellte', 'der'],
    // A plural of a person the lexicon lacks: weak masculines in -ist, -ant take -en; a feminine in -in doubles its n.
    ['Man will Zinkisten finden .', 'Zinkisten', 'Zinkist', 'der'],
    ['Die Nordanten kamen gestern .', 'Nordanten', 'Nordant', 'der'],
    ['Ole Brandt sprach mit Zinkistinnen .', 'Zinkistinnen', 'Zinkistin', 'die'],
    // The feminine plural after a man's noun in -er, not a compound whose head swallows it (Game|rinnen, Skat|rinnen);
    // a listed noun in -rinne still heads its compound.
    ['Ole Brandt sprach mit Gamerinnen .', 'Gamerinnen', 'Gamerin', 'die'],
    ['In Nordland spielen Skaterinnen .', 'Skaterinnen', 'Skaterin', 'die'],
    ['Die Nordländer reinigen Dachrinnen .', 'Dachrinnen', 'Dachrinne', 'die'],
    // An adjective declined as a noun beside another noun's plural spelt alike (der/die Arme, die Arme of der Arm):
    // the noun's plural wins where the words around it allow it, also at the sentence's start.
    ['Ole hob beide Arme .', 'Arme', 'Arm', 'der'],
    ['Arme und Beine taten ihm weh .', 'Arme', 'Arm', 'der'],
    ['Sie wurde in ihren Rechten beschnitten .', 'Rechten', 'Recht', 'das'],
    // Not after an article that makes it the singular's nominative, nor a dative plural in -n after `die`.
    ['Der Arme wusste nicht weiter .', 'Arme', 'Arme', 'der/die'],
    ['Die Armen warteten auf Hilfe .', 'Armen', 'Arme', 'der/die'],
    // The lists' strong form of the adjective's noun is no other noun (der Toter, plural Tote).
    ['Unter den Toten war kein Kind .', 'Toten', 'Tote', 'der'],
    // `un-` before a nominalised participle the lexicon lists (das Versicherte, das Geschulte): the person it names.
    ['In Nordland warten viele Unversicherte .', 'Unversicherte', 'Unversicherte', 'der/die'],
    ['Ole sprach mit den Ungeschulten .', 'Ungeschulten', 'Ungeschulte', 'der/die'],
  ])('%s: %s is the noun %s, %s', isNoun);

  it('reads such a word opening a sentence before its noun as the adjective', async () => {
    expect(await tag('Unversicherte Arbeiter warten .')).toBe('Unversicherte/unversichert/ADJ Arbeiter/Arbeiter/NOUN warten/warten/VERB ././PUNCT');
  });
});

describe('an adjective made from a name (die Brandtsche Politik)', () => {
  const tags = async (sentence: string) => (await engine).analyzeTokens([sentence.split(' ')])[0]!.map((t) => `${t.text}/${t.lemma}/${t.upos}`);

  it('reads one with an adjective\'s ending before a common noun as that adjective, uninflected', async () => {
    expect(await tags('Die Brandtsche Politik war umstritten .')).toEqual(expect.arrayContaining(['Brandtsche/Brandtsch/ADJ', 'Politik/Politik/NOUN']));
    expect(await tags('Brandtsche Reformen kamen nie .')).toEqual(expect.arrayContaining(['Brandtsche/Brandtsch/ADJ', 'Reformen/Reform/NOUN']));
  });

  it('leaves a word spelt so before a name, such as a diminutive, a noun', async () => {
    expect(await tags('Ole wohnt im Gässchen Nordach .')).toContain('Gässchen/Gässchen/NOUN');
  });
});

describe('a singular case of a noun that spells its plural, its genitive that form plus -s (des Herzens)', () => {
  it.each([
    // After a singular determiner it is that noun's singular, not the nominalised verb (das Herzen, hugging).
    ['Das liegt Ole Brandt am Herzen .', 'Herzen', 'Herz', 'das'],
    ['Er trägt Nordland in seinem Herzen .', 'Herzen', 'Herz', 'das'],
    ['Die Herzen der Nordländer schlagen .', 'Herzen', 'Herz', 'das'],
  ])('%s: %s is the noun %s, %s', isNoun);
});

describe('a plural in -n of a noun in -e that only the glossary lists', () => {
  it.each([
    // The singular is its lemma, as for a plural in -s (`Highlights`), whatever tags it.
    ['Die Dyspepsien plagten Nordland .', 'Dyspepsien/Dyspepsie/NOUN'],
    ['Die Hohlvenen sind groß .', 'Hohlvenen/Hohlvene/NOUN'],
    // Also where the glossary lists the plural as a headword of its own, and then no diminutive in -chen (das).
    ['Ole sprach mit den Burschen .', 'Burschen/Bursche/NOUN'],
    // A first name spelt like such a plural is the name.
    ['Gestern kam Karsten Pemberwick nach Nordland .', 'Karsten/Karsten/PROPN'],
  ])('%s has %s', async (sentence, token) => {
    expect((await tag(sentence)).split(' ')).toContain(token);
  });

  it('gives such a plural no gender of its own ending', async () => {
    const t = (await engine).analyzeTokens([['Ole', 'sprach', 'mit', 'den', 'Burschen', '.']])[0]![4]!;
    expect(t.gender).toBeUndefined();
  });
});
