/**
 * Every German tagger rule, one row each: the tag it gives a word in context, and proof that the
 * rule is what gives it (without the rule the word comes out differently).
 */
import { describe, expect, it } from 'vitest';
import type { TagCorrection, TagRule, TaggerRules } from '../../../../src/core/analysis/03-tag';
import { CLOSED_CLASS_RULES, germanTaggerRules } from '../../../../src/core/de/tagRules';
import { createEngine } from '../../../../src/core/engine';
import { defaultLanguage } from '../../../../src/core/languages';
import { readLexiconFile } from '../../../../src/node/lexiconFile';
import { resourcesDir } from '../../../../src/node/paths';

// One engine whose tagger rules the test swaps (the tagger reads them on every sentence).
const tagger: { -readonly [K in keyof TaggerRules]: TaggerRules[K] } = { ...germanTaggerRules };
const engine = createEngine({ ...defaultLanguage, tagger }, { lexicon: readLexiconFile(resourcesDir()) });

/** `text/lemma/upos`, and `/gender` for a rule that gives only the gender. */
function tagged(sentence: string, word: string, gender = false): string {
  const [tokens] = engine.analyzeTokens([sentence.split(' ')]);
  const t = tokens!.find((x) => x.text === word)!;
  return `${t.text}/${t.lemma}/${t.upos}${gender ? `/${t.gender}` : ''}`;
}

/** Tags with one rule left out. */
function without(name: string, sentence: string, word: string, gender = false): string {
  tagger.choose = germanTaggerRules.choose.filter((r: TagRule) => r.name !== name);
  tagger.correct = germanTaggerRules.correct.filter((r: TagCorrection) => r.name !== name);
  try {
    return tagged(sentence, word, gender);
  } finally {
    tagger.choose = germanTaggerRules.choose;
    tagger.correct = germanTaggerRules.correct;
  }
}

const ROWS: [rule: string, sentence: string, tagged: string][] = [
  ['article or pronoun', 'Das haben sie gesagt .', 'Das/der/PRON'],
  ['degree zu', 'Das ist zu spät .', 'zu/zu/ADV'],
  ['über or unter a number', 'Er wartet seit über 20 Jahren .', 'über/über/ADV'],
  ['infinitive zu', 'Er hat viel zu tun .', 'zu/zu/PART'],
  ['adjective at the clause end', 'Die Musik war laut .', 'laut/laut/ADJ'],
  ['article or verb', 'Das kann sein .', 'sein/sein/VERB'],
  ['article or adverb', 'Er hat mehr Zeit .', 'mehr/mehr/DET'],
  ['pronoun or adverb', 'Das ist etwas besser .', 'etwas/etwas/ADV'],
  ['preposition or conjunction', 'Bis Montag bleibt Ole in Nordland .', 'Bis/bis/ADP'],
  ['clause introducer', 'Er ist größer als sein Bruder .', 'als/als/CCONJ'],
  ['weder … noch', 'Er kam weder heute noch morgen .', 'noch/noch/CCONJ'],
  ['aber inside a clause', 'Die Zimmer sind aber klein .', 'aber/aber/ADV'],
  ['doch', 'Doch er kam .', 'Doch/doch/CCONJ'],
  // No closed-class rule chooses for `einen`: its first closed reading, the article, not the verb einen.
  ['closed class', 'Er hat einen Hund .', 'einen/ein/DET'],
  ['capitalised noun', 'Er liebt das Leben .', 'Leben/Leben/NOUN'],
  ['sentence-initial capital', 'Schöne Zimmer gibt es .', 'Schöne/schön/ADJ'],
  ['verb or adjective', 'Ich bin begeistert .', 'begeistert/begeistert/ADJ'],
  ['verb or adjective', 'In Nordland ist der Plan bekannt geworden .', 'bekannt/bekannt/ADJ'],
  ['verb', 'Die Erfahrungen führen dazu .', 'führen/führen/VERB'],
  ['haben without participle', 'Er hat ein Haus .', 'hat/haben/VERB'],
  ['sein without predicate', 'Ich war dort .', 'war/sein/VERB'],
  ['modal without infinitive', 'Ich will das .', 'will/wollen/VERB'],
  ['formal address', 'Können Sie mir helfen ?', 'Sie/Sie/PRON'],
  ['genitive name', 'Xandrias Präsident kam .', 'Xandrias/Xandria/PROPN'],
  ['surname', 'Herr Block kam .', 'Block/Block/PROPN'],
  ['capitalised verb form', 'Er traf Frau Lachte gestern .', 'Lachte/Lachte/PROPN'],
  ['capitalised verb form', 'Das Bekanntwerden der Pläne schadete ihm .', 'Bekanntwerden/Bekanntwerden/NOUN'],
  ['capitalised verb form', 'Die Sparte Nordmedizin wächst .', 'Sparte/Sparte/NOUN'],
  ['first name', 'Gestern kam Horst Zümpel .', 'Horst/Horst/PROPN'],
  ['adjective after a quantity', 'Er hat nichts neues gesagt .', 'neues/neu/NOUN'],
  ['capitalised bare adjective', 'Ole spielt seit Mai bei Hurtig in Nordland .', 'Hurtig/Hurtig/PROPN'],
  ['nominalised adjective after a quantity', 'Ole hörte nichts Lautes .', 'Lautes/Laute/NOUN'],
  ['lower-case noun', 'Das hotel war gut .', 'hotel/Hotel/NOUN'],
  ['common noun after article', 'Der Xylofantenschrank war leer .', 'Xylofantenschrank/Xylofantenschrank/NOUN'],
  ['unknown noun by agreement', 'Ole kaufte einen Zwixel .', 'Zwixel/Zwixel/NOUN'],
  ['unknown noun in -s', 'Es kamen zwei Flipboards .', 'Flipboards/Flipboard/NOUN'],
  ['unknown dative plural', 'Ole sprach mit Zwixlern .', 'Zwixlern/Zwixler/NOUN'],
  // A plural tells no gender: the ending does.
  ['unlisted noun by its ending', 'Ole sprach mit Zwixlern .', 'Zwixlern/Zwixler/NOUN/der'],
  ['article of an adjective declined as a noun', 'Nur Private dürfen den Wald betreten .', 'Private/Private/NOUN/der/die'],
  ['article of an adjective declined as a noun', 'Das Gleiche gilt für Nordland .', 'Gleiche/Gleiche/NOUN/das'],
  ['person of either sex', 'Die Vorsitzende sagte nichts .', 'Vorsitzende/Vorsitzende/NOUN/der/die'],
  ['name of two genders by agreement', 'Er hatte keine Mark mehr .', 'Mark/Mark/PROPN/die'],
  ['currency after its amount', 'Das Haus kostete 400 Millionen Mark .', 'Mark/Mark/PROPN/die'],
  ['currency after its amount', 'Sie tauschte 50 D-Mark um .', 'D-Mark/D-Mark/PROPN/die'],
  ['role before a first name', 'Die Abgeordnete Anna Berg sprach .', 'Abgeordnete/Abgeordnete/NOUN'],
  ['noun by agreement and frequency', 'Das neue Abkommen gilt ab morgen .', 'Abkommen/Abkommen/NOUN'],
  ['noun by agreement and frequency', 'Abkommen dieser Art sind selten .', 'Abkommen/Abkommen/NOUN'],
  ['place or plural', 'Sie fährt morgen nach Polen .', 'Polen/Polen/PROPN'],
  ['place or plural', 'Er zieht aus Bayern weg .', 'Bayern/Bayern/PROPN'],
  ['verb by frequency', 'Die Feier fällt wegen Regen aus .', 'fällt/fallen/VERB'],
  ['participle by its auxiliary', 'Die Würfel sind gefallen .', 'gefallen/fallen/VERB'],
  ['ge- verb without auxiliary', 'Das Haus gehört Ole Brandt .', 'gehört/gehören/VERB'],
];

describe('German tagger rules', () => {
  it.each(ROWS)('%s: %s → %s', (rule, sentence, expected) => {
    const word = expected.split('/')[0]!;
    const gender = expected.split('/').length > 3;
    expect(tagged(sentence, word, gender)).toBe(expected);
    expect(without(rule, sentence, word, gender)).not.toBe(expected);
  });

  it.each([
    ['Gestern sprach Nina Kraft in Nordland .', 'Kraft'],
    ['Das sagte Herr Pilz gestern .', 'Pilz'],
  ])('reads a noun after a first name or title as a surname, with no article or plural: %s', (sentence, word) => {
    const t = engine.analyzeTokens([sentence.split(' ')])[0]!.find((x) => x.text === word)!;
    expect([t.lemma, t.upos, t.gender, t.plural]).toEqual([word, 'PROPN', undefined, undefined]);
  });

  it.each([
    // A participle two verbs share is the one that forms its perfect with the auxiliary, before or after it.
    ['Ole Brandt ist gestern im Hof gefallen .', 'gefallen', 'gefallen/fallen/VERB'],
    ['Dass er im Hof gefallen ist , wusste Nordland .', 'gefallen', 'gefallen/fallen/VERB'],
    ['Sie hat die Zahl richtig geraten .', 'geraten', 'geraten/raten/VERB'],
    // A past tense spelt like an inflected participle, before an article: no adjective's noun follows it.
    ['Den Berichten zufolge verkaufte die Firma mehr Autos .', 'verkaufte', 'verkaufte/verkaufen/VERB'],
    ['Drei Tage lang kontrollierten die Beamten den Hafen .', 'kontrollierten', 'kontrollierten/kontrollieren/VERB'],
    // Before its noun it is the adjective still.
    ['Den Berichten zufolge stehen die verkauften Autos im Hof .', 'verkauften', 'verkauften/verkauft/ADJ'],
  ])('reads a verb form by the words around it (a shared participle by its auxiliary, a past tense before an article): %s', (sentence, word, expected) => {
    expect(tagged(sentence, word)).toBe(expected);
  });

  it.each([
    // A first name in -s before a surname nobody lists, or one the language lists, is no genitive.
    ['Gestern sprach Xandros Pemberwick in Nordland .', 'Xandros/Xandros/PROPN'],
    ['Gestern sprach Boris Kraft in Nordland .', 'Boris/Boris/PROPN'],
    // A genitive before its noun past the noun's adjectives, and after the noun it belongs to, closing the phrase.
    ['Das war Xandrias neue Regierung .', 'Xandrias/Xandria/PROPN'],
    ['Man feierte den Sieg Pembertons .', 'Pembertons/Pemberton/PROPN'],
    ['Die Bevölkerung Zandorias protestiert .', 'Zandorias/Zandoria/PROPN'],
  ])('reads a name in -s as a genitive only beside the noun it belongs to: %s', (sentence, expected) => {
    expect(tagged(sentence, expected.split('/')[0]!)).toBe(expected);
  });

  it.each([
    // After a noun the name names: a role, a kind of organisation (also as a compound's head), a family.
    ['Der Trainer Pembertons lobte sie .', 'Pembertons/Pembertons/PROPN'],
    ['Der Pharmakonzern Xandrias wächst .', 'Xandrias/Xandrias/PROPN'],
    ['Sie gründeten die Widerstandsgruppe Xandris in Nordland .', 'Xandris/Xandris/PROPN'],
    ['Das sagte die Billig-Tochter Nordwings am Montag .', 'Nordwings/Nordwings/PROPN'],
    // A name in -os or -us is its own, not a genitive, but right before its noun.
    ['Dann lobte Pemberopoulos griechische Zeitungen .', 'Pemberopoulos/Pemberopoulos/PROPN'],
    ['Das Haus der Familie Pembertons brannte .', 'Pembertons/Pembertons/PROPN'],
    // A surname the text gives after a first name, -s and all.
    ['Ole Pembertons gewann . Man feierte den Sieg Pembertons .', 'Pembertons/Pembertons/PROPN'],
  ])('reads a name in -s as itself after a noun that names it, or in -os before adjectives: %s', (text, expected) => {
    const t = engine.analyze(text).sentences.flatMap((x) => x.tokens).filter((x) => x.text === expected.split('/')[0]).at(-1)!;
    expect(`${t.text}/${t.lemma}/${t.upos}`).toBe(expected);
  });

  it.each([
    ['Ole hat ein neues Zwixel .', 'Zwixel', 'NOUN das'],
    ['Der Knopf ist ein alternativer Power-Zwixel .', 'Power-Zwixel', 'NOUN der'],
    ['Sie kaufte eine Zwixel .', 'Zwixel', 'NOUN die'],
    // `den` fits a dative plural too, but that ends in -s, -en, or -n after an l or r.
    ['Er kam auf den Zwixcourt zurück .', 'Zwixcourt', 'NOUN der'],
    ['Er drückte den Zwixbutton .', 'Zwixbutton', 'NOUN der'],
    ['Er lief den Zwixathlon .', 'Zwixathlon', 'NOUN der'],
    // So does a word the glossary lists and no listed noun heads.
    ['Ole aß eine Lasagne .', 'Lasagne', 'NOUN die'],
    ['Ole kannte den Endstand .', 'Endstand', 'NOUN der'],
    ['Er kaufte das Knoblauchbrot .', 'Knoblauchbrot', 'NOUN das'],
    // `die` fits a plural too, and a word that opens a name's phrase has the name's article.
    ['Ole mag die Lasagne .', 'Lasagne', 'NOUN undefined'],
    ['Ole kaufte das Knoblauchbrot 6 .', 'Knoblauchbrot', 'NOUN undefined'],
    ['Ole las das Knoblauchbrot Pemberwick .', 'Knoblauchbrot', 'NOUN undefined'],
    ['Es kam eine Handvoll Ermittler .', 'Handvoll', 'NOUN die'],
    // A participle's or a derived adjective's noun, listed for both sexes, and compounds on it: both articles.
    ['Die Vorsitzende sagte nichts .', 'Vorsitzende', 'NOUN der/die'],
    ['Ole sprach mit dem Nordlandbeauftragten .', 'Nordlandbeauftragten', 'NOUN der/die'],
    ['Die Verletzten kamen nach Hause .', 'Verletzten', 'NOUN der/die'],
    // A plain adjective's noun may be a thing (die Weise, manner), a listed one no adjective (der Rivale), the strong
    // form a man.
    ['Auf diese Weise geht es .', 'Weise', 'NOUN die'],
    ['Ole schlug die Rivalen .', 'Rivalen', 'NOUN der'],
    ['Nordland wurde Tabellendritter .', 'Tabellendritter', 'NOUN der'],
    // An adjective the lists give as a neuter noun only is people where its words rule out a neuter singular, the
    // neuter where they ask for it (also across a phrase that qualifies it, or joined to another such noun).
    ['Im Landtag stimmten Grüne und Liberale dagegen .', 'Grüne', 'NOUN der/die'],
    ['Jeder Einzelne zählt .', 'Einzelne', 'NOUN der/die'],
    ['Ole sprach mit dem Grünen Jan Berg .', 'Grünen', 'NOUN der/die'],
    ['Das Private ist politisch .', 'Private', 'NOUN das'],
    ['Im Großen und Ganzen war es gut .', 'Ganzen', 'NOUN das'],
    ['Das aus Sicht der Kunden Problematische ist der Preis .', 'Problematische', 'NOUN das'],
    ['Wir wünschen Ole alles Gute .', 'Gute', 'NOUN das'],
  ])('gives a noun the gender its article, adjective or derivation says: %s', (sentence, word, expected) => {
    const t = engine.analyzeTokens([sentence.split(' ')])[0]!.find((x) => x.text === word)!;
    expect(`${t.upos} ${t.gender}`).toBe(expected);
  });

  it('keeps an unknown word a name before a number, after a comma\'s relative `das`, after `dem` (two genders) or `den` and -n (a plural)', () => {
    // A number after it names a product; a comma's `das` is a relative pronoun before a subject.
    const read = ['Ole kaufte das Zwixel 6 .', 'Ole las ein Buch , das Zwixel schrieb .', 'Ole fliegt mit dem Zwixel .', 'Ole spricht mit den Zwixen .', 'Ole hat ein neues Zwixel .']
      .map((s) => engine.analyzeTokens([s.split(' ')])[0]!.find((t) => t.text.startsWith('Zwix'))!)
      .map((t) => `${t.upos} ${t.gender}`);
    expect(read).toEqual(['PROPN undefined', 'PROPN undefined', 'PROPN undefined', 'PROPN undefined', 'NOUN das']);
  });

  it.each([
    // In -s after a plural or genitive article or a number: the noun without its -s (-es after a sibilant).
    ['Es ist eines der Flipboards des Jahres .', 'Flipboards/Flipboard/NOUN'],
    ['Ole kämpft neben den Nordis .', 'Nordis/Nordi/NOUN'],
    ['Das ist Teil des neuen Flipboards von Ole .', 'Flipboards/Flipboard/NOUN'],
    ['Ole kaufte zwei Zwicouches .', 'Zwicouches/Zwicouch/NOUN'],
    // Or before a plural auxiliary, at the start or after no name.
    ['Flipboards sind beliebt .', 'Flipboards/Flipboard/NOUN'],
    // In -ern or -eln after a preposition, a plural article or adjective, or a conjunction: the dative plural.
    ['Das Geld landet bei den Zwixlern .', 'Zwixlern/Zwixler/NOUN'],
    ['Es läuft auf betroffenen Flixeln .', 'Flixeln/Flixel/NOUN'],
    ['Ole sprach mit Freunden und Zwixlern .', 'Zwixlern/Zwixler/NOUN'],
  ])('reads an unknown word with a plural or case ending where the words around it ask for one as its noun: %s', (sentence, expected) => {
    expect(tagged(sentence, expected.split('/')[0]!)).toBe(expected);
  });

  it('keeps the ending of a name (in -as or -us, before another capitalised word), of a word ending in a listed noun and of a nominalised verb', () => {
    const lemmas = [
      'Ole kam zur radikalen Nordas .', 'Ole fuhr in die Flipboards League .', 'Ole kennt die Nordus .',
      // Not the plural of a listed noun it ends in (`Gans`, Gänse); after `beim` (bei dem) a nominalised verb.
      'Ole sah zwei Flixgans .', 'Er half beim Flixeln .', 'Ole fuhr zu den Flixlern League .', 'Ole und Flipboards sind nett .',
      'Es kamen zwei Flipboards .', 'Ole sprach mit Flixlern .',
    ].map((s) => engine.analyzeTokens([s.split(' ')])[0]!.find((t) => /^(?:Nord|Fli)/.test(t.text))!.lemma);
    expect(lemmas).toEqual(['Nordas', 'Flipboards', 'Nordus', 'Flixgans', 'Flixeln', 'Flixlern', 'Flipboards', 'Flipboard', 'Flixler']);
  });

  it('reads an inflected noun after a dative first name as the noun (`Er zeigte Thomas Fotos`)', () => {
    const t = engine.analyzeTokens([['Er', 'zeigte', 'Thomas', 'Fotos', '.']])[0]!.find((x) => x.text === 'Fotos')!;
    expect([t.lemma, t.upos]).toEqual(['Foto', 'NOUN']);
  });

  it('asks a correction only about the parts of speech it names, tagging as if asked about every word', () => {
    const sentences = [...ROWS.map((r) => r[1]), 'Das hotel von Herrn Xandrias hat Frankreichs Abkommen nicht gelesen , sagte Horst Zümpel .'];
    const tagAll = () => engine.analyzeTokens(sentences.map((s) => s.split(' '))).map((ts) => ts.map((t) => `${t.lemma}/${t.upos}`).join(' '));
    expect(germanTaggerRules.correct.filter((r) => r.upos).length).toBeGreaterThan(5);
    const named = tagAll();
    tagger.correct = germanTaggerRules.correct.map(({ upos: _upos, ...rule }) => rule);
    try {
      expect(tagAll()).toEqual(named);
    } finally {
      tagger.correct = germanTaggerRules.correct;
    }
  });

  it('has a row for every rule', () => {
    const names = [...germanTaggerRules.choose, ...CLOSED_CLASS_RULES, ...germanTaggerRules.correct].map((r) => r.name);
    expect(new Set(ROWS.map((r) => r[0]))).toEqual(new Set(names));
  });
});
