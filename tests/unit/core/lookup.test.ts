import { describe, expect, it } from 'vitest';
import { clickReading, lookupWord, type LookupDeps, type WordLookup } from '../../../src/core/lookup';
import type { Engine } from '../../../src/core/engine';
import { defaultLanguage } from '../../../src/core/languages';
import { engine } from './engineFixture';

const deps = (e: Engine, lang = 'en'): LookupDeps => ({
  dictionary: e.dictionary!,
  glossary: defaultLanguage.glossary,
  lang,
  lemmatize: (w) => e.lemmatize(w),
  split: (w) => e.split(w),
});

/** The card as a learner sees it: `lemma POS article plural`, parts as `lemma|link + lemma`. */
const card = (c: WordLookup): string =>
  [c.lemma, c.pos, c.gender ?? '-', c.plural ?? '-', c.parts ? c.parts.map((p) => (p.link ? `${p.lemma}|${p.link}` : p.lemma)).join(' + ') : ''].join(' ').trim();

describe('lookupWord through the engine', () => {
  it.each([
    ['Häuser', 'Haus NOUN das Häuser'],
    ['kündigte', 'kündigen VERB - -'],
    ['Verteidigungsministers', 'Verteidigungsminister NOUN der Verteidigungsminister Verteidigung|s + Minister'],
    ['Ukraine-Krieg', 'Ukraine-Krieg NOUN der Ukraine-Kriege Ukraine + Krieg'],
    ['größeren', 'groß ADJ - -'],
  ])('finds the dictionary form of %s: %s', async (word, expected) => {
    expect(card(lookupWord(word, deps(await engine)))).toBe(expected);
  });

  it('gives English senses for an inflected noun', async () => {
    expect(lookupWord('Häuser', deps(await engine)).senses).toContain('house');
  });

  it('looks up every part of a compound on its own', async () => {
    const c = lookupWord('Verteidigungsministers', deps(await engine));
    expect(c.parts?.map((p) => p.text)).toEqual(['Verteidigung', 'ministers']);
    expect(c.parts?.[0]!.senses.some((s) => s.startsWith('defen'))).toBe(true);
    expect(c.parts?.[1]!.senses.some((s) => s.startsWith('minister'))).toBe(true);
  });

  it('gives a simple word no parts', async () => {
    expect(lookupWord('Häuser', deps(await engine)).parts).toBeUndefined();
  });

  it.each([['tr'], ['ru']])('finds the lemma in the %s glossary too', async (lang) => {
    const c = lookupWord('Häuser', deps(await engine, lang));
    expect(c.lemma).toBe('Haus');
    expect(c.senses.length).toBeGreaterThan(0);
  });

  it('falls back to the word as written without an engine', async () => {
    const c = lookupWord('Häuser', { dictionary: (await engine).dictionary!, glossary: defaultLanguage.glossary });
    expect(c.lemma).toBe('Häuser');
    expect(c.senses).toEqual([]);
  });
});

describe('a derived word the glossary lacks', () => {
  // Invented derivations of listed words: verwalten + -barkeit, anti- + Globalisierung.
  it.each([
    ['Verwaltbarkeit', 'verwalten + -barkeit', 'manageability'],
    ['Antiglobalisierung', 'anti- + Globalisierung', 'anti-globalization / anti-globalisation'],
  ])('means %s as its base so derived, worded as %s: %s', async (word, wording, sense) => {
    const c = lookupWord(word, deps(await engine));
    expect([c.senses[0], c.entries[0]?.form, c.parts?.map((p) => p.lemma).join(' + ')]).toEqual([sense, wording, wording]);
  });

  // The lexicon lists the noun (its gender, its plural), the glossary only its verb: the plural of an invented sentence,
  // "Die Bemängelungen der Prüfer blieben folgenlos."
  it('that the lexicon lists means its verb so derived, worded as the verb with its suffix', async () => {
    const c = lookupWord('Bemängelungen', deps(await engine));
    expect([c.senses[0], c.entries[0]?.form, c.gender]).toEqual(['criticization', 'bemängeln + -ung', 'die']);
  });

  it('that the glossary lists is not cut into its verb and suffix', async () => {
    expect(lookupWord('Wohnungen', deps(await engine)).parts).toBeUndefined();
  });

  it('keeps to its parts in a translation the derivation does not know', async () => {
    const c = lookupWord('Verwaltbarkeit', deps(await engine, 'ru'));
    expect([c.senses, c.parts?.map((p) => p.lemma)]).toEqual([[], ['verwalten', '-barkeit']]);
  });
});

describe('a compound the glossary lacks', () => {
  // Invented compounds of listed nouns: Wolke + Kiste, Haupt- + Kiste.
  it.each([
    ['Wolkenkisten', 'cloud box', 'Wolke + Kiste'],
    ['Hauptkisten', 'main box', 'Haupt- + Kiste'],
  ])('means %s as its parts say, %s, worded as %s, before its head alone', async (word, sense, wording) => {
    const c = lookupWord(word, deps(await engine));
    expect([c.senses.slice(0, 2), c.entries[0]?.form, c.entries[1]?.headword]).toEqual([[sense, 'box'], wording, 'Kiste']);
  });

  it('means what its head means, worded as the head, in a translation the composition does not know', async () => {
    const c = lookupWord('Wolkenkisten', deps(await engine, 'ru'));
    expect([c.senses[0], c.entries[0]?.form, c.entries[0]?.headword, c.parts?.map((p) => p.lemma)]).toEqual(['ящик', undefined, 'Kiste', ['Wolke', 'Kiste']]);
  });

  // Invented: a name nobody lists before a hyphen, and three listed nouns, which no composition of two parts words.
  it.each([
    ['Quorx-Kisten', ['Quorx', 'Kiste']],
    ['Wolkenhauskisten', ['Wolke', 'Haus', 'Kiste']],
  ])('that nothing composes, %s, means what its head means, worded as the head', async (word, parts) => {
    const c = lookupWord(word, deps(await engine));
    expect([c.senses[0], c.entries[0]?.form, c.entries[0]?.headword, c.parts?.map((p) => p.lemma)]).toEqual(['box', undefined, 'Kiste', parts]);
  });

  // Invented: an abbreviation the glossary writes as another word (Aua, ouch), one it lists as written (SUV), and a
  // longer word in capitals, as a headline sets it.
  it.each([
    ['AUA-Kisten', 'AUA', false],
    ['SUV-Kisten', 'SUV', true],
    ['MATHEMATIK-Kisten', 'Mathematik', true],
  ])('after a word in capitals, %s, shows the senses of %s only where the glossary writes it so or it is no abbreviation', async (word, lemma, glossed) => {
    const [first] = lookupWord(word, deps(await engine)).parts ?? [];
    expect([first?.lemma, (first?.senses.length ?? 0) > 0]).toEqual([lemma, glossed]);
  });

  // Invented: an English plural German borrowed whose letters the splitter cuts into German words (Desk + Top).
  it('keeps an English word German borrowed whole, in its plural too, reading what it means', async () => {
    const c = lookupWord('Büro-Desktops', deps(await engine));
    expect(c.parts?.map((p) => [p.lemma, p.senses[0]])).toEqual([['Büro', 'office'], ['Desktop', 'desktop']]);
  });

  it('cut after letters nobody glosses keeps to its parts: the cut is a guess', async () => {
    const c = lookupWord('Quorxkisten', deps(await engine));
    expect([c.senses, c.parts?.map((p) => p.lemma)]).toEqual([[], ['Quorx', 'Kiste']]);
  });
});

describe('a surname the text gives after a first name', () => {
  // Invented: `Lindemann` spells Linde + Mann to the splitter, `Kraft` is a common noun.
  const text = 'Ole Lindemann ist Bürgermeister. Peter Kraft kam auch. Danach sagte Lindemann, das sagte Kraft.';
  const clickCard = async (word: string, sentence: number) => {
    const e = await engine;
    const s = e.analyze(text).sentences[sentence]!;
    const t = s.tokens.find((x) => x.text === word)!;
    const reading = clickReading(t.baseWord ?? t.lemma, t);
    return lookupWord(word, { ...deps(e), lemmatize: (w) => (w === word ? [reading] : e.lemmatize(w)), context: s.tokens.map((x) => x.text) });
  };

  it.each([
    ['Lindemann', 'Lindemann PROPN - -'],
    ['Kraft', 'Kraft PROPN - -'],
  ])('shows %s alone as the name, with no parts and no article: %s', async (word, expected) => {
    expect(card(await clickCard(word, 2))).toBe(expected);
  });
});
