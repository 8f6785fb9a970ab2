import { describe, expect, it } from 'vitest';
import { engine, tag } from '../engineFixture';

describe('tagSentence', () => {
  it.each([
    ['Die Häuser sind größer .', 'Die/der/DET Häuser/Haus/NOUN sind/sein/AUX größer/groß/ADJ ./././PUNCT'.replace('././.', './.')],
    ['Er hat das Buch gelesen .', 'Er/er/PRON hat/haben/AUX das/der/DET Buch/Buch/NOUN gelesen/lesen/VERB ././PUNCT'],
    ['Sie hat ein Haus .', 'Sie/sie/PRON hat/haben/VERB ein/ein/DET Haus/Haus/NOUN ././PUNCT'],
    ['Er versucht , das Haus zu kaufen .', 'Er/er/PRON versucht/versuchen/VERB ,/,/PUNCT das/der/DET Haus/Haus/NOUN zu/zu/PART kaufen/kaufen/VERB ././PUNCT'],
    ['Wir fahren zu dem Bahnhof .', 'Wir/wir/PRON fahren/fahren/VERB zu/zu/ADP dem/der/DET Bahnhof/Bahnhof/NOUN ././PUNCT'],
    ['Das ist der Mann , der das Auto kaufte .', 'Das/der/PRON ist/sein/AUX der/der/DET Mann/Mann/NOUN ,/,/PUNCT der/der/PRON das/der/DET Auto/Auto/NOUN kaufte/kaufen/VERB ././PUNCT'],
    ['Am Montag besuchte Angela Merkel die Stadt .', 'Am/an/ADP Montag/Montag/PROPN besuchte/besuchen/VERB Angela/Angela/PROPN Merkel/Merkel/PROPN die/der/DET Stadt/Stadt/NOUN ././PUNCT'],
    ['Der dritte Versuch war der beste .', 'Der/der/DET dritte/dritt/ADJ Versuch/Versuch/NOUN war/sein/AUX der/der/DET beste/gut/ADJ ././PUNCT'],
  ])('tags %s', async (sentence, expected) => {
    expect(await tag(sentence)).toBe(expected);
  });
});

describe('tagSentence, one sentence after another', () => {
  it('tags a short sentence after a long one as on its own: the words of the one before are not its clause', async () => {
    // The tagger reuses its numbers per word from sentence to sentence (issue 19): `hat` has no participle of its own.
    const long = 'Er hat den alten Wagen am späten Abend nach der langen Arbeit gestern noch schnell gewaschen .';
    expect(await tags(long)).toBe('PRON AUX DET ADJ NOUN ADP ADJ NOUN ADP DET ADJ NOUN ADV ADV ADJ VERB PUNCT');
    expect(await tags('Sie hat ein Haus .')).toBe('PRON VERB DET NOUN PUNCT');
    expect(await tags('Sie hat Zeit')).toBe('PRON VERB NOUN');
    expect(await tags(long)).toBe('PRON AUX DET ADJ NOUN ADP ADJ NOUN ADP DET ADJ NOUN ADV ADV ADJ VERB PUNCT');
  });

  it('asks whether each sentence is a question of that sentence: a question\'s opening `wie` is an adverb, a statement\'s not', async () => {
    // The tagger's context and view serve sentence after sentence (issue 19).
    expect(await tags('Wie alt ist das Haus ?')).toBe('ADV ADJ AUX DET NOUN PUNCT');
    expect(await tags('Wie alt ist das Haus')).toBe('CCONJ ADJ AUX DET NOUN');
    expect(await tags('Wie alt ist das Haus ?')).toBe('ADV ADJ AUX DET NOUN PUNCT');
  });

  it('keeps every sentence\'s tags while it tags the next ones: a text analysed whole reads as its sentences alone', async () => {
    const e = await engine;
    const text = 'Er hat das Buch gestern gelesen. Wie alt ist das Haus? Sie hat ein Haus.';
    const alone = (sentence: string): string => e.analyze(sentence).sentences[0]!.tokens.map((t) => `${t.lemma}/${t.upos}`).join(' ');
    // Step 06 deferred (`later`), as the app runs it while the glossary loads: every sentence is tagged before any is covered.
    const later: (() => void)[] = [];
    const [sentences] = [...e.analyzeParagraphs(text, [{ start: 0, end: text.length }], later)];
    for (const run of later) run();
    expect(sentences!.map((s) => s.tokens.map((t) => `${t.lemma}/${t.upos}`).join(' '))).toEqual([
      alone('Er hat das Buch gestern gelesen.'), alone('Wie alt ist das Haus?'), alone('Sie hat ein Haus.'),
    ]);
    expect(alone('Wie alt ist das Haus?')).toBe('wie/ADV alt/ADJ sein/AUX der/DET Haus/NOUN ?/PUNCT');
    expect(JSON.stringify(e.analyze(text))).toBe(JSON.stringify({ sentences }));
  });
});

/** Only the tags, one per word: `DET NOUN VERB …`. */
const tags = async (sentence: string): Promise<string> => (await tag(sentence)).split(' ').map((t) => t.slice(t.lastIndexOf('/') + 1)).join(' ');

describe('tagSentence in context', () => {
  it.each([
    // The copula with only a place is a full verb; with an adjective an auxiliary.
    ['Ich war gestern in dem Hotel .', 'PRON VERB ADV ADP DET NOUN PUNCT'],
    ['Das Hotel war sehr schön .', 'DET NOUN AUX ADV ADJ PUNCT'],
    // A modal without an infinitive is a full verb.
    ['Ich will das nicht .', 'PRON VERB PRON PART PUNCT'],
    ['Ich will das Buch lesen .', 'PRON AUX DET NOUN VERB PUNCT'],
    // `zu` before an adjective means `too`; `als` after a comparative compares.
    ['Er kam zu spät .', 'PRON VERB ADV ADJ PUNCT'],
    ['Es gibt zu viele Autos .', 'PRON VERB ADV DET NOUN PUNCT'],
    // An adjective of its own before its noun is one after a noun or pronoun too, unless a verb of that form agrees with it.
    ['Wir wussten , dass es bequeme Sessel gab .', 'PRON VERB PUNCT SCONJ PRON ADJ NOUN VERB PUNCT'],
    ['Ich liebe Musik .', 'PRON VERB NOUN PUNCT'],
    ['Wir Kinder lieben Musik .', 'PRON NOUN VERB NOUN PUNCT'],
    // A preposition needs its noun: at the clause end `laut` is loud, and the copula's predicate.
    ['Die Musik war sehr laut , dass keiner schlief .', 'DET NOUN AUX ADV ADJ PUNCT SCONJ PRON VERB PUNCT'],
    ['Laut Polizei kam er .', 'ADP NOUN VERB PRON PUNCT'],
    // A verb that spells a participle is the clause's verb when only a determiner or a noun spells another (`eine`: einen,
    // to unite; `Pause`: pausen).
    ['Im Hafen erhofft sie sich eine Senkung .', 'ADP NOUN VERB PRON PRON DET NOUN PUNCT'],
    ['Der Verein bestätigt die Pause .', 'DET NOUN VERB DET NOUN PUNCT'],
    // A form that is both participle and infinitive, governed by the auxiliary after it or a modal before it.
    ['Sie wusste , was dann geschehen soll .', 'PRON VERB PUNCT PRON ADV VERB AUX PUNCT'],
    ['Niemand darf das Haus verlassen .', 'PRON AUX DET NOUN VERB PUNCT'],
    // An article before adjectives joined by a conjunction, graded by an adverb that is a verb form too (`äußerst`).
    ['Er ist ein äußerst netter und sehr erfahrener Arzt .', 'PRON AUX DET ADV ADJ CCONJ ADV ADJ NOUN PUNCT'],
    ['Sie ist größer als ihr Bruder .', 'PRON AUX ADJ CCONJ DET NOUN PUNCT'],
    // `aber` inside a clause is an adverb, between clauses a conjunction.
    ['Die Zimmer sind aber klein .', 'DET NOUN AUX ADV ADJ PUNCT'],
    ['Er kam , aber sie ging .', 'PRON VERB PUNCT CCONJ PRON VERB PUNCT'],
    // A pronoun, not an article, before another article or a pronoun.
    ['Das ist der Ort , an dem ich wohne .', 'PRON AUX DET NOUN PUNCT ADP PRON PRON VERB PUNCT'],
    // A place spelt like a plural is the plural only in a plural phrase.
    ['Viele Polen arbeiten in Bayern .', 'DET NOUN VERB ADP PROPN PUNCT'],
    // An article before a phrase that qualifies its noun; a relative pronoun before a phrase with its own article.
    ['Der in der Zeitung genannte Preis war falsch .', 'DET ADP DET NOUN ADJ NOUN AUX ADJ PUNCT'],
    ['Gestern traf sie der sie begleitende Arzt .', 'ADV VERB PRON DET PRON ADJ NOUN PUNCT'],
    ['Das ist die Frau , die in der großen Stadt wohnt .', 'PRON AUX DET NOUN PUNCT PRON ADP DET ADJ NOUN VERB PUNCT'],
    ['Das sind nicht irgendwelche Leute .', 'PRON AUX PART ADJ NOUN PUNCT'],
    ['Es gibt eine Firma , in der das den Markt beherrschende große Unternehmen sitzt .', 'PRON VERB DET NOUN PUNCT ADP PRON DET DET NOUN ADJ ADJ NOUN VERB PUNCT'],
    // `worden` is always the passive's auxiliary (the participle is the verb's since the lexicon lists vereinbaren); a
    // reporting verb after a comma is no adjective.
    ['Das war vereinbart worden .', 'PRON AUX VERB AUX PUNCT'],
    ['Das stellt eine Hürde dar , attestiert Hauer .', 'PRON VERB DET NOUN ADV PUNCT VERB NOUN PUNCT'],
    // A graded participle in the passive stays the verb form.
    ['Er wurde sehr gelobt .', 'PRON AUX ADV VERB PUNCT'],
  ])('%s → %s', async (sentence, expected) => {
    expect(await tags(sentence)).toBe(expected);
  });

  it.each([
    // Places the glossary marks as such, also after their article.
    ['Die Regierung der Türkei tagte .', 'Türkei/Türkei/PROPN'],
    ['Er wohnt in Deutschland .', 'Deutschland/Deutschland/PROPN'],
    // Acronyms without a plural name one thing; those with one are common nouns.
    ['Die EU verhandelt .', 'EU/EU/PROPN'],
    // After a title the capitalised word is a surname, even when it spells a noun.
    ['Das bestätigte Herr Sieben .', 'Sieben/Sieben/PROPN'],
    // Adjectives of place names before a noun.
    ['Der Hamburger Hafen ist groß .', 'Hamburger/Hamburger/ADJ'],
    // …but a common noun stays one before a name, though a small town's -er form spells it (Bürger, Büren).
    ['Die Bürger Nordlands wählen .', 'Bürger/Bürger/NOUN'],
    // A capitalised adjective at the start of a sentence, before its noun.
    ['Nettes Personal und gute Preise .', 'Nettes/nett/ADJ'],
    // A lower-case word the lexicon only has as a noun is an adjective (`super`).
    ['Das Essen war super .', 'super/super/ADJ'],
    // An unknown capitalised word after an article stays a name unless it looks like a noun or its article agrees with
    // one gender only (`Das Nexus ist …`: das Nexus, a noun); a number after it makes it a product's name.
    ['Das Nexus 6 ist ein Telefon .', 'Nexus/Nexus/PROPN'],
    // A word the lexicon lacks, in -s, whose stem the glossary lists: that word (a borrowed plural or a genitive).
    ['Er sprach über die Copyrights der Lieder .', 'Copyrights/Copyright/NOUN'],
    ['Landesrat Hans Mayr kam .', 'Hans/Hans/PROPN'],
    // An auxiliary governs its participle past an insertion or a list set off by commas.
    ['Die Gäste wurden leicht , die Fahrer schwer verletzt .', 'wurden/werden/AUX'],
    ['Er hatte das Haus , ein altes Gebäude , gekauft .', 'hatte/haben/AUX'],
    ['Sie hat nicht gelesen , was er schrieb .', 'hat/haben/AUX'],
    // …but not past another finite verb, nor to a noun or a determiner spelt like a verb form (`Vertrauen`, `einen`).
    ['Wer kein Zelt hat kann in der Hütte schlafen .', 'hat/haben/VERB'],
    ['Er hatte großes Vertrauen in sie .', 'hatte/haben/VERB'],
    // A name spelt like a finite verb ends no clause.
    ['Er hat Frau Lachte gestern gesehen .', 'hat/haben/AUX'],
    ['Wir haben einen Garten und sind sehr begeistert .', 'haben/haben/VERB'],
    ['Wir haben einen Garten und sind sehr begeistert .', 'begeistert/begeistert/ADJ'],
    // The infinitive `sein` is governed like any other.
    ['Sie wird morgen wieder gesund sein .', 'wird/werden/AUX'],
    // The copula's predicate may follow a prepositional phrase, which ends after its noun or pronoun.
    ['Es war für mich ein Erlebnis .', 'war/sein/AUX'],
    ['Sie ist für uns Vorbild .', 'ist/sein/AUX'],
    ['Wir waren bei Anna und Paul .', 'waren/sein/VERB'],
    // A genitive `der` goes on with the phrase only before a feminine or plural noun (`für Kinder der Stadt`).
    ['Ein Garten ist für Kinder der Mittelpunkt des Sommers .', 'ist/sein/AUX'],
    ['Sie ist für Kinder der Stadt da .', 'ist/sein/VERB'],
    // The copula's clause ends at another finite verb (`und … kamen`), unless that verb is joined to it.
    ['Seit Jahren bin ich dabei und nach und nach kamen neue Leute .', 'bin/sein/VERB'],
    ['Das Zelt ist und bleibt ein Provisorium .', 'ist/sein/AUX'],
    // Last in a subordinate clause an auxiliary governs nothing after its comma (`, kommentiert er`: no participle of it).
    ['Sie sagte nichts , was mit dem Brand zu tun hat , kommentiert er .', 'hat/haben/VERB'],
    ['Er sagte , dass sie es gekauft hat , und ging .', 'hat/haben/AUX'],
    // Between an article and its noun a word that may be an adjective is no infinitive (`spitzen`: to sharpen).
    ['Es hat noch eine spitzen Küche .', 'hat/haben/VERB'],
    // An adjective in -en listed as itself is predicative (`zufrieden`).
    ['Ich bin sehr zufrieden mit Tolmar .', 'bin/sein/AUX'],
    // A preposition fused with its article agrees as the article: singular, so no plural's dative (Spiel, Falle).
    ['Ole kam nur zum Spielen nach Nordland .', 'Spielen/Spielen/NOUN'],
    ['Im Falle eines Streits zahlt Ole .', 'Falle/Fall/NOUN'],
    // An adjective's bare form before the finite verb opens the sentence as its predicate, not as a noun.
    ['Negativ fällt in Nordland der Preis auf .', 'Negativ/negativ/ADJ'],
    ['Fest steht , dass Nordland gewinnt .', 'Fest/fest/ADJ'],
    // Before an object or a predicate noun it names a thing: the colour, the language.
    ['Rot ist meine Lieblingsfarbe .', 'Rot/Rot/NOUN'],
    ['Deutsch ist eine schwere Sprache .', 'Deutsch/Deutsch/NOUN'],
    // A finite form spelt like an adjective listed as written is the adjective where another verb has the clause.
    ['Nordland zahlt doppelt so viel wie Ole .', 'doppelt/doppelt/ADJ'],
    ['Ole Brandt kam schlicht zu spät .', 'schlicht/schlicht/ADJ'],
    // … or where `so` grades what follows as its measure, the verb left out.
    ['In Nordland lernen viele Kinder Latein , in Ostland doppelt so viele wie dort .', 'doppelt/doppelt/ADJ'],
    // A personal pronoun takes no adjective: an inflected form before it is the finite verb.
    ['Wiederholt kritisierte er den Plan .', 'kritisierte/kritisieren/VERB'],
    ['Zusätzlich verlangte sie Geld von Ole .', 'verlangte/verlangen/VERB'],
    // After a comma before a name the reporting verb comes first, quoted or not.
    ['Das sei alles , betonte Brandtner .', 'betonte/betonen/VERB'],
    // `zu` before an infinitive that its verb or particle follows marks the infinitive.
    ['Der Service in Nordland lässt zu wünschen übrig .', 'zu/zu/PART'],
    ['Ole hat dort Neues zu hören bekommen .', 'zu/zu/PART'],
    // `bis`, `seit`, `während` open a clause that ends in its finite verb.
    ['Ole wartete in Nordland , bis er müde war .', 'bis/bis/SCONJ'],
    ['Ole las , während Jan schlief .', 'während/während/SCONJ'],
    // So do `als` and `wie`.
    ['Ole schwieg , auch als Jan ihn fragte .', 'als/als/SCONJ'],
    ['Wie die Polizei in Nordland mitteilte , kam Ole frei .', 'Wie/wie/SCONJ'],
    // After a kind of shop or firm a capitalised noun in its own form is the name.
    ['Ole übernachtete im Hotel Sommer in Nordland .', 'Sommer/Sommer/PROPN'],
    ['Die Firma Wintergarten baut in Nordland .', 'Wintergarten/Wintergarten/PROPN'],
    // A capital inside the sentence is no verb's: a form the lexicon has only as a verb names something.
    ['Ole Brandt arbeitet seit Mai bei Brecht in Nordland .', 'Brecht/Brecht/PROPN'],
    ['Sie sucht die Fotos mit Google .', 'Google/Google/PROPN'],
    // A present participle not inflected is an adjective; so is a past participle graded or joined to an adjective.
    ['Das Essen war hervorragend .', 'hervorragend/hervorragend/ADJ'],
    ['Die Kinder waren sehr genervt .', 'genervt/genervt/ADJ'],
    ['Das Zimmer ist klein und wirkt sehr gepflegt .', 'gepflegt/gepflegt/ADJ'],
    ['Der Kellner war müde und gehetzt .', 'gehetzt/gehetzt/ADJ'],
    ['Das Personal war freundlich und bemüht .', 'bemüht/bemüht/ADJ'],
    ['Jung und erfahren ist Ole .', 'erfahren/erfahren/ADJ'],
    // A participle before the one the auxiliary governs at the clause's end says how.
    ['Ole hat wiederholt den Plan gefordert .', 'wiederholt/wiederholt/ADJ'],
    ['Nordland wurde verstärkt von Ostland beliefert .', 'verstärkt/verstärkt/ADJ'],
    // After the copula a strong participle the dictionaries give as an adjective is the state, not the perfect, unless a
    // verb it may belong to forms the perfect with sein (`zum Opfer gefallen`) or has a separable particle (`ist abgefahren`).
    ['Die Kante des Tisches ist gebogen .', 'gebogen/gebogen/ADJ'],
    ['Der Laden in Nordland ist seit Montag geschlossen .', 'geschlossen/geschlossen/ADJ'],
    ['Ole Brandt war von dem Streik betroffen .', 'betroffen/betroffen/ADJ'],
    ['Der Bus ist gestern abgefahren .', 'abgefahren/abfahren/VERB'],
    ['Die Gäste aus Nordland sind gestern eingetroffen .', 'eingetroffen/eintreffen/VERB'],
    ['Viele Menschen sind dem Streit zum Opfer gefallen .', 'gefallen/fallen/VERB'],
    // A word that only may be a conjunction (noch, as in weder … noch) joins nothing: the copula still has the participle.
    ['Der Grund für den Streik ist noch nicht bekannt .', 'bekannt/bekannt/ADJ'],
    ['Die Straße nach Nordland ist noch immer gesperrt .', 'gesperrt/gesperrt/ADJ'],
    // Between an article and its noun, after a phrase opened by a preposition or adverb, a participle is the attribute.
    ['Die aus dem Fernsehen bekannte Sängerin kam nach Nordland .', 'bekannte/bekannt/ADJ'],
    ['Der vom Verein unterstützte Kläger gewann in Nordland .', 'unterstützte/unterstützt/ADJ'],
    ['Mit einem nie gefährdeten Sieg gewann Nordland .', 'gefährdeten/gefährdet/ADJ'],
    ['Die aus Nordland kamen , wurden versorgt .', 'kamen/kommen/VERB'],
    // Right before a finite full verb a participle says how, whatever auxiliary another verb of the clause has.
    ['Jan fand , dass der Plan etwas überholt wirkte und von Ole geschrieben war .', 'überholt/überholt/ADJ'],
    ['Er sagte , dass er das Auto überholt hatte und weiterfuhr .', 'überholt/überholen/VERB'],
    // An adjective only the glossary lists, spelt as a form of the verb made on it, before its noun; the verb elsewhere.
    ['Die Polizei sucht einen verdächtigen Mann in Nordland .', 'verdächtigen/verdächtig/ADJ'],
    ['Ole Brandt fand willige Helfer .', 'willige/willig/ADJ'],
    ['Die Polizei will Ole Brandt nicht verdächtigen .', 'verdächtigen/verdächtigen/VERB'],
    ['Die Ärzte verdächtigen die Nordländer .', 'verdächtigen/verdächtigen/VERB'],
    // A word only the glossary lists after a preposition fused with its article is a common noun; a month stays a name.
    ['Der Streit wurde Nordland zum Verhängnis .', 'Verhängnis/Verhängnis/NOUN'],
    ['Ole Brandt gewann im Tiebreak .', 'Tiebreak/Tiebreak/NOUN'],
    ['Ole Brandt kam am 1. Jänner nach Nordland .', 'Jänner/Jänner/PROPN'],
  ])('%s has %s', async (sentence, token) => {
    expect((await tag(sentence)).split(' ')).toContain(token);
  });
});

describe('a place\'s adjective in a text', () => {
  it('is read so before its noun only, as the same word elsewhere in the text is a noun, in either order', async () => {
    const e = await engine;
    const read = (text: string): string[] => e.analyze(text).sentences.flatMap((s) => s.tokens).filter((t) => t.text === 'Hamburger')
      .map((t) => `${t.upos}${t.gender ? `:${t.gender}` : ''}`);
    const text = 'Ein Hamburger kostet drei Euro. Der Hamburger Hafen ist groß. Ein Hamburger schmeckt. Der Hamburger Senat tagt.';
    expect(read(text)).toEqual(['NOUN:der', 'ADJ', 'NOUN:der', 'ADJ']);
    expect(read(text)).toEqual(['NOUN:der', 'ADJ', 'NOUN:der', 'ADJ']);
  });
});
