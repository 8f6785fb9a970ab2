/**
 * Issue 14: a capitalised compound the lexicon lacks, cut before a listed noun, is that noun's compound with its gender
 * (after an article too), and without an article unless its head ends place names or a noun or name stands before it.
 */
import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

describe('a compound the lexicon lacks', () => {
  it.each([
    // After an article, a singular head gives its gender.
    ['Der Loginversuch scheiterte gestern .', 'Loginversuch', 'Loginversuch', 'NOUN', 'der'],
    // After a preposition, a number or at the start: a head that ends no two listed places makes a common noun.
    ['Die Polizei sucht mit Spezialgerät nach Spuren .', 'Spezialgerät', 'Spezialgerät', 'NOUN', 'das'],
    ['In Nordland fahren drei Elektroantriebe .', 'Elektroantriebe', 'Elektroantrieb', 'NOUN', 'der'],
    ['Beim Loginversuch kam ein Fehler .', 'Loginversuch', 'Loginversuch', 'NOUN', 'der'],
    ['Migrationshintergrund haben viele Kinder .', 'Migrationshintergrund', 'Migrationshintergrund', 'NOUN', 'der'],
    // A head of two genders (der/das Teil, das/die Mail): the article before the compound chooses.
    ['Das Motorteil klemmt seit Montag .', 'Motorteil', 'Motorteil', 'NOUN', 'das'],
    ['Ole Brandt mag das Dorfleben in Nordland .', 'Dorfleben', 'Dorfleben', 'NOUN', 'das'],
    ['Sie schickte eine Dankesmail .', 'Dankesmail', 'Dankesmail', 'NOUN', 'die'],
    // After a hyphen, a part the glossary lists as a word of its own (the lexicon lacks it), after an article or not,
    // with the gender of an article that fits one, else its ending's (`im`: der or das; -er: der); a place there keeps
    // the name.
    ['Ole Brandt kauft einen Solar-Switch .', 'Solar-Switch', 'Solar-Switch', 'NOUN', 'der'],
    ['Im Nordland-Server fehlt ein Kabel .', 'Nordland-Server', 'Nordland-Server', 'NOUN', 'der'],
    ['Ole wohnt in Nord-Amerika .', 'Nord-Amerika', 'Nord-Amerika', 'PROPN', undefined],
    // A capitalised noun after a hyphen heads the word also when a lower-case name or acronym leads it.
    ['Ole Brandt lädt die neue nOS-Version .', 'nOS-Version', 'nOS-Version', 'NOUN', 'die'],
    ['Sie schreibt den eNord-Besitzern .', 'eNord-Besitzern', 'eNord-Besitzer', 'NOUN', 'der'],
    ['Die Liste kennt einen pX-Wert .', 'pX-Wert', 'pX-Wert', 'NOUN', 'der'],
    // Heads that end places stay names (…kirchen); so does a word after a noun it may name, and a short singular head.
    ['Ole Brandt wohnt in Stephanskirchen .', 'Stephanskirchen', 'Stephanskirchen', 'PROPN', undefined],
    ['Die Firma Elektroantrieb wächst .', 'Elektroantrieb', 'Elektroantrieb', 'PROPN', undefined],
    ['Das sagte Heitzmann gestern .', 'Heitzmann', 'Heitzmann', 'PROPN', undefined],
  ])('%s: %s is %s, %s, %s', async (sentence, word, lemma, upos, gender) => {
    const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
    const t = tokens!.find((x) => x.text === word)!;
    expect([t.lemma, t.upos, t.gender]).toEqual([lemma, upos, gender]);
  });
});

describe('a compound the lexicon lacks with a head it does not list as such', () => {
  it.each([
    // One who does what a listed verb says (hemmen, verstärken) after listed modifiers: der, plural as the singular.
    ['Es hilft bei den Tonhemmern .', 'Tonhemmern', 'Tonhemmer', 'NOUN', 'der', 'Hemmer'],
    ['Ole Brandt kauft einen Zinkverstärker .', 'Zinkverstärker', 'Zinkverstärker', 'NOUN', 'der', 'Verstärker'],
    // A short modifier nobody lists (a river's name) before a long head: the head's compound after a fused article.
    ['Der Verbund zieht sich beim Velkraftwerk zurück .', 'Velkraftwerk', 'Velkraftwerk', 'NOUN', 'das', 'Kraftwerk'],
    // A listed noun UD tags as a name (a currency, a weekday) heads a hyphenated word with its gender.
    ['Es kostet 1.000 Nordland-Dollar .', 'Nordland-Dollar', 'Nordland-Dollar', 'PROPN', 'der', 'Dollar'],
  ])('%s: %s is %s, %s, %s, head %s', async (sentence, word, lemma, upos, gender, head) => {
    const e = await engine;
    const [tokens] = e.analyzeTokens([sentence.split(' ')]);
    const t = tokens!.find((x) => x.text === word)!;
    expect([t.lemma, t.upos, t.gender, e.split(word).head]).toEqual([lemma, upos, gender, head]);
  });
});

describe('a noun the lexicon lacks that no listed noun heads', () => {
  it.each([
    // An article makes it a common noun; a suffix of one gender gives the article.
    ['Ole Brandt schätzt die Dramatik .', 'Dramatik', 'die'],
    ['In Nordland herrscht eine Melancholie .', 'Melancholie', 'die'],
    ['Die Kollision geschah gestern .', 'Kollision', 'die'],
    ['Das Moratorium gilt weiter .', 'Moratorium', 'das'],
    ['Ein Fähnlein weht am Mast .', 'Fähnlein', 'das'],
    ['Sie nahm ein Stückchen Kuchen .', 'Stückchen', 'das'],
    ['Die Divergenz der Werte wächst .', 'Divergenz', 'die'],
    // A particle verb's infinitive the lexicon lacks, nominalised: neuter.
    ['Das ständige Hinausschieben nervt Ole .', 'Hinausschieben', 'das'],
    ['Das Herumsitzen in Nordland endet .', 'Herumsitzen', 'das'],
  ])('%s: %s is NOUN, %s', async (sentence, word, gender) => {
    const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
    const t = tokens!.find((x) => x.text === word)!;
    expect([t.upos, t.gender]).toEqual(['NOUN', gender]);
  });
});

describe('the parts a card shows for a noun the lexicon lacks', () => {
  it.each([
    // A correction read another lemma than the split did (Tonb|lockern): the card shows no wrong last part.
    ['Er spricht von Tonblockern .', 'Tonblockern', 'Tonblocker', []],
    // A guessed lemma that kept its genitive -s still shows the split's head.
    ['Die Sache des Zinkkadavers ruht .', 'Zinkkadavers', 'Zinkkadavers', ['Zink', 'Kadaver']],
  ])('%s: %s is %s, parts %j', async (sentence, word, lemma, parts) => {
    const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
    const t = tokens!.find((x) => x.text === word)!;
    expect([t.lemma, (t.parts ?? []).map((p) => p.lemma)]).toEqual([lemma, parts]);
  });
});
