/**
 * Issue 14: the glossary card shows the meaning a reader needs first. The asset's order comes from
 * scripts/dict/rank.ts (English frequencies), the sentence's choices from core's lookupWord. Ding
 * lines and frequencies here are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { clickReading, contextWords, type LemmaCandidate, lookupWord } from '../../../src/core/lookup';
import type { CompoundPart, Upos } from '../../../src/core/analysis';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';
import { glossScore, phraseSupport, rankBySupport, rankNarrowerUses, rankRecord, readFrequencies, senseSupport } from '../../../scripts/dict/rank';

const DING = `gegen etw. sein {v} :: to object to sth.; to oppose sth.
sein {vi} :: to be
sein {pron} :: his
Sein {n} :: being
etw. ankündigen {vt} :: to herald sth.; to trumpet sth. [coll.]; to blazon sth.
etw. ankündigen; etw. bekanntgeben {vt} :: to announce sth.
signalisieren; anzeigen; ankündigen {vt} :: to signal
sich ankündigen {vr} :: to loom
Steuer {n} :: rudder
Steuer {f} [fin.] :: tax
Jänner {m} [Ös.] :: January
mögen {vt} :: to like sb.; to like sth.; to be fond of sb.
Kram {m} [ugs.] :: stuff
Kram {m} :: clutter
entscheiden {vt} :: to decide
sich für etw. entscheiden {vr} :: to opt for sth.
sein {vt} [math.] :: to equal sth.
zu sein {vi} :: to be closed
mit {prp; +Dat.} [fin.] :: cum
mit {prp; +Dat.} :: with
mit {} :: as from [Br.]; as of [Am.] (+ expression of time)
Bulle {m} [ugs.] :: cop
Bulle {m} :: bull
deutlich {adj} :: clear
deutlich {adj} :: sharp
deutlich {adv} :: clearly; distinctly
deutlich {adj} :: distinct
Verfahren {n} :: procedure
sich verfahren :: got lost
sich wenden {vr} (an) :: to appeal (to)
sich an jdn. wenden {vr} :: to turn to sb.
geben {vt} :: to give
es {ppron} | es gibt :: it | there is
Grund {m} :: reason
scharf {adj} :: sharp
Kritik {f} | scharfe Kritik | im Grunde :: criticism | blast | basically
zweit {vi} :: two of …
zweite {num} :: second
4, die zweite! {} :: Scene 4, take 2!
Wien {n} [geogr.] :: Vienna
weit {adj} :: wide; far
weiter {adj} :: further
jung {adj} :: young
jüngst {adj} :: recent
viel {adj} :: much; a lot of
meiste {adj} :: most
groß {adj} :: big
größte {adj} :: ultralarge
umsetzen {vt} :: to transform
sich umsetzen {vr} :: to change seats
umsetzen {vt} :: to implement
abhängen {vt} :: to take down
von etw. abhängen {vi} :: to depend on sth.
etw. lackieren; etw. lasieren {vt} | lackierend; lasierend | lackiert; lasiert | lackiert | lackierte :: to varnish sth. | varnishing | varnished | varnishes | varnished
überzeugt {adj} :: staunch
jdn. überzeugen {vt} | überzeugend | überzeugt :: to convince sb. | convincing | convinced
gelegen {adj} :: convenient
veraltet {adj} :: antiquated
etw. befloren {vt} :: to populate sth. (with sth.)
jdm. etw. zusichrieren {vt} :: to guarantee sb. sth.
etw. zusichrieren {vt} | zusichrierend | zusichriert :: to warrant sth. | warranting | warranted
zusichriert {adj} :: warranted /wd./
zusichriert {adv} [ugs.] :: invariably
etw. verblinieren {vt} :: to circulate sth.
verbliniert {adj} :: widespread
etw. dotrieren {vt} :: to endow sth. (with a sum)
dotriert {adj} :: paid (post)
etw. erflunden {vt} :: to seek sth.
veralten {vi} | veraltend | veraltet :: to become obsolete | becoming obsolete | become obsolete
recht {adj} :: right
rechen {vt} | rechend | gerecht :: to rake | raking | raked
Gehege {n}; Umzäunung {f} [agr.] :: enclosure
Gehege {n} :: pen
etw. keltern; etw. pressen {vt} [agr.] :: to press sth.
keltern {vt} :: to trample
Ecke {f} :: corner; neck of the woods [coll.]
Ecke {f} :: angle
Farbe {f} :: colour [Br.]; color [Am.]
Farbe {f} :: hue
Aufzug {m} :: lift [Br.]; elevator [Am.]
Aufzug {m} :: hoist
Bank {f} | Bänke {pl} :: bench | benches
Bank {f} | Banken {pl} :: bank | banks
die Bank (Spiel) :: banker
legen {vt} | legend | gelegt :: to lay | laying | laid
vorstellen {vt} :: to present
sich etw. vorstellen {vr} :: to imagine sth.
stürzen {vi} :: to fall
sich bemühen {vr} :: to endeavour
sich bemühen {vr} (um) :: to apply (for)
Sorge {f} :: worry
Sorge {f} (um jdn./etw.) :: concern (for sb./sth.)
sich auf etw. stürzen {vr} :: to pounce on sth. [coll.]
ganz {adv} :: quite
ganz zu {adj} :: smashed
Maß {n} :: measure
maß sich an :: usurped
tragen {vt} :: to carry sth.
etw. in etw. tragen {vt} :: to infuse sth. into sth. [fig.]
tragen {vt} :: to wear sth.
`;
// Invented counts, most frequent first like the real list.
const FREQ = ['to 1000', 'be 900', 'his 800', 'being 750', 'like 700', 'stuff 650', 'signal 600', 'announce 500', 'tax 300', 'object 200', 'oppose 100', 'january 100', 'fond 80', 'clutter 60', 'herald 50', 'decide 48', 'opt 47', 'blazon 45', 'trumpet 40', 'loom 30', 'rudder 20', 'cop 19', 'equal 15', 'clear 15', 'appeal 14', 'procedure 12', 'lost 12', 'bull 10', 'clearly 9', 'sharp 8', 'distinct 5', 'distinctly 4', 'enclosure 70', 'pen 66', 'press 64', 'trample 62', 'colour 58', 'color 57', 'hue 56', 'lift 55', 'elevator 54', 'hoist 53'].join('\n');

// The first four count as equally common (the real list: the first 3,000).
const freq = readFrequencies(FREQ, 4);
const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(DING).map((r) => rankRecord(r, freq)))) });
const card = (word: string, reading: LemmaCandidate, sentence?: string) =>
  lookupWord(word, { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [reading], ...(sentence ? { context: contextWords(sentence) } : {}) });

describe('sense ranking built into the asset', () => {
  it('scores a gloss by its rarest word, less for each extra word, and very common words alike', () => {
    expect(glossScore('his', freq)).toBe(glossScore('being', freq));
    expect(glossScore('to announce sth.', freq)).toBeGreaterThan(glossScore('to herald sth.', freq));
    expect(glossScore('to be fond of sb.', freq)).toBeLessThan(glossScore('to like sb.', freq));
  });

  it('ranks an Austrian or Swiss word as a standard word, not as a colloquial or old one (das Spital: hospital)', () => {
    // Invented: the unlabelled line is the word's old use elsewhere; the labelled one is what it means where it is standard.
    const lines = 'Xylstube {f} :: taproom\nXylstube {f} [Ös.] [Schw.] :: inn';
    const common = readFrequencies('inn 1000\ntaproom 100', 1);
    const xyl = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines).map((r) => rankRecord(r, common)))) });
    const reading: LemmaCandidate = { lemma: 'Xylstube', upos: 'NOUN', gender: 'die' };
    const c = lookupWord('Xylstube', { dictionary: xyl, glossary: defaultLanguage.glossary, lemmatize: () => [reading] });
    expect(c.senses).toEqual(['inn', 'taproom']);
    expect(c.regions).toEqual(['at', 'ch']);
  });

  it('ranks a gloss that opens with a qualifier in brackets as a gloss, a word behind the plain one, and a remark all in brackets last', () => {
    expect(glossScore('(cunning) signal', freq)).toBeLessThan(glossScore('signal', freq));
    expect(glossScore('(cunning) signal', freq)).toBeGreaterThan(glossScore('to herald', freq));
    // Invented: the qualified line is the word's common meaning, the plain one a rare word.
    const lines = 'Xylmasche {f} :: (cunning) signal\nXylmasche {f} :: herald\nXylmasche {f} :: blazon; (often wrongly: blazen)';
    const xyl = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines).map((r) => rankRecord(r, freq)))) });
    const reading: LemmaCandidate = { lemma: 'Xylmasche', upos: 'NOUN', gender: 'die' };
    expect(lookupWord('Xylmasche', { dictionary: xyl, glossary: defaultLanguage.glossary, lemmatize: () => [reading] }).senses[0]).toBe('(cunning) signal');
    expect(rankRecord(parseDing('Xylmasche {f} :: (often wrongly: blazen); blazon')[0]!, freq).senses).toEqual(['blazon', '(often wrongly: blazen)']);
  });

  it('leads a line with the gloss the source gives the word most often, the rest in their order', () => {
    // Invented: `signal` and `announce` are common alike; the source gives the word with `announce` three times.
    const [line] = parseDing('xylen {vt} :: to signal; to herald; to announce');
    expect(rankRecord(line!, freq).senses).toEqual(['to signal', 'to announce', 'to herald']);
    const support = (_headword: string, sense: string) => (sense === 'to announce' ? 3 : 1);
    expect(rankRecord(line!, freq, support).senses).toEqual(['to announce', 'to signal', 'to herald']);
    // The line ranks by its first gloss's own score, as rankBySupport adds that gloss's support.
    expect(rankRecord(line!, freq, support).rank).toBe(rankRecord(parseDing('xylen {vt} :: to announce')[0]!, freq).rank);
  });

  it("scores a slot written sb./sth. or sb.'s as no word of the gloss, like sb. and sth.", () => {
    expect(glossScore('to like sb./sth.', freq)).toBe(glossScore('to like sb.', freq));
    expect(glossScore('to be fond of sb./sth.', freq)).toBe(glossScore('to be fond of sth.', freq));
    expect(glossScore('sb.’s signal', freq)).toBe(glossScore('signal', freq));
  });

  it('scores a gloss given with its abbreviation by its words, a little behind the plain gloss (to signal /sig./)', () => {
    expect(glossScore('to signal /sig./', freq)).toBeGreaterThan(glossScore('to loom', freq));
    expect(glossScore('to signal /sig./', freq)).toBeLessThan(glossScore('to signal', freq));
  });

  it('reads abbreviations listed with a semicolon between slashes as one gloss (height /h; ht/)', () => {
    const [hoehe] = parseDing('Höhe {f} /H./ | Höhen {pl} :: height /h; ht/ | heights');
    expect(hoehe!.senses).toEqual(['height /h, ht/']);
    expect(glossScore(hoehe!.senses[0]!, freq)).toBe(glossScore('height /h/', freq));
  });

  it('reads abbreviations listed with a semicolon between slashes on the German side as the word\'s, not as words (Minute /Min.; min./)', () => {
    const records = parseDing('Xylute {f} /Xy.; xy./ | Xyluten {pl} :: xylute /xy./ | xylutes');
    expect(records.map((r) => [r.headword, r.plural])).toEqual([['Xylute', 'Xyluten']]);
  });

  it('files a word whose abbreviation is a symbol spaced between slashes under the word (Promille / ‰ /)', () => {
    const promille = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('Promille {n} / ‰ / :: per mille / ‰ /'))) });
    expect(promille.exact!('Promille').map((e) => e.senses[0])).toEqual(['per mille / ‰ /']);
  });

  it("leaves out entries no clicked word can be, and keeps the phrases and a compound's first part (Wunder…)", () => {
    const asset = writeAsset('en', parseDing('Wunder… :: miracle\nHoppla! :: Whoops!\na cappella {adv} :: a cappella\nWunder {n} :: miracle\nkein Wunder :: no wonder'));
    const [, , , words, phrases] = asset.split('\n')[0]!.split('\t');
    expect([words, phrases]).toEqual(['2', '1']);
    expect(parseDictionary({ en: new TextEncoder().encode(asset) }).lookup('Wunder').map((e) => e.senses[0])).toEqual(['miracle', 'no wonder']);
  });

  it("keeps a verb line's past participles on its infinitives' records, not as records of their own", () => {
    const records = parseDing('etw. lackieren; etw. lasieren {vt} | lackierend; lasierend | lackiert; lasiert | lackiert :: to varnish sth. | varnishing | varnished | varnishes');
    expect(records.map((r) => [r.headword, r.participle])).toEqual([
      ['lackieren', { form: 'lackiert', senses: ['varnished'] }],
      ['lasieren', { form: 'lasiert', senses: ['varnished'] }],
    ]);
  });

  it('ranks an entry two lines give alike (a later synonym in one) as the better of them', () => {
    const lines = 'artig; gut {adj} :: good\ngut {adj} :: fine\ngut {adj} :: good';
    const gut = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines).map((r) => rankRecord(r, freq)))) });
    expect(gut.exact!('gut').map((e) => e.senses[0])).toEqual(['good', 'fine']);
  });

  it("scores a gloss by its own words, not the other spellings or comparison Ding adds in angle brackets", () => {
    const words = readFrequencies(['full 1000', 'crowded 100'].join('\n'), 1);
    expect(glossScore('full <fuller> <fullest>', words)).toBe(glossScore('full', words));
    const lines = 'prall {adj} :: crowded\nprall {adj} <praller> <am prallsten> :: full <fuller> <fullest>';
    const prall = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines).map((r) => rankRecord(r, words)))) });
    expect(lookupWord('prall', { dictionary: prall, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'prall', upos: 'ADJ' }] }).senses[0]).toBe('full');
  });

  it("ranks a line that qualifies another line's gloss just behind it, also on a compound part's card", () => {
    // The plain sense is labelled and rarer in the list than the qualified one's words; the narrower use still follows it.
    const words = readFrequencies(['emotional 1000', 'hurt 900', 'mental 800', 'injury 50'].join('\n'), 3);
    const lines = 'Kränkung {f} [med.] :: injury\nKränkung {f}; seelische Wunde {f} [psych.] :: emotional hurt; mental injury\nWunde {f} :: wound';
    const asset = (records: ReturnType<typeof parseDing>) => parseDictionary({ en: new TextEncoder().encode(writeAsset('en', records)) });
    const ranked = parseDing(lines).map((r) => rankRecord(r, words));
    expect(asset(ranked).exact!('Kränkung').map((e) => e.senses[0])).toEqual(['emotional hurt', 'injury']);
    const dictionary = asset(rankNarrowerUses(ranked));
    const deps = {
      dictionary,
      glossary: defaultLanguage.glossary,
      lemmatize: (w: string): LemmaCandidate[] => [{ lemma: w === 'Sturzkränkung' ? w : 'Kränkung', upos: 'NOUN', gender: 'die' }],
      split: () => ({ parts: [{ text: 'Sturz', lemma: 'Sturz' }, { text: 'kränkung', lemma: 'Kränkung' }] }),
    };
    expect(lookupWord('Kränkung', deps).senses.slice(0, 2)).toEqual(['injury', 'emotional hurt']);
    expect(lookupWord('Sturzkränkung', deps).parts?.at(-1)?.senses[0]).toBe('injury');
  });

  it("scores a gloss of grammar words only as common as they are: a preposition's from before a rarer off, someone before anyone", () => {
    // Invented: the rare senses come first in the source; `from` and `someone` were scored as words the list lacks.
    const words = readFrequencies(['of 1000', 'from 900', 'someone 800', 'off 100', 'anyone 90'].join('\n'), 3);
    expect(glossScore('from (used to express origin)', words)).toBeGreaterThan(glossScore('off', words));
    const lines = 'xylan {prp; +Dat.} :: off\nxylan {prp; +Dat.} (Herkunft) :: from (used to express origin)\nirgendxyl {pron} (in Fragesätzen) :: anyone\nirgendxyl {pron} :: someone';
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines).map((r) => rankRecord(r, words)))) });
    const senses = (lemma: string, upos: Upos) => lookupWord(lemma, { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma, upos }] }).senses;
    expect(senses('xylan', 'ADP')[0]).toBe('from (used to express origin)');
    expect(senses('irgendxyl', 'PRON')[0]).toBe('someone');
  });

  it('puts a common English word before a rare one, and a later synonym of another word behind', () => {
    expect(card('ankündigen', { lemma: 'ankündigen', upos: 'VERB' }).senses.slice(0, 2)).toEqual(['to announce sth.', 'to herald sth.']);
  });

  it("reads a subject label as its own synonym's, or the line's where it follows braces that cover the line", () => {
    expect(card('Gehege', { lemma: 'Gehege', upos: 'NOUN' }).senses).toEqual(['enclosure', 'pen']);
    expect(card('keltern', { lemma: 'keltern', upos: 'VERB' }).senses).toEqual(['to trample', 'to press sth.']);
  });

  it('puts senses marked colloquial after plain ones, in an entry and among entries', () => {
    const senses = card('ankündigen', { lemma: 'ankündigen', upos: 'VERB' }).senses;
    expect(senses.indexOf('to trumpet sth. [coll.]')).toBeGreaterThan(senses.indexOf('to blazon sth.'));
    expect(card('Kram', { lemma: 'Kram', upos: 'NOUN' }).senses).toEqual(['clutter', 'stuff']);
  });
});

describe("the source's own lines choose among a word's senses", () => {
  // Invented: `lordship` is the commoner English word (a title, frequent in films), but the source gives Pumpel as
  // `heap` again and again, in its phrases, examples and as a later synonym of another word.
  // The verb `zelpen` is given as `to charge` again and again, the noun `Zelpen` as `charge` more often still.
  const words = readFrequencies(['lordship 1000', 'heap 100', 'taste 100', 'charge 100', 'stack 90', 'school 80', 'pod 70', 'tutor 60', 'stones 50'].join('\n'), 1);
  const lines = [
    'Pumpel {m} | Pumpeln {pl} :: lordship | lordships',
    'Pumpel {m} | ein Pumpel Steine | Pumpel aus Sand :: heap | a heap of stones | heap of sand',
    'Stapel {m}; Pumpel {m} | einen Pumpel bilden :: stack; heap | to form a heap',
    'Lehre {f} :: school',
    'Lehre {f} | die Lehre der Alten :: school | the school of the ancients',
    'Lehre {f} [zool.] :: school; pod',
    'Lehre {f} :: tutor',
    'Zelpen {pl} | hohe Zelpen | die Zelpen tragen :: charge | high charge | to bear the charge',
    'zelpen {vi} :: to taste',
    'zelpen {vi} [fin.] | etw. zelpen lassen | nichts zelpen :: to charge | to let sth. charge | to charge nothing',
  ].join('\n');
  const built = (rank: (records: ReturnType<typeof parseDing>) => ReturnType<typeof parseDing>) =>
    parseDictionary({ en: new TextEncoder().encode(writeAsset('en', rank(parseDing(lines).map((r) => rankRecord(r, words))))) });
  const senses = (dictionary: ReturnType<typeof parseDictionary>, lemma: string, reading: Omit<LemmaCandidate, 'lemma'> = { upos: 'NOUN', gender: 'der' }) =>
    lookupWord(lemma, { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma, ...reading }] }).senses;

  it('counts the groups that give the word with a gloss, as whole words and across object slots', () => {
    const records = parseDing(lines);
    const support = senseSupport(records, lines);
    expect(support('Pumpel', 'heap')).toBe(5);
    expect(support('Pumpel', 'lordship')).toBe(1);
    const accuse = 'jdn. beschuldigen {vt} :: to accuse sb.\njdm. etw. vorhalten; jdn. beschuldigen {vt} | jdn. des Diebstahls beschuldigen :: to reproach sb. | to accuse sb. of theft\nbeschuldigen {vt} :: to blame';
    const support2 = senseSupport(parseDing(accuse), accuse);
    expect(support2('beschuldigen', 'to accuse sb.')).toBe(2);
    expect(support2('beschuldigen', 'to blame')).toBe(1);
  });

  it("counts a gloss of grammar words only, and a preposition's to, as the words the source gives (von: of, not off)", () => {
    const lines = [
      'xylan {prp} :: off',
      'xylan {prp} :: of',
      'xylan {prp} | ein Stück xylan Kuchen | ein Freund xylan ihm :: of | a slice of the cake | a friend of his',
      'xylzu {prp} :: to (expressing directional movement)',
      'xylzu {prp} :: with',
      'xylzu {prp} | xylzu Fuß gehen :: to | to go to school on foot',
    ].join('\n');
    const support = senseSupport(parseDing(lines), lines);
    expect(support('xylan', 'of')).toBe(4);
    expect(support('xylan', 'off')).toBe(1);
    expect(support('xylzu', 'to (expressing directional movement)')).toBe(3);
  });

  it('puts the sense the source gives most often first, before a commoner English word it gives once', () => {
    expect(senses(built((r) => r), 'Pumpel')[0]).toBe('lordship');
    expect(senses(built((r) => rankBySupport(r, senseSupport(r, lines))), 'Pumpel')[0]).toBe('heap');
  });

  it("does not lift a line for a gloss a line above it already shows (a school of fish is no reason for 'pod')", () => {
    expect(senses(built((r) => rankBySupport(r, senseSupport(r, lines))), 'Lehre').slice(0, 2)).toEqual(['school', 'tutor']);
  });

  it("lifts a verb's line for its gloss though the noun of the same letters shows it above (kosten: to cost)", () => {
    expect(senses(built((r) => rankBySupport(r, senseSupport(r, lines))), 'zelpen', { upos: 'VERB' })[0]).toBe('to charge');
  });
});

describe("the source's own lines choose among a phrase's senses, as among a word's", () => {
  // Invented: `im Quarz` is first given as `essentially`, a word as common in English as `above all`, and then as `above
  // all` in two examples of other lines, once with more words; `bei Quarz` is given once each way.
  const words = readFrequencies(['essentially 1000', 'above 1000', 'all 1000', 'quartz 1000', 'pebble 1000', 'nearby 1000', 'near 1000'].join('\n'), 1);
  const lines = [
    'im Quarz {adv} :: essentially',
    'bei Quarz {adv} :: nearby',
    'Quarz {m} | im Quarz | im Quarz gesagt :: quartz | above all | above all said',
    'bei Quarz {adv} :: near',
    'Kiesel {m} | im Quarz :: pebble | above all',
  ].join('\n');
  const records = parseDing(lines);
  const asset = writeAsset('en', rankBySupport(records.map((r) => rankRecord(r, words)), phraseSupport(records, lines)));

  it.each([
    ['im Quarz', 'above all', 3],
    ['im Quarz', 'essentially', 1],
    ['bei Quarz', 'nearby', 1],
    ['Quarz', 'quartz', 0],
  ])('counts the groups that give %s with %s: %i', (phrase, sense, n) => {
    expect(phraseSupport(records, lines)(phrase, sense)).toBe(n);
  });

  it('shows the sense the source gives the phrase most often first in a sentence that has it', () => {
    const dictionary = parseDictionary({ en: new TextEncoder().encode(asset) });
    const card = lookupWord('Quarz', {
      dictionary, glossary: defaultLanguage.glossary, context: contextWords('Das gilt im Quarz für alle.'),
      lemmatize: (w) => [w === 'im' ? { lemma: 'in', upos: 'ADP' } : { lemma: w, upos: 'NOUN', gender: 'der' }],
    });
    expect(card.senses.slice(0, 2)).toEqual(['above all', 'essentially']);
  });

  it("writes a phrase's lines together, best ranked first, where its first line stood", () => {
    const phraseLines = asset.split('\n').filter((l) => / Quarz\t/.test(l)).map((l) => l.split('\t')[0] + ': ' + l.split('\t')[3]);
    expect(phraseLines).toEqual(['im Quarz: above all', 'im Quarz: essentially', 'bei Quarz: nearby', 'bei Quarz: near']);
  });
});

/** Grammar words of the sentences below, as the lemmatizer reads them; any other word is a noun here. */
/**
 * The first sense the glossary `lines` gives the invented verb `xylen` in a sentence, its other words read as `words`
 * says (a noun otherwise).
 */
const firstSenseOfXylen = (lines: string, words: Record<string, LemmaCandidate>) => {
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  return (sentence: string) => lookupWord('xylen', {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === 'xylen' ? { lemma: 'xylen', upos: 'VERB' } : words[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  }).senses[0];
};

const GRAMMAR: Record<string, LemmaCandidate> = {
  es: { lemma: 'es', upos: 'PRON' }, im: { lemma: 'in', upos: 'ADP' }, um: { lemma: 'um', upos: 'ADP' }, sich: { lemma: 'sich', upos: 'PRON' }, die: { lemma: 'der', upos: 'DET' }, zu: { lemma: 'zu', upos: 'ADP' }, an: { lemma: 'an', upos: 'ADP' }, in: { lemma: 'in', upos: 'ADP' }, ist: { lemma: 'sein', upos: 'AUX' }, stiegen: { lemma: 'steigen', upos: 'VERB' }, einem: { lemma: 'ein', upos: 'DET' },
};
const inSentence = (word: string, reading: LemmaCandidate, sentence: string) =>
  lookupWord(word, {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === word ? reading : GRAMMAR[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  });

describe('lookupWord chooses senses by the reading and the sentence', () => {
  it('shows a gloss once when another line gives it with its abbreviation (weight, weight /wt/)', () => {
    const gewicht = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('Gewicht {n} :: weight\nGewicht {n} :: weight /wt/; heft'))) });
    const reading: LemmaCandidate = { lemma: 'Gewicht', upos: 'NOUN', gender: 'das' };
    expect(lookupWord('Gewicht', { dictionary: gewicht, glossary: defaultLanguage.glossary, lemmatize: () => [reading] }).senses).toEqual(['weight', 'heft']);
  });
  it('never gives an idiom as a sense of the bare word, and lists it as a phrase', () => {
    const c = card('ist', { lemma: 'sein', upos: 'AUX' }, 'Das Wetter ist schön');
    expect(c.senses[0]).toBe('to be');
    expect(c.senses).not.toContain('to object to sth.');
    expect(c.phrases.map((p) => p.form)).toContain('gegen etw. sein');
  });

  it('gives the idiom first when its other words stand in the sentence', () => {
    expect(card('ist', { lemma: 'sein', upos: 'AUX' }, 'Sie ist gegen den Plan').senses.slice(0, 2)).toEqual(['to object to sth.', 'to oppose sth.']);
  });

  it("chooses an idiom by the clicked word's clause, not by another clause of the sentence", () => {
    expect(card('ist', { lemma: 'sein', upos: 'AUX' }, 'Das Ziel ist klar, weil die Partei gegen den Plan stimmt').senses[0]).toBe('to be');
  });

  it('reads a clause across a bracket, a list and a number written with marks', () => {
    expect(card('ist', { lemma: 'sein', upos: 'AUX' }, 'Sie ist (wie immer) mit 3,5 Stimmen gegen den Plan').senses[0]).toBe('to object to sth.');
    // The words before the commas of a list have no verb: they belong to the clause of `ist`.
    expect(inSentence('ist', { lemma: 'sein', upos: 'AUX' }, 'Ob sie gegen Steuern, Zölle oder Abgaben ist, bleibt offen').senses[0]).toBe('to object to sth.');
  });

  it('chooses an idiom by a preposition only where the clicked verb is the one it stands by, not another verb of the clause', () => {
    // Invented lines and words: `blumen` is a verb, `mit etw. blumen` an idiom of it, `vertragen` another verb.
    const lines = 'blumen {vt} :: to have sth.\netw. mit jdm. blumen {vt} :: to carry on with sb.\netw. vertragen {vt} :: to agree sth.';
    const blumen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    const words: Record<string, LemmaCandidate[]> = {
      mit: [{ lemma: 'mit', upos: 'ADP' }], denen: [{ lemma: 'der', upos: 'PRON' }], die: [{ lemma: 'der', upos: 'DET' }], der: [{ lemma: 'der', upos: 'DET' }],
      vertragen: [{ lemma: 'vertragen', upos: 'VERB' }], vertragt: [{ lemma: 'vertragen', upos: 'VERB' }, { lemma: 'vertragt', upos: 'ADJ' }],
      // An inflected adjective that is also a verb's form (`die vertragten Zölle`) stands before a noun, not as a verb.
      vertragten: [{ lemma: 'vertragen', upos: 'VERB' }, { lemma: 'vertragt', upos: 'ADJ' }],
      hat: [{ lemma: 'haben', upos: 'AUX' }, { lemma: 'haben', upos: 'VERB' }],
    };
    const first = (word: string, sentence: string) => lookupWord(word, {
      dictionary: blumen, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => (w === word ? [{ lemma: 'blumen', upos: 'VERB' }] : words[w.toLowerCase()] ?? [{ lemma: w, upos: 'NOUN' }]),
    }).senses[0];
    expect(first('blumt', 'Sie blumt mit Karl')).toBe('to carry on with sb.');
    expect(first('blumt', 'Die Partei blumt mit den Zöllen')).toBe('to carry on with sb.');
    // The preposition stands before the verb that closes the clause: mit is vertragt's, not blumt's.
    expect(first('blumt', 'Das sind die Länder, mit denen die Partei Zölle vertragt blumt')).toBe('to have sth.');
    expect(first('blumt', 'Die Partei blumt Zölle, die sie mit Karl vertragen')).toBe('to have sth.');
    expect(first('blumt', 'Die Partei blumt mit Karl die vertragten Zölle')).toBe('to carry on with sb.');
    // A word that may be an auxiliary is no rival: the clicked verb closing the clause is the preposition's.
    expect(first('geblumt', 'Sie hat mit Karl geblumt')).toBe('to carry on with sb.');
    expect(first('blumen', 'Mit Karl vertragen und Zölle blumen')).toBe('to have sth.');
  });

  it('leaves an idiom a preposition alone would choose among the phrases where the glossary gives it only colloquial, old or formal glosses', () => {
    // Invented lines and words: `xylen` is a verb, `etw. in etw. xylen` an old idiom of it, `sich auf etw. xylen` a colloquial one.
    const lines = 'xylen {vt} :: to bring sth.\netw. in etw. xylen {vt} :: to infuse sth. into sth. [archaic]\netw. an etw. xylen {vt} :: to fix sth. to sth. [fig.]\nsich auf etw. xylen {vr} :: to pounce on sth. [coll.]';
    const xylen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    const prepositions = new Set(['in', 'an', 'auf']);
    const c = (word: string, sentence: string) => lookupWord(word, {
      dictionary: xylen, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => [w === word ? { lemma: 'xylen', upos: 'VERB' } : prepositions.has(w) ? { lemma: w, upos: 'ADP' } : w === 'sich' ? { lemma: w, upos: 'PRON' } : { lemma: w, upos: 'NOUN' }],
    });
    expect(c('xylt', 'Karl xylt Kisten in Lager').senses[0]).toBe('to bring sth.');
    expect(c('xylt', 'Karl xylt Kisten in Lager').phrases.map((p) => p.form)).toContain('etw. in etw. xylen');
    // A figurative gloss comes after the first plain entry, which says the wording literally; a marked one with sich is chosen.
    expect(c('xylt', 'Karl xylt Kisten an Wand').senses.slice(0, 2)).toEqual(['to bring sth.', 'to fix sth. to sth. [fig.]']);
    expect(c('xylt', 'Karl xylt sich auf Kisten').senses[0]).toBe('to pounce on sth. [coll.]');
  });

  it('leaves a wording the glossary narrows by a note among the phrases where it also gives the same wording plain', () => {
    // Invented lines: `mit jdm. xylen` said of a secret plot, and the same wording plain.
    const lines = 'xylen {vi} :: to drift\nmit jdm. (heimlich) xylen {v} :: to plot with sb.\nmit jdm. xylen :: to team up with sb.';
    const xylen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    const c = (lines2?: string) => lookupWord('xylt', {
      dictionary: lines2 ? parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines2))) }) : xylen,
      glossary: defaultLanguage.glossary, context: contextWords('Karl xylt mit Anna'),
      lemmatize: (w) => [w === 'xylt' ? { lemma: 'xylen', upos: 'VERB' } : w === 'mit' ? { lemma: w, upos: 'ADP' } : { lemma: w, upos: 'PROPN' }],
    });
    expect(c().senses[0]).toBe('to drift');
    expect(c().phrases.flatMap((p) => p.senses)).toEqual(expect.arrayContaining(['to plot with sb.', 'to team up with sb.']));
    // Without the plain twin the note is no reason to pass over what the clause's preposition chose.
    expect(c('xylen {vi} :: to drift\nmit jdm. (heimlich) xylen {v} :: to plot with sb.').senses[0]).toBe('to plot with sb.');
  });

  it("reads a slot the glossary writes out (einer Sache) as a slot: the wording is the verb's, chosen by its preposition, after its plain senses otherwise", () => {
    // Invented lines: `xylen` with a written-out slot, a plain sense and a narrower use with the slot alone.
    const lines = 'jdn./etw. mit jdm./einer Sache xylen {vt} :: to compare sb./sth. with sb./sth.\nxylen {vt} :: to settle\neiner Sache xylen {vi} :: to heed sth.';
    const records = parseDing(lines);
    expect(records.map((r) => r.headword)).toEqual(['xylen', 'xylen', 'xylen']);
    const xylen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', records.map((r) => rankRecord(r, freq)))) });
    const c = (sentence: string) => lookupWord('xylt', {
      dictionary: xylen, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => [w === 'xylt' ? { lemma: 'xylen', upos: 'VERB' } : w === 'mit' ? { lemma: w, upos: 'ADP' } : { lemma: w, upos: 'NOUN' }],
    }).senses;
    expect(c('Karl xylt Birnen mit Äpfeln')[0]).toBe('to compare sb./sth. with sb./sth.');
    expect(c('Karl xylt Birnen')).toEqual(['to settle', 'to heed sth.']);
  });

  it("takes no preposition fused with an article for a person's slot, nor a particle before the verb for a preposition", () => {
    // Invented lines: `xylen` is a verb, `zu jdm. xylen` an idiom with a person's slot, `mit etw. xylen` one with a thing's.
    const lines = 'xylen {vi} :: to come\nzu jdm. xylen {vi} :: to come up to sb.\nmit etw. xylen {vi} :: to deal with sth.';
    const xylen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    const grammar: Record<string, LemmaCandidate> = { zu: { lemma: 'zu', upos: 'ADP' }, zum: { lemma: 'zu', upos: 'ADP' }, mit: { lemma: 'mit', upos: 'ADP' }, es: { lemma: 'es', upos: 'PRON' } };
    const first = (word: string, sentence: string) => lookupWord(word, {
      dictionary: xylen, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => [w === word ? { lemma: 'xylen', upos: 'VERB' } : grammar[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
    }).senses[0];
    expect(first('xylt', 'Karl xylt zu Anna')).toBe('to come up to sb.');
    expect(first('xylt', 'Der Chip xylt zum Einsatz')).toBe('to come');
    // A wording with a thing's slot is chosen by a fused preposition as before.
    expect(first('xylt', 'Karl xylt mit Kisten')).toBe('to deal with sth.');
    // `zu` right before the verb marks its infinitive: it has no object to be the idiom's.
    expect(first('xylen', 'Karl plant Anna zu xylen')).toBe('to come');
  });

  it("reads sich beside lassen as lassen's, not as the infinitive's reflexive (Das lässt sich vergleichen)", () => {
    const lines = 'xylen {vt} :: to compare\nsich xylen {vr} :: to settle';
    const first = firstSenseOfXylen(lines, { sich: { lemma: 'sich', upos: 'PRON' }, lässt: { lemma: 'lassen', upos: 'VERB' }, das: { lemma: 'der', upos: 'PRON' } });
    expect(first('Die Parteien xylen sich')).toBe('to settle');
    expect(first('Das lässt sich nicht xylen')).toBe('to compare');
  });

  it('puts a wording whose only object is a dative person after the others where no word of the clause may be that person', () => {
    const lines = 'jdm. xylen {vi} :: to be with sb.\nxylen {vi} :: to exist';
    const first = firstSenseOfXylen(lines, {
      uns: { lemma: 'wir', upos: 'PRON' }, der: { lemma: 'der', upos: 'DET' }, die: { lemma: 'der', upos: 'DET' }, dem: { lemma: 'der', upos: 'DET' },
      seit: { lemma: 'seit', upos: 'ADP' }, noch: { lemma: 'noch', upos: 'ADV' }, nicht: { lemma: 'nicht', upos: 'PART' },
    });
    expect(first('Die Zahlen xylen noch nicht.')).toBe('to exist');
    // der after a noun is its genitive.
    expect(first('Die Zahlen der Behörde xylen noch nicht.')).toBe('to exist');
    expect(first('Die Zahlen dieser Behörde xylen noch nicht.')).toBe('to exist');
    // Not after a pronoun, the polite Sie: the determiner is the dative person's.
    expect(first('Bitte xylen Sie dieser Behörde.')).toBe('to be with sb.');
    expect(first('Können Sie dieser Behörde xylen?')).toBe('to be with sb.');
    // A preposition's object is no object of the verb.
    expect(first('Die Zahlen xylen seit dem Frühjahr.')).toBe('to exist');
    expect(first('Uns xylen die Zahlen noch nicht.')).toBe('to be with sb.');
    expect(first('Der Behörde xylen die Zahlen.')).toBe('to be with sb.');
  });

  it('shows three different meanings first: a sense that only adds words to one shown, or a third of one entry, goes behind the next that does not', () => {
    const senses = (lines: string, word: string) => lookupWord(word, {
      dictionary: parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) }), glossary: defaultLanguage.glossary,
      lemmatize: () => [{ lemma: word, upos: 'VERB' }],
    }).senses.slice(0, 3);
    expect(senses('xylen {vt} :: to blame sb.; to put the blame on sb.; to shift the blame onto sb.\nxylen {vt} :: to accuse sb.', 'xylen'))
      .toEqual(['to blame sb.', 'to accuse sb.', 'to put the blame on sb.']);
    // A sense with fewer words than one shown before it is no repeat of it: the wider one is news.
    expect(senses('zolen {vt} :: to go along; to go\nzolen {vt} :: to walk', 'zolen')).toEqual(['to go along', 'to go', 'to walk']);
    // An entry's synonyms fill two places at most: the third is another entry's meaning, if one has any.
    expect(senses('quaken {vt} :: to mend; to repair; to fix\nquaken {vt} :: to tune', 'quaken')).toEqual(['to mend', 'to repair', 'to tune']);
    expect(senses('quaken {vt} :: to mend; to repair; to fix', 'quaken')).toEqual(['to mend', 'to repair', 'to fix']);
  });

  it('gives a word the glossary lists only with its preposition that sense without it', () => {
    const profit = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('von etw. zehren {vi} :: to live off sth.'))) });
    const c = lookupWord('zehren', { dictionary: profit, glossary: defaultLanguage.glossary, context: contextWords('Alle zehren.'), lemmatize: (w) => [w === 'zehren' ? { lemma: 'zehren', upos: 'VERB' } : w === 'von' ? { lemma: 'von', upos: 'ADP' } : { lemma: w, upos: 'PRON' }] });
    expect(c.senses).toEqual(['to live off sth.']);
  });

  it('gives a reflexive idiom only when the sentence has its sich too', () => {
    expect(card('entschieden', { lemma: 'entscheiden', upos: 'VERB' }, 'Sie hat sich für den Plan entschieden').senses[0]).toBe('to opt for sth.');
    expect(card('entschied', { lemma: 'entscheiden', upos: 'VERB' }, 'Er entschied für die Familie').senses).toEqual(['to decide']);
  });

  it('puts senses of another part of speech after those of a content word', () => {
    expect(card('Sein', { lemma: 'Sein', upos: 'NOUN' }).senses[0]).toBe('being');
    expect(card('Sein', { lemma: 'Sein', upos: 'NOUN' }).senses).toContain('to be');
  });

  it("gives a grammar word its reading's plain senses only: no pronoun, noun or specialist sense beside the verb", () => {
    expect(card('ist', { lemma: 'sein', upos: 'AUX' }).senses).toEqual(['to be']);
    expect(card('sein', { lemma: 'sein', upos: 'DET' }).senses[0]).toBe('his');
    expect(card('sein', { lemma: 'sein', upos: 'DET' }).senses).not.toContain('to be');
  });

  it('gives the reflexive sense first with sich in the sentence, and last without', () => {
    expect(card('kündigt', { lemma: 'ankündigen', upos: 'VERB' }, 'Ein Sturm kündigt sich an').senses[0]).toBe('to loom');
    expect(card('kündigte', { lemma: 'ankündigen', upos: 'VERB' }, 'Sie kündigte den Besuch an').senses.at(-1)).toBe('to loom');
  });

  it('gives an idiom the sentence chooses first even when its wording is marked colloquial', () => {
    const stuerzen: LemmaCandidate = { lemma: 'stürzen', upos: 'VERB' };
    expect(card('stürzt', stuerzen, 'Er stürzt sich auf das Essen').senses[0]).toBe('to pounce on sth. [coll.]');
    expect(card('stürzt', stuerzen, 'Er stürzt auf das Eis').senses[0]).toBe('to fall');
  });

  it("reads a first or second person's reflexive pronoun beside its subject as sich (Ich stelle mir das vor)", () => {
    const vorstellen: LemmaCandidate = { lemma: 'vorstellen', upos: 'VERB' };
    expect(card('stelle', vorstellen, 'Ich stelle mir das Haus vor').senses[0]).toBe('to imagine sth.');
    expect(card('stellen', vorstellen, 'Wir stellen uns das Haus vor').senses[0]).toBe('to imagine sth.');
    // An object of another subject, or in another clause, is no reflexive pronoun.
    expect(card('stellst', vorstellen, 'Du stellst mir das Haus vor').senses[0]).toBe('to present');
    expect(card('stellt', vorstellen, 'Ich hoffe, er stellt mir das Haus vor').senses[0]).toBe('to present');
  });

  it('reads the sentence as the popover does: words behind quotes and dashes count', () => {
    expect(card('kündigte', { lemma: 'ankündigen', upos: 'VERB' }, 'Der Winter kündigte – „sich“ – früh an.').senses[0]).toBe('to loom');
  });

  it('takes the part of speech and gender from its reading in the sentence', () => {
    expect(card('Steuer', clickReading('Steuer', { upos: 'NOUN', gender: 'die' })).senses[0]).toBe('tax');
    expect(clickReading('Steuer', undefined)).toEqual({ lemma: 'Steuer', upos: 'X' });
  });

  it('chooses between homographs by the gender the sentence gives', () => {
    expect(card('Steuer', { lemma: 'Steuer', upos: 'NOUN', gender: 'die' }).senses[0]).toBe('tax');
    expect(card('Steuer', { lemma: 'Steuer', upos: 'NOUN', gender: 'das' }).senses[0]).toBe('rudder');
  });

  it("puts a sense marked colloquial after the plain senses of the word's other entries too", () => {
    expect(card('Ecke', { lemma: 'Ecke', upos: 'NOUN', gender: 'die' }).senses).toEqual(['corner', 'angle', 'neck of the woods [coll.]']);
  });

  it('takes a word spelt the British and the American way for one plain sense, and a regional word pair for marked ones', () => {
    const farbe = card('Farbe', { lemma: 'Farbe', upos: 'NOUN', gender: 'die' });
    expect(farbe.senses).toEqual(['colour / color', 'hue']);
    // The card's entry gives the sense as shown, so the popover finds the entry it comes from.
    expect(farbe.entries.map((e) => e.senses)).toEqual([['colour / color'], ['hue']]);
    expect(card('Aufzug', { lemma: 'Aufzug', upos: 'NOUN', gender: 'der' }).senses).toEqual(['hoist', 'lift [Br.]', 'elevator [Am.]']);
  });

  it('shows a gloss without the forms Ding adds in angle brackets for its search, and its entry as shown', () => {
    const aus = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('jdm. aushelfen {vi} :: to help out <> sb.; to tide over <> sb.'))) });
    const c = lookupWord('half', { dictionary: aus, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'aushelfen', upos: 'VERB' }] });
    expect(c.senses).toEqual(['to help out sb.', 'to tide over sb.']);
    expect(c.entries[0]!.senses).toEqual(c.senses);
  });

  it("shows a sense given again without its label as written there, in the labelled one's place", () => {
    const mark = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Xylmark {f} (einschränkende) :: border [fig.]
Xylmark {f} :: limit
Xylmark {f} (zu einem anderen Land) [pol.] :: border; state border`))) });
    const c = lookupWord('Xylmark', { dictionary: mark, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'Xylmark', upos: 'NOUN', gender: 'die' }] });
    expect(c.senses).toEqual(['border', 'limit', 'state border']);
  });

  it('takes a spelling pair for one sense also where a symbol stands spaced between slashes after it', () => {
    const zent = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('Zentprozent {n} :: zentpercent [Am.] / % /; zent per cent [Br.]'))) });
    const c = lookupWord('Zentprozent', { dictionary: zent, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'Zentprozent', upos: 'NOUN', gender: 'das' }] });
    expect(c.senses).toEqual(['zentpercent / zent per cent']);
  });

  it("chooses between homographs by the plural the sentence has (Banken, Bänke), where the glossary gives each one's", () => {
    expect(card('Banken', { lemma: 'Bank', upos: 'NOUN', gender: 'die' }, 'Die Banken schließen').senses).toEqual(['bank', 'bench']);
    expect(card('Bänke', { lemma: 'Bank', upos: 'NOUN', gender: 'die' }, 'Die Bänke sind nass').senses).toEqual(['bench', 'bank']);
    expect(card('Bank', { lemma: 'Bank', upos: 'NOUN', gender: 'die' }, 'Die Bank ist nass').senses).toEqual(['bench', 'bank']);
  });

  it('groups near-duplicate senses', () => {
    expect(card('mag', { lemma: 'mögen', upos: 'VERB' }).senses).toEqual(['to like sb.', 'to be fond of sb.']);
  });

  it.each([
    ['Gestern sprach Nina Bulle in Nordland.', 'Bulle PROPN - -'],
    ['Nordland: Jan Bulle, Nina Berg und Ole Kram gewannen.', 'Bulle PROPN - -'],
  ])("shows a name after a first name as the person's, not the common noun it is spelled like: %s", (sentence, expected) => {
    const c = card('Bulle', { lemma: 'Bulle', upos: 'PROPN' }, sentence);
    expect(`${c.lemma} ${c.pos} ${c.gender ?? '-'} ${c.plural ?? '-'}`).toBe(expected);
    // A name alone says nothing so: the glossary's noun stays (as a month's or a weekday's).
    expect(card('Bulle', { lemma: 'Bulle', upos: 'PROPN' }, 'Gestern sprach Bulle in Nordland.').gender).toBe('der');
  });

  it('keeps the senses of a noun read as a surname: after a dative first name they are its meaning (`Sie gab Nina Geld`)', () => {
    expect(card('Bulle', { lemma: 'Bulle', upos: 'PROPN' }, 'Sie zeigte Nina Bulle.').senses).toContain('bull');
  });

  it('labels a word of Austrian standard German', () => {
    const c = card('Jänner', { lemma: 'Jänner', upos: 'NOUN' });
    expect(c.regions).toEqual(['at']);
    expect(c.senses).toEqual(['January']);
    expect(card('Steuer', { lemma: 'Steuer', upos: 'NOUN' }).regions).toBeUndefined();
  });

  it("leaves out a grammar word's specialist senses and puts a sense marked colloquial or regional after plain ones", () => {
    expect(card('ist', { lemma: 'sein', upos: 'AUX' }).senses).not.toContain('to equal sth.');
    expect(card('mit', { lemma: 'mit', upos: 'ADP' }).senses).toEqual(['with', 'as from [Br.]', 'as of [Am.] (+ expression of time)']);
    expect(card('Bulle', { lemma: 'Bulle', upos: 'NOUN', gender: 'der' }).senses).toEqual(['bull', 'cop']);
  });

  it('gives an adjective as written its adverb senses too, an inflected one its adjective senses first', () => {
    expect(card('deutlich', { lemma: 'deutlich', upos: 'ADJ' }, 'Die Preise stiegen deutlich').senses.slice(0, 3)).toEqual(['clear', 'clearly', 'distinctly']);
    expect(card('deutliche', { lemma: 'deutlich', upos: 'ADJ' }, 'Eine deutliche Mehrheit').senses.slice(0, 3)).toEqual(['clear', 'sharp', 'distinct']);
  });

  it('gives an adjective as written its adverb senses first where it modifies a number, adjective or adverb after it', () => {
    const readings: Record<string, LemmaCandidate> = { deutlich: { lemma: 'deutlich', upos: 'ADJ' }, höher: { lemma: 'hoch', upos: 'ADJ' }, und: { lemma: 'und', upos: 'CCONJ' } };
    const look = (sentence: string) => lookupWord('deutlich', { dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => [readings[w] ?? { lemma: w, upos: 'NOUN' }] }).senses.slice(0, 3);
    expect(look('Die Preise sind deutlich höher')).toEqual(['clearly', 'distinctly', 'clear']);
    expect(look('Es kamen deutlich 300 Gäste mehr')).toEqual(['clearly', 'distinctly', 'clear']);
    // Before a conjunction, or at the end, it may be the predicate: the adjective's first.
    expect(look('Die Schrift ist deutlich und groß')).toEqual(['clear', 'clearly', 'distinctly']);
  });

  it("lets the sentence's sich choose a verb sense only for a verb, and its governed preposition the more exact idiom", () => {
    expect(card('Verfahren', { lemma: 'Verfahren', upos: 'NOUN', gender: 'das' }, 'Das Verfahren zog sich hin').senses[0]).toBe('procedure');
    expect(card('gewandt', { lemma: 'wenden', upos: 'VERB' }, 'Sie hat sich an die Polizei gewandt').senses[0]).toBe('to turn to sb.');
  });

  it("reads an inflected adjective under its headword in another spelling as the adjective: its adverb's senses after", () => {
    // Invented: the lexicon's lemma `nordik` is the glossary's `nordig`, whose adverb line stands first.
    const spelt = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`nordig {adv} :: surely
nordig {adj} :: sure`))) });
    const reading: LemmaCandidate = { lemma: 'nordik', upos: 'ADJ', gloss: 'nordig' };
    expect(lookupWord('nordige', { dictionary: spelt, glossary: defaultLanguage.glossary, lemmatize: () => [reading], context: contextWords('Ole Brandt hat eine nordige Ahnung') })
      .senses).toEqual(['sure', 'surely']);
  });

  it("reads a subordinating conjunction with the glossary's conjunctions, the one code it has for both", () => {
    // Invented: before, the line without a code was the only one a subordinating conjunction fitted.
    const conjunctions = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`nordweil {conj} :: because
nordweil :: forasmuch [obs.]`))) });
    expect(lookupWord('nordweil', { dictionary: conjunctions, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'nordweil', upos: 'SCONJ' }] }).senses)
      .toEqual(['because', 'forasmuch [obs.]']);
  });

  describe('grammar words the glossary codes otherwise than UD', () => {
    // Invented lines: a line without a code stood first, or alone, where the reading fitted no coded line.
    const words = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`nordnicht {adv} :: not
nordnicht :: noddies
nordihr {pron} :: her; their
nordihr :: you-all
nordkeine {pron} :: no; none
nordals {conj} :: as
nordals :: qua
nordzu {adv} :: too
nordzu {conj} :: to`))) });
    const senses = (word: string, reading: LemmaCandidate) => lookupWord(word, { dictionary: words, glossary: defaultLanguage.glossary, lemmatize: () => [reading] }).senses;

    it.each([
      // A particle (UD PART) reads the glossary's adverb: it has no code for a particle.
      ['nordnicht', { lemma: 'nordnicht', upos: 'PART' }, ['not', 'noddies']],
      // A determiner the glossary lists as a pronoun only reads as one.
      ['nordihre', { lemma: 'nordihr', upos: 'DET' }, ['her', 'their', 'you-all']],
      // One it lists as written only, not under its lemma, reads that line.
      ['nordkeine', { lemma: 'nordkein', upos: 'DET' }, ['no', 'none']],
      // Its lemma as written and its other forms read that line too, as adjectives are cited with -e.
      ['nordkein', { lemma: 'nordkein', upos: 'DET' }, ['no', 'none']],
      ['nordkeinen', { lemma: 'nordkein', upos: 'DET' }, ['no', 'none']],
      // A preposition it lists as a conjunction only (`als Chef`) reads as one.
      ['nordals', { lemma: 'nordals', upos: 'ADP' }, ['as', 'qua']],
      // A particle it lists as a conjunction too is the infinitive's: that line, not the adverb's (too).
      ['nordzu', { lemma: 'nordzu', upos: 'PART' }, ['to']],
    ] as const)('%s read as %j means %j', (word, reading, expected) => {
      expect(senses(word, reading)).toEqual(expected);
    });
  });

  it("reads no phrase that ends in an article before its noun: mit dem Nordwagen is with, not the relative's whereby", () => {
    // Invented lines; `dem` is the article or the relative pronoun, `Nordwagen` a noun.
    const relative = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`mit {prp} :: with
mit dem :: whereby`))) });
    const readings: Readonly<Record<string, LemmaCandidate[]>> = {
      mit: [{ lemma: 'mit', upos: 'ADP' }], dem: [{ lemma: 'der', upos: 'DET' }, { lemma: 'der', upos: 'PRON' }], Nordwagen: [{ lemma: 'Nordwagen', upos: 'NOUN' }],
      er: [{ lemma: 'er', upos: 'PRON' }], fährt: [{ lemma: 'fahren', upos: 'VERB' }],
    };
    const first = (sentence: string) => lookupWord('mit', {
      dictionary: relative, glossary: defaultLanguage.glossary, lemmatize: (w) => readings[w] ?? [], context: contextWords(sentence),
    }).senses[0];
    expect([first('Ole fährt mit dem Nordwagen'), first('Das ist der Nordwagen, mit dem er fährt')]).toEqual(['with', 'whereby']);
  });

  it("gives a copula's clause's preposition to the noun before it or the adjective after its object, not to the copula", () => {
    const copula = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`für etw. sein {v} :: to approve of sth.
sein {vi} :: to be`))) });
    const readings: Readonly<Record<string, LemmaCandidate[]>> = {
      ist: [{ lemma: 'sein', upos: 'AUX' }], für: [{ lemma: 'für', upos: 'ADP' }], den: [{ lemma: 'der', upos: 'DET' }], die: [{ lemma: 'der', upos: 'DET' }],
      Minister: [{ lemma: 'Minister', upos: 'NOUN' }], Verkehr: [{ lemma: 'Verkehr', upos: 'NOUN' }], Plan: [{ lemma: 'Plan', upos: 'NOUN' }],
      Bahn: [{ lemma: 'Bahn', upos: 'NOUN' }], zuständig: [{ lemma: 'zuständig', upos: 'ADJ' }], Ole: [{ lemma: 'Ole', upos: 'PROPN' }],
    };
    const first = (sentence: string) => lookupWord('ist', {
      dictionary: copula, glossary: defaultLanguage.glossary, lemmatize: (w) => readings[w] ?? [], context: contextWords(sentence),
    }).senses[0];
    expect(['Ole ist Minister für Verkehr', 'Ole ist für die Bahn zuständig', 'Ole ist für den Plan'].map(first)).toEqual(['to be', 'to be', 'to approve of sth.']);
  });

  it("reads a two-way preposition's line for the case its article shows: im Nordhaus in, in das Nordhaus into", () => {
    const twoWay = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`in {prp; wohin? +Akk.} :: into
in {prp; wo? +Dat.} :: in`))) });
    const first = (word: string, sentence: string) => lookupWord(word, {
      dictionary: twoWay, glossary: defaultLanguage.glossary, lemmatize: (w) => (w === word ? [{ lemma: 'in', upos: 'ADP' }] : []), context: contextWords(sentence),
    }).senses[0];
    expect([first('im', 'Ole wohnt im Nordhaus'), first('in', 'Ole wohnt in dem Nordhaus'), first('in', 'Ole geht in das Nordhaus')]).toEqual(['in', 'in', 'into']);
  });

  it("reads the case a two-way preposition's object shows without dem or die: in Nordland, in seinem Haus in; in eine Hütte into", () => {
    const twoWay = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`in {prp; wohin? +Akk.} :: into
in {prp; wo? +Dat.} :: in`))) });
    const first = (sentence: string) => lookupWord('in', {
      dictionary: twoWay, glossary: defaultLanguage.glossary, lemmatize: (w) => (w === 'in' ? [{ lemma: 'in', upos: 'ADP' }] : []), context: contextWords(sentence),
    }).senses[0];
    const rows: [string, string][] = [
      ['Ole Brandt wohnt in Nordland', 'in'],
      ['Ole Brandt arbeitet in Kiel und Nordau', 'in'],
      ['Ole Brandt schläft in seinem Haus', 'in'],
      ['Ole Brandt lebt in einer Hütte', 'in'],
      ['Ole Brandt zieht in eine Hütte', 'into'],
      ['Ole Brandt geht in dieses Haus', 'into'],
      // A masculine accusative or a plural dative: the glossary's order.
      ['Ole Brandt geht in den Wald', 'into'],
      // A place's name after `in` and an article of the accusative elsewhere: the click's place is not known.
      ['Ole Brandt zieht in Nordau in die Hütte', 'into'],
    ];
    expect(rows.map(([sentence]) => [sentence, first(sentence)])).toEqual(rows);
  });

  it('reads a compound the glossary lacks under its noun head as that noun, whatever sich its clause has', () => {
    expect(card('Nordland-Verfahren', { lemma: 'Nordland-Verfahren', upos: 'NOUN', gender: 'das', gloss: 'Verfahren' }, 'Ole Brandt setzt sich für das Nordland-Verfahren ein')
      .senses[0]).toBe('procedure');
  });

  it('gives a phrase of the sentence first when the bare word lacks its meaning (es gibt, im Grunde), under the word itself', () => {
    const gibt = inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Heute gibt es Regen');
    expect([gibt.lemma, gibt.senses[0]]).toEqual(['geben', 'there is']);
    expect(inSentence('Grunde', { lemma: 'Grund', upos: 'NOUN', gender: 'der' }, 'Im Grunde hat sie recht').senses[0]).toBe('basically');
  });

  it('takes no phrase whose preposition has an object of its own in the sentence: ist zu einem Besuch is not zu sein', () => {
    expect(inSentence('ist', { lemma: 'sein', upos: 'AUX' }, 'Die Ministerin ist zu einem Besuch gereist').senses).toEqual(['to be']);
    expect(inSentence('ist', { lemma: 'sein', upos: 'AUX' }, 'Der Laden ist zu.').senses[0]).toBe('to be closed');
  });

  it('finds es gibt in a subordinate clause, where the verb closes the clause and es opens it after the conjunction', () => {
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Sie sagt, dass es morgen kaum Regen gibt.').senses[0]).toBe('there is');
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Sie hofft, dass es Regen gibt, und lacht').senses[0]).toBe('there is');
    // An object pronoun stands after the subject: he gives it to her.
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Sie weint, weil er es ihr gibt').senses).toEqual(['to give']);
    // A comma ends the clause: `es` of the next one is not this verb's.
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Er gibt, es regnet aber').senses).toEqual(['to give']);
  });

  it('leaves the phrase out where its words are apart or another content word makes it (scharfe Kritik)', () => {
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Es regnet, er gibt ihr den Schirm').senses).toEqual(['to give']);
    expect(inSentence('scharfe', { lemma: 'scharf', upos: 'ADJ' }, 'Sie übte scharfe Kritik').senses).toEqual(['sharp']);
    // A numbered or punctuated wording is a formula, not a phrase.
    expect(inSentence('zweite', { lemma: 'zweit', upos: 'ADJ' }, 'Die zweite Option gewinnt').senses).not.toContain('Scene 4, take 2!');
  });

  it('gives first the English verb a weak verb was taken over from (testen: to test), not an old shared one (halten: to halt)', () => {
    const lines = 'testen {vt} :: to sample sth.\ntesten {vt} [ugs.] :: to test sth.\nhalten {vt} :: to hold sth.\nhalten {vi} :: to halt';
    const verbs = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    // The lexicon knows the weak past `testete`; `haltete` is no form (hielt).
    const forms: Record<string, string> = { testete: 'testen', hielt: 'halten' };
    const look = (word: string, lemma: string) => lookupWord(word, {
      dictionary: verbs, glossary: defaultLanguage.glossary, context: contextWords(`Ole Brandt ${word} die Geräte in Nordland`),
      lemmatize: (w) => [w === word ? { lemma, upos: 'VERB' } : { lemma: forms[w] ?? w, upos: forms[w] ? 'VERB' : 'NOUN' }],
    }).senses;
    expect(look('testet', 'testen')).toEqual(['to test sth.', 'to sample sth.']);
    expect(look('hält', 'halten')).toEqual(['to hold sth.', 'to halt']);
  });

  it('words a Konjunktiv II form with would, as English says it (möchte: would like, wäre: would be), and leaves the past as it is (mochte)', () => {
    // The lexicon knows the pasts `mochte` and `war` as their verbs'.
    const pasts: Record<string, string> = { mochte: 'mögen', war: 'sein' };
    const look = (word: string, lemma: string) => lookupWord(word, {
      dictionary, glossary: defaultLanguage.glossary, context: contextWords(`Ole Brandt ${word} den Kuchen aus Nordland`),
      lemmatize: (w) => [w === word ? { lemma, upos: 'VERB' } : pasts[w] ? { lemma: pasts[w], upos: 'VERB' } : { lemma: w, upos: 'NOUN' }],
    }).senses;
    expect(look('möchte', 'mögen').slice(0, 2)).toEqual(['would like sb.', 'to like sb.']);
    expect(look('mochte', 'mögen')[0]).toBe('to like sb.');
    expect(look('wäre', 'sein')[0]).toBe('would be');
  });

  it('words an auxiliary\'s Konjunktiv II with its English modal (würde: would, not would become; könnte: could)', () => {
    const lines = 'werden {vi} :: to become sth.\nwerden {vi} :: will\nkönnen {vi} :: to be able\nkönnen {vi} :: can\nhaben {vt} :: to have sth.';
    const verbs = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
    // The lexicon knows the pasts `wurde`, `wurden`, `konnte` and `hatte` as their verbs'.
    const pasts: Record<string, string> = { wurde: 'werden', wurden: 'werden', konnte: 'können', hatte: 'haben' };
    const look = (word: string, lemma: string, upos: Upos) => lookupWord(word, {
      dictionary: verbs, glossary: defaultLanguage.glossary, context: contextWords(`Ole Brandt ${word} in Nordland arbeiten`),
      lemmatize: (w) => [w === word ? { lemma, upos } : pasts[w] ? { lemma: pasts[w], upos: 'VERB' } : { lemma: w, upos: 'NOUN' }],
    }).senses[0];
    const rows: [string, string, Upos, string][] = [
      ['würde', 'werden', 'AUX', 'would'],
      ['würden', 'werden', 'AUX', 'would'],
      ['könnte', 'können', 'AUX', 'could'],
      // No modal among its senses: the verb's, worded with would.
      ['hätte', 'haben', 'AUX', 'would have sth.'],
      // The past says what was.
      ['wurde', 'werden', 'AUX', 'to become sth.'],
    ];
    for (const [word, lemma, upos, first] of rows) expect([word, look(word, lemma, upos)]).toEqual([word, first]);
  });

  it('reads a phrase with its reflexive pronoun only where the sentence has it there: ein Maß an Ruhe is not maß sich an', () => {
    const mass: LemmaCandidate = { lemma: 'Maß', upos: 'NOUN', gender: 'das' };
    expect(inSentence('Maß', mass, 'Ole Brandt verlangt ein Maß an Ruhe').senses).toEqual(['measure']);
  });

  it('puts a wording a preposition chose but the glossary glosses only figuratively after the first plain entry, which says it literally', () => {
    const tragen: LemmaCandidate = { lemma: 'tragen', upos: 'VERB' };
    expect(inSentence('trägt', tragen, 'Ole Brandt trägt die Kiste in das Haus').senses).toEqual(['to carry sth.', 'to infuse sth. into sth. [fig.]', 'to wear sth.']);
  });

  it('gives an uninflected adjective its adverb senses first where it says how a verb that is no copula happens', () => {
    const deutlich: LemmaCandidate = { lemma: 'deutlich', upos: 'ADJ' };
    // Opening its clause before the verb, or right before the verb; before a copula it is said of something.
    const rows: [string, string, string][] = [
      ['Deutlich', 'Deutlich stiegen die Preise in Nordland', 'clearly'],
      ['deutlich', 'Ole Brandt sagt, deutlich stiegen die Preise', 'clearly'],
      ['deutlich', 'Ole Brandt sagt, dass die Preise deutlich stiegen', 'clearly'],
      ['Deutlich', 'Deutlich ist, dass Ole Brandt gewinnt', 'clear'],
      ['deutlich', 'Ole Brandt sagt, dass es deutlich ist', 'clear'],
    ];
    for (const [word, sentence, first] of rows) expect([sentence, inSentence(word, deutlich, sentence).senses[0]]).toEqual([sentence, first]);
  });

  it('reads a verb the lexicon reads as an auxiliary as that grammar word: war schockiert is to be, not to equal sth. or his', () => {
    const look = (upos: 'VERB' | 'AUX') => lookupWord('war', {
      dictionary, glossary: defaultLanguage.glossary, context: contextWords('Ole Brandt war schockiert'),
      lemmatize: (w) => [w === 'war' ? { lemma: 'sein', upos } : w === 'sein' ? { lemma: 'sein', upos: 'AUX' } : { lemma: w, upos: 'NOUN' }],
    }).senses;
    expect(look('VERB')).toEqual(['to be']);
    expect(look('AUX')).toEqual(['to be']);
  });

  it('reads a phrase in the order the glossary writes it, but for a clicked verb (gibt es): zu ganz anderen Preisen is not ganz zu', () => {
    const ganz: LemmaCandidate = { lemma: 'ganz', upos: 'ADV' };
    expect(inSentence('ganz', ganz, 'Ole Brandt verkauft Äpfel zu ganz anderen Preisen').senses).toEqual(['quite']);
    expect(inSentence('ganz', ganz, 'Die Vase von Ole Brandt ist ganz zu.').senses[0]).toBe('smashed');
    expect(inSentence('gibt', { lemma: 'geben', upos: 'VERB' }, 'Gibt es in Nordland Regen?').senses[0]).toBe('there is');
  });

  it('gives an ordinal or superlative the entry the glossary lists it under inflected (zweite), not a verb of its lemma', () => {
    const zweite = inSentence('zweite', { lemma: 'zweit', upos: 'ADJ' }, 'Die zweite Option gewinnt');
    expect([zweite.lemma, zweite.senses[0]]).toEqual(['zweite', 'second']);
    expect(card('zweit', { lemma: 'zweit', upos: 'ADJ' }, 'Sie kamen zu zweit').senses[0]).toBe('two of …');
  });

  it('gives a comparative or superlative the meaning the glossary lists for it first, then its positive’s', () => {
    const weiteren = card('weiteren', { lemma: 'weit', upos: 'ADJ' }, 'Es gab keine weiteren Fragen');
    expect([weiteren.lemma, weiteren.senses]).toEqual(['weiter', ['further', 'wide', 'far']]);
    expect(card('jüngsten', { lemma: 'jung', upos: 'ADJ' }, 'Die jüngsten Zahlen sind gut').senses.slice(0, 2)).toEqual(['recent', 'young']);
    // A positive keeps its own entry: `weite` is wide, not further.
    expect(card('weite', { lemma: 'weit', upos: 'ADJ' }, 'Eine weite Reise').senses[0]).toBe('wide');
  });

  it('gives a quantifier’s superlative the meaning the glossary lists under its weak form (die meisten: most), an adjective’s not', () => {
    expect(card('meisten', { lemma: 'viel', upos: 'DET' }, 'Die meisten Gäste blieben').senses).toEqual(['most', 'much', 'a lot of']);
    // `größte` is listed in a set phrase's sense only; the superlative of an adjective stays its positive's.
    expect(card('größten', { lemma: 'groß', upos: 'ADJ' }, 'Die größten Häuser stehen dort').senses).toEqual(['big']);
    expect(card('viele', { lemma: 'viel', upos: 'DET' }, 'Viele Gäste blieben').senses[0]).toBe('much');
  });

  it("ranks the card of a separable verb's particle as the verb's: no reflexive sense without sich", () => {
    const um = clickReading('umsetzen', { upos: 'ADP', sepVerb: { lemma: 'umsetzen', partner: 1 } });
    expect(um.upos).toBe('VERB');
    expect(card('um', um, 'Sie setzen den Plan um').senses).toEqual(['to transform', 'to implement', 'to change seats']);
  });

  it('takes no phrase of the noun with its own article (die Bank: banker) for a phrase of the sentence', () => {
    expect(inSentence('Banken', { lemma: 'Bank', upos: 'NOUN', gender: 'die' }, 'Die Banken schließen').senses[0]).toBe('bank');
  });

  it('reads a preposition the entry\'s note names as governed, where the sentence has it (sich bemühen (um))', () => {
    const bemuehen: LemmaCandidate = { lemma: 'bemühen', upos: 'VERB' };
    expect(inSentence('bemüht', bemuehen, 'Er bemüht sich um die Stelle').senses[0]).toBe('to apply (for)');
    expect(inSentence('bemüht', bemuehen, 'Er bemüht sich sehr').senses[0]).toBe('to endeavour');
    const sorge: LemmaCandidate = { lemma: 'Sorge', upos: 'NOUN', gender: 'die' };
    expect(inSentence('Sorge', sorge, 'Die Sorge um das Kind wächst').senses[0]).toBe('concern (for sb./sth.)');
    expect(inSentence('Sorge', sorge, 'Die Sorge wächst').senses[0]).toBe('worry');
  });

  it('reads a preposition fused with its article (vom) as the preposition a verb governs', () => {
    const ab = clickReading('abhängen', { upos: 'ADP', sepVerb: { lemma: 'abhängen', partner: 1 } });
    expect(card('ab', ab, 'Das hängt vom Wetter ab').senses[0]).toBe('to depend on sth.');
    expect(card('ab', ab, 'Sie hängt das Bild ab').senses[0]).toBe('to take down');
  });

  it('gives a participle used as an adjective its past participle senses, first where the glossary has only the verb', () => {
    expect(card('lackierten', { lemma: 'lackiert', upos: 'ADJ', gloss: 'lackieren' }, 'Die lackierten Türen glänzen').senses).toEqual(['varnished', 'to varnish sth.']);
    expect(card('lasierte', { lemma: 'lasiert', upos: 'ADJ', gloss: 'lasieren' }, 'Eine lasierte Tür').senses[0]).toBe('varnished');
    // A transitive verb's first meaning as a participle comes before the adjective's own lines (where the glossary lists
    // it as a later synonym of words such as staunch); a verb form has none of the participle's.
    expect(card('überzeugt', { lemma: 'überzeugt', upos: 'ADJ' }, 'Sie ist überzeugt').senses).toEqual(['convinced', 'staunch', 'to convince sb.']);
    // An intransitive verb's participle is its perfect, not the adjective: antiquated, not become obsolete, first.
    expect(card('veraltete', { lemma: 'veraltet', upos: 'ADJ' }, 'Eine veraltete Technik').senses).toEqual(['antiquated', 'become obsolete']);
    // A word without a participle's prefix is no participle: recht is not rechen's (raked).
    expect(card('rechten', { lemma: 'recht', upos: 'ADJ' }, 'Der rechte Weg').senses).toEqual(['right']);
    expect(card('überzeugt', { lemma: 'überzeugen', upos: 'VERB' }, 'Er hat sie überzeugt').senses).toEqual(['to convince sb.']);
    // A verb the glossary gives without its participle: the translation's own participle where it is regular beyond doubt.
    expect(card('beflorten', { lemma: 'beflort', upos: 'ADJ', gloss: 'befloren' }, 'Die dicht beflorten Täler').senses).toEqual(['populated (with)', 'to populate sth. (with sth.)']);
    expect(card('erflundete', { lemma: 'erflundet', upos: 'ADJ', gloss: 'erflunden' }, 'Die erflundete Lösung').senses).toEqual(['to seek sth.']);
    // A strong participle's verb has another vowel: gelegen is not legen's (laid).
    expect(card('gelegen', { lemma: 'gelegen', upos: 'ADJ' }, 'Das kommt gelegen').senses).toEqual(['convenient']);
  });

  it("says what a participle said of its subject means as its verb's participle, where the glossary gives the verb without one", () => {
    // `Die Renten sind zusichriert`: a passive, or the state it leaves (guaranteed), not the adjective's own warranted
    // first nor its adverb's invariably; the translation's own participle, as the glossary gives none.
    const senses = (word: string, sentence: string) => lookupWord(word, {
      dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => [['ist', 'sind'].includes(w) ? { lemma: 'sein', upos: 'AUX' } : { lemma: w, upos: ['Renten', 'Sitte'].includes(w) ? 'NOUN' : 'ADJ' }],
    }).senses;
    expect(senses('zusichriert', 'Die Renten sind zusichriert').slice(0, 3)).toEqual(['guaranteed', 'warranted /wd./', 'invariably']);
    // Before another adjective it says how sure (invariably), and no participle comes first.
    expect(senses('zusichriert', 'Das ist zusichriert falsch')[0]).not.toBe('guaranteed');
    // An adjective of a meaning of its own keeps it first: widespread, not circulated.
    expect(senses('verbliniert', 'Die Sitte ist verbliniert')[0]).toBe('widespread');
  });

  it("goes on with a participle's verb where its adjective lines give fewer meanings than the card's first", () => {
    // `Der mit einer Million dotrierte Preis` is endowed, which only the verb says; the adjective's own line stays first.
    expect(card('dotrierte', { lemma: 'dotriert', upos: 'ADJ' }, 'Der mit einer Million dotrierte Preis').senses).toEqual(['paid (post)', 'to endow sth. (with a sum)']);
    // One with three meanings of its own does not (zusichriert: guaranteed, warranted, invariably are the card's).
    expect(card('zusichrierte', { lemma: 'zusichriert', upos: 'ADJ' }, 'Die zusichrierte Rente').senses).not.toContain('to guarantee sb. sth.');
  });

  it('calls a word read as a name a noun when the glossary lists it as one with its gender, but not a place', () => {
    expect(card('Jänner', { lemma: 'Jänner', upos: 'PROPN' })).toMatchObject({ pos: 'NOUN', gender: 'der', regions: ['at'] });
    expect(card('Wien', { lemma: 'Wien', upos: 'PROPN' }).pos).toBe('PROPN');
  });

  it('gives a verb no gender even when a noun shares its spelling', () => {
    expect(card('Sein', { lemma: 'sein', upos: 'AUX' }).gender).toBeNull();
  });
});

describe('a number in digits before a hyphen reads from the words the glossary writes with number words', () => {
  const numbers = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Wohnung {f} :: flat
zweijährig; zwei Jahre alt {adj} :: two-year-old
zweijährig {adj} :: two-year; biennial
dreijährig {adj} :: three-year-old; triennial
Zweizimmerwohnung {f} | Zweizimmerwohnungen {pl} :: two-room flat | two-room flats
dreifach {adj} :: triple; threefold
zweifach {adj} :: double; twofold
hundertprozentig {adj} :: a hundred per cent
dreiteilig {adj} :: tripartite (consisting of three parts); three-part`))) });
  const numberCard = (word: string, reading: LemmaCandidate) => lookupWord(word, { dictionary: numbers, glossary: defaultLanguage.glossary, lemmatize: () => [reading] });

  it('gives 17-jährigen the senses two- and three-year-old words share, with the number, and none of theirs alone', () => {
    const c = numberCard('17-jährigen', { lemma: '17-jährig', upos: 'ADJ' });
    expect(c.lemma).toBe('17-jährig');
    expect(c.senses).toEqual(['17-year-old', '17-year']);
  });

  it("keeps the glossary's own senses where a number word has the same value, and writes a suffix after digits with a hyphen", () => {
    expect(numberCard('3-fach', { lemma: '3-fach', upos: 'ADJ' }).senses).toEqual(['triple', 'threefold']);
    expect(numberCard('40-fache', { lemma: '40-fach', upos: 'ADJ' }).senses).toEqual(['40-fold']);
    expect(numberCard('8-prozentige', { lemma: '8-prozentig', upos: 'ADJ' }).senses).toEqual(['8 per cent']);
  });

  it('reads a noun with the number and a hyphen between its parts, with its gender, under the word as written', () => {
    const c = numberCard('5-Zimmer-Wohnung', { lemma: '5-Zimmer-Wohnung', upos: 'NOUN' });
    expect(c).toMatchObject({ lemma: '5-Zimmer-Wohnung', gender: 'die', senses: ['5-room flat'] });
    // Also where the analysis found its head in the glossary, as the reader's click passes it.
    expect(numberCard('5-Zimmer-Wohnung', { lemma: '5-Zimmer-Wohnung', upos: 'NOUN', gloss: 'Wohnung' }).senses).toEqual(['5-room flat']);
  });

  it('takes no sense whose number stands only in its note', () => {
    expect(numberCard('6-teilig', { lemma: '6-teilig', upos: 'ADJ' }).senses).toEqual(['6-part']);
  });
});

describe('a word the glossary marks as elevated German', () => {
  // Ding's [geh.] says the German word is of the written, formal register, which is the register of the news a learner reads.
  const elevated = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`etw. empfangen {vt} [geh.] :: to receive sth.
etw. empfangen {vt} [techn.] :: to pick up sth.`))) });

  it('keeps its sense among the plain ones, unlike a colloquial or old word', () => {
    const c = lookupWord('empfing', { dictionary: elevated, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'empfangen', upos: 'VERB' }] });
    expect(c.senses).toEqual(['to receive sth.', 'to pick up sth.']);
  });
});

describe('an ordinal read as an adjective', () => {
  const ordinals = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`neunte {num} :: ninth; 9th
neunte/r/s {adj} :: principal (most important)`))) });

  it("gives the glossary's numeral first, as UD calls ordinals adjectives (die neunte Runde: ninth)", () => {
    const c = lookupWord('neunten', { dictionary: ordinals, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'neunte', upos: 'ADJ' }] });
    expect(c.senses).toEqual(['ninth', '9th', 'principal (most important)']);
  });
});

describe("a number adjective in digits reads the glossary's nouns of its number words too", () => {
  // As many number words give the age as the span, but the glossary's nouns (a person of that age) give the age.
  const numbers = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`zweijährig {adj} :: two-decade
zweijährig {adj} :: two-decade-old
dreijährig {adj} :: three-decade
dreijährig {adj} :: three-decade-old (age)
Zweijährige {m,f}; Zweijähriger :: two-decade-old
Dreijährige {m,f}; Dreijähriger :: three-decade-old`))) });
  const numberCard = (word: string, reading: LemmaCandidate) => lookupWord(word, { dictionary: numbers, glossary: defaultLanguage.glossary, lemmatize: () => [reading] });

  it('puts the sense the nouns give first on the adjective, one sense whatever its note', () => {
    expect(numberCard('45-jährigen', { lemma: '45-jährig', upos: 'ADJ' }).senses).toEqual(['45-decade-old', '45-decade']);
  });

  it("gives a nominalised one (der 45-Jährige) the nouns' senses only, also where a number word has its value", () => {
    expect(numberCard('45-Jährige', { lemma: '45-jährig', upos: 'ADJ' }).senses).toEqual(['45-decade-old']);
    expect(numberCard('2-Jähriger', { lemma: '2-jährig', upos: 'ADJ' }).senses).toEqual(['two-decade-old']);
    // Written in lower case it is the adjective, whose number word's entries stand as they are.
    expect(numberCard('2-jährige', { lemma: '2-jährig', upos: 'ADJ' }).senses).toEqual(['two-decade', 'two-decade-old']);
  });
});

describe('a noun the glossary lists in the plural only', () => {
  // Invented words: the glossary has `Nordlandkräfte` and `Wolkenlagen` in the plural only, and `Kraftlagen` both ways.
  const plurals = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Nordlandkräfte {pl} [mil.] :: Nordland forces
Wolkenlagen {pl} :: cloud conditions
Kraftlage {f} | Kraftlagen {pl} :: strength position | strength positions
Kraftlagen {pl} :: mine shafts`))) });
  const pluralCard = (word: string, reading: LemmaCandidate) => lookupWord(word, { dictionary: plurals, glossary: defaultLanguage.glossary, lemmatize: () => [reading] });

  it.each([
    ['Nordlandkräfte', 'Nordlandkraft', ['Nordland forces']],
    // A dative plural is the plural with -n.
    ['Nordlandkräften', 'Nordlandkraft', ['Nordland forces']],
    ['Wolkenlagen', 'Wolkenlage', ['cloud conditions']],
  ] as const)('%s read as %s means %j', (word, lemma, senses) => {
    expect(pluralCard(word, { lemma, upos: 'NOUN' }).senses).toEqual(senses);
  });

  it("reads the plural's line only for a noun whose singular the glossary lacks, and never for a name", () => {
    // Where the singular has entries, the plural's line is a narrow use: the singular's senses stand first.
    expect([pluralCard('Kraftlagen', { lemma: 'Kraftlage', upos: 'NOUN' }), pluralCard('Wolkenlagen', { lemma: 'Wolkenlage', upos: 'PROPN' }),
      pluralCard('Wolkenlagen', { lemma: 'Wolkenlage', upos: 'NOUN' })].map((c) => c.senses)).toEqual([['strength position'], [], ['cloud conditions']]);
  });
});

describe("a compound's plural line beside its singular's", () => {
  // Invented words: the glossary has `Nordwache` and `Wolkenhaus` both ways, and the simple `Lage` too.
  const plurals = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Nordwache {f} :: north guard
Nordwache {f} :: watch post
Nordwachen {pl} :: north guards; coastal patrol units; watchmen
Wolkenhaus {n} :: cloud house
Wolkenhäuser {pl} :: skyscrapers
Lage {f} :: position
Lagen {pl} :: mine shafts`))) });
  const parts: Readonly<Record<string, CompoundPart[]>> = {
    Nordwache: [{ text: 'Nord', lemma: 'Nord' }, { text: 'wache', lemma: 'Wache' }],
    Wolkenhaus: [{ text: 'Wolken', lemma: 'Wolke' }, { text: 'haus', lemma: 'Haus' }],
  };
  const card = (word: string, lemma: string) => lookupWord(word, {
    dictionary: plurals, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma, upos: 'NOUN' }], split: (w) => ({ parts: parts[w] ?? [] }),
  }).senses;

  it("puts the plural line's English compounds after the singular's first entry, not its plural or a single word", () => {
    // `north guards` is the singular's sense in the plural and `watchmen` a single word; a simple noun's plural line is a
    // narrow use (mine shafts) and stays away.
    expect([card('Nordwachen', 'Nordwache'), card('Wolkenhäuser', 'Wolkenhaus'), card('Lagen', 'Lage')])
      .toEqual([['north guard', 'coastal patrol units', 'watch post'], ['cloud house'], ['position']]);
  });
});

describe("a verb's infinitive read as a noun", () => {
  // Invented lines: the glossary lists `einnicken` and `besuchen` as verbs only, `Ansehen` as a noun of its own too.
  const actions = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`einnicken {vi} :: to nod off; to doze
besuchen {vt} :: to visit sb.; to call on sb.
Ansehen {n} :: reputation
ansehen {vt} :: to look at`))) });
  const card = (word: string, reading: LemmaCandidate) => lookupWord(word, { dictionary: actions, glossary: defaultLanguage.glossary, lemmatize: () => [reading] }).senses;

  it('names the action where the glossary has only the verb, and keeps the verb and a noun of its own as they are', () => {
    // `to visit` doubles its t or not by its stress (visiting, but admitting): it stays as the verb.
    expect([card('Einnicken', { lemma: 'Einnicken', upos: 'NOUN', gender: 'das' }), card('Besuchen', { lemma: 'Besuchen', upos: 'NOUN' }),
      card('einnicken', { lemma: 'einnicken', upos: 'VERB' }), card('Ansehen', { lemma: 'Ansehen', upos: 'NOUN' })])
      .toEqual([['nodding off', 'dozing'], ['to visit sb.', 'calling on sb.'], ['to nod off', 'to doze'], ['reputation', 'to look at']]);
  });

  it.each([
    ['to die', 'dying'], ['to stop sth.', 'stopping sth.'], ['to make way', 'making way'], ['to see sb. off', 'seeing sb. off'],
    ['to quit', 'quitting'], ['to be late', 'being late'], ['to agree', 'agreeing'], ['to repeat sth.', 'repeating sth.'],
  ] as const)('spells the action of %j as %j', (sense, action) => {
    expect(defaultLanguage.glossary.gerund?.(sense)).toBe(action);
  });
});

describe('an adjective of a place', () => {
  // Invented places and words: Nordau and Brandten are towns, Nordauer a pastry and Wolkauer the people of Wolkau.
  const places = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Nordau {n} (Stadt in Nordland) [geogr.] :: Nordau (town in Nordland)
Nordauer {m} :: pastry
Brandten {n} [geogr.] :: Brandten (town in Nordland)
Wolkau {n} [geogr.] :: Wolkau (town in Nordland)
Wolkauer {m} :: Wolkauer (inhabitant of Wolkau)`))) });
  const placeCard = (word: string, upos: 'ADJ' | 'NOUN') => lookupWord(word, { dictionary: places, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: word, upos }] }).senses;

  it.each([
    ['Nordauer', ['Nordau (town in Nordland)', 'pastry']],
    // A place's name in -en loses it (Münchner, Dresdner).
    ['Brandtner', ['Brandten (town in Nordland)']],
    // The word's first entry names the people already: the place follows.
    ['Wolkauer', ['Wolkauer (inhabitant of Wolkau)', 'Wolkau (town in Nordland)']],
  ])('reads %s as the adjective of a place (die Nordauer Polizei): %j', (word, senses) => {
    expect(placeCard(word, 'ADJ')).toEqual(senses);
  });

  it('names no place for a noun read as one (der Nordauer, a pastry)', () => {
    expect([placeCard('Nordauer', 'NOUN'), placeCard('Nordauer', 'ADJ')]).toEqual([['pastry'], ['Nordau (town in Nordland)', 'pastry']]);
  });
});

describe("an adverb's senses said of a number", () => {
  // An invented adverb with the senses of etwa.
  const adverbs = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`nordwa {adv} :: about; approximately
nordwa {adv} :: for example`))) });
  const adverbCard = (sentence: string) => lookupWord('nordwa', { dictionary: adverbs, glossary: defaultLanguage.glossary, context: contextWords(sentence), lemmatize: () => [{ lemma: 'nordwa', upos: 'ADV' }] }).senses;

  it.each([
    ['Das geht nordwa per Post', ['for example', 'about', 'approximately']],
    ['Die Lage war nordwa in Nordland anders', ['for example', 'about', 'approximately']],
  ])('go after its other senses where no number follows: %s', (sentence, senses) => {
    expect(adverbCard(sentence)).toEqual(senses);
  });

  it('stay first before a number (nordwa 300 Leute)', () => {
    expect([adverbCard('Es kamen nordwa 300 Leute'), adverbCard('Das geht nordwa per Post')]).toEqual([['about', 'approximately', 'for example'], ['for example', 'about', 'approximately']]);
  });
});

describe("a noun's phrase with the clicked verb", () => {
  // Invented words: `zum Nordlicht werden` (to fade away) is an idiom of the noun Nordlicht, `Nordlicht machen` another.
  const idioms = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`werden {vi} :: to become
Nordlicht {n} | zum Nordlicht werden | Nordlicht machen :: northern light | to fade away | to show off`))) });
  const readings: Record<string, LemmaCandidate> = { nordlicht: { lemma: 'Nordlicht', upos: 'NOUN', gender: 'das' }, zum: { lemma: 'zu', upos: 'ADP' }, fuhr: { lemma: 'fahren', upos: 'VERB' } };
  const idiomCard = (word: string, sentence: string) => lookupWord(word, {
    dictionary: idioms, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === word ? { lemma: 'werden', upos: 'VERB' } : readings[w.toLowerCase()] ?? { lemma: w, upos: 'X' }],
  }).senses[0];

  it.each([
    ['wird', 'Der Plan wird bald zum Nordlicht.'],
    ['wurde', 'Ole Brandt sagte, dass der Plan zum Nordlicht wurde.'],
  ])('says what %s means in %s', (word, sentence) => {
    expect(idiomCard(word, sentence)).toBe('to fade away');
  });

  it('puts the phrase before a wording of the verb that its preposition alone chose (zu etw. werden)', () => {
    const withWording = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`werden {vi} :: to become
zu etw. werden {vi} :: to turn into sth.
Nordlicht {n} | zum Nordlicht werden :: northern light | to fade away`))) });
    expect(lookupWord('wird', {
      dictionary: withWording, glossary: defaultLanguage.glossary, context: contextWords('Der Plan wird bald zum Nordlicht.'),
      lemmatize: (w) => [w === 'wird' ? { lemma: 'werden', upos: 'VERB' } : readings[w.toLowerCase()] ?? { lemma: w, upos: 'X' }],
    }).senses.slice(0, 2)).toEqual(['to fade away', 'to turn into sth.']);
  });

  it("needs the phrase's words together in the clicked verb's clause", () => {
    expect([idiomCard('wird', 'Der Plan wird bald zum Nordlicht.'), idiomCard('wird', 'Das Nordlicht wird bald zum Plan.'),
      idiomCard('wird', 'Zum Nordlicht fuhr er, doch der Plan wird nichts.')]).toEqual(['to fade away', 'to become', 'to become']);
  });
});

/**
 * The first sense glossary `lines` give a clicked word read as `lemma` (a verb unless `upos` says otherwise) in a
 * sentence whose other words read as `words` says (a noun otherwise).
 */
const firstSenseWith = (lines: string, words: Record<string, LemmaCandidate>) => {
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  return (word: string, lemma: string, sentence: string, upos: Upos = 'VERB') => lookupWord(word, {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === word ? { lemma, upos } : words[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  }).senses[0];
};

describe("a noun's phrase with the clicked verb and the clause's reflexive pronoun", () => {
  const first = firstSenseWith(`machen {vt} :: to make
Kummer {m} | jdm. Kummer machen | sich Kummer machen :: grief | to grieve sb. | to fret
sich über jdn. Gedanken machen {v} :: to think about sb.`, {
    sich: { lemma: 'sich', upos: 'PRON' }, ich: { lemma: 'ich', upos: 'PRON' }, mir: { lemma: 'ich', upos: 'PRON' }, über: { lemma: 'über', upos: 'ADP' },
  });

  it.each([
    ['macht', 'Ole macht sich großen Kummer.', 'Der Plan macht Ole Kummer.'],
    ['mache', 'Ich mache mir Kummer, sagt Ole.', 'Kummer mache Ole nur der Plan, sagt Lind.'],
  ])('reads `sich Kummer machen` where the clause has its reflexive pronoun, `jdm. Kummer machen` where not (%s)', (word, reflexive, plain) => {
    expect([first(word, 'machen', reflexive), first(word, 'machen', plain)]).toEqual(['to fret', 'to grieve sb.']);
  });

  it.each([
    ['macht', 'Ole macht sich Gedanken.'],
    ['machte', 'Lind sagte, dass sie sich keine Gedanken machte.'],
  ])('reads a phrase without the preposition and object it gives (`sich über jdn. Gedanken machen`) in %s', (word, sentence) => {
    expect(first(word, 'machen', sentence)).toBe('to think about sb.');
  });

  it('reads a phrase of a noun the lexicon lacks and reads as a name (`jdm. zum Unheil werden`)', () => {
    const unknown = firstSenseWith(`werden {vi} :: to become
jdm. zum Unheil werden {v} :: to be sb.'s ruin`, { zum: { lemma: 'zu', upos: 'ADP' }, unheil: { lemma: 'Unheil', upos: 'PROPN' } });
    expect(unknown('wird', 'werden', 'Der Plan wird Ole Brandt zum Unheil.')).toBe("to be sb.'s ruin");
  });

  it('reads a phrase that gives its noun with an alternative (`Kontakte/Beziehungen pflegen`) with either noun', () => {
    const alternatives = firstSenseWith(`pflegen {vt} :: to nurse sb.
Kontakte/Beziehungen pflegen {v} :: to cultivate contacts/relationships`, {});
    expect([alternatives('pflegt', 'pflegen', 'Ole Brandt pflegt seine Beziehungen.'), alternatives('pflegt', 'pflegen', 'Ole Brandt pflegt die Kontakte.')])
      .toEqual(['to cultivate contacts/relationships', 'to cultivate contacts/relationships']);
  });
});

describe('a preposition before a noun of time', () => {
  const first = firstSenseWith(`fehlen {vi} :: to be missing
an etw. fehlen {vi} :: to lack sth.
freuen {vt} :: to please sb.
sich auf etw. freuen {vr} :: to look forward to sth.`, {
    am: { lemma: 'an', upos: 'ADP' }, an: { lemma: 'an', upos: 'ADP' }, auf: { lemma: 'auf', upos: 'ADP' }, vor: { lemma: 'vor', upos: 'ADP' },
    sich: { lemma: 'sich', upos: 'PRON' }, das: { lemma: 'der', upos: 'DET' }, zwei: { lemma: 'zwei', upos: 'NUM' }, es: { lemma: 'es', upos: 'PRON' },
    vergangenen: { lemma: 'vergangen', upos: 'ADJ' }, tagen: { lemma: 'Tag', upos: 'NOUN' }, jahren: { lemma: 'Jahr', upos: 'NOUN' },
  });

  it.each([
    ['Am Montag fehlte Ole Brandt.'],
    ['Ole Brandt fehlte am vergangenen Montag.'],
    ['An zwei Tagen fehlte Ole Brandt.'],
  ])('chooses no wording of the verb by it: %s', (sentence) => {
    expect(first('fehlte', 'fehlen', sentence)).toBe('to be missing');
  });

  it("still reads the verb's own preposition beside it, and `auf` a time as a goal", () => {
    expect([first('fehlte', 'fehlen', 'Am Montag fehlte Ole Brandt.'), first('fehlte', 'fehlen', 'Vor zwei Jahren fehlte es an Geld.'),
      first('freut', 'freuen', 'Ole freut sich auf das Wochenende.')]).toEqual(['to be missing', 'to lack sth.', 'to look forward to sth.']);
  });
});

describe("what a verb's preposition has for its object", () => {
  const first = firstSenseWith(`liegen {vi} :: to lie
bei jdm. liegen {vi} :: to be up to sb.
kommen {vi} :: to come
zu jdm. kommen {vi} :: to come up to sb.
zu etw. kommen {vi} :: to come about
etw. für etw. halten {vt} :: to consider sth. sth.
halten {vt} :: to hold`, {
    bei: { lemma: 'bei', upos: 'ADP' }, zu: { lemma: 'zu', upos: 'ADP' }, für: { lemma: 'für', upos: 'ADP' }, die: { lemma: 'der', upos: 'DET' },
    rund: { lemma: 'rund', upos: 'ADV' }, drei: { lemma: 'drei', upos: 'NUM' }, es: { lemma: 'es', upos: 'PRON' }, ihr: { lemma: 'ihr', upos: 'PRON' },
    einer: { lemma: 'ein', upos: 'DET' }, neuen: { lemma: 'neu', upos: 'ADJ' }, ole: { lemma: 'Ole', upos: 'PROPN' },
    spät: { lemma: 'spät', upos: 'ADJ' }, wichtig: { lemma: 'wichtig', upos: 'ADJ' }, ist: { lemma: 'sein', upos: 'AUX' },
  });

  it("fills no person's slot of the verb's wording where it is an amount", () => {
    expect([first('liegt', 'liegen', 'Die Quote liegt bei 22 Prozent.'), first('liegt', 'liegen', 'Die Grenze liegt bei rund 5.000 Euro.'),
      first('liegt', 'liegen', 'Die Miete liegt bei drei Euro.'), first('liegt', 'liegen', 'Die Entscheidung liegt bei Ole.')])
      .toEqual(['to lie', 'to lie', 'to lie', 'to be up to sb.']);
  });

  it("reads a thing's slot before a person's where it is a common noun, a person's where a name or pronoun", () => {
    expect([first('kam', 'kommen', 'Es kam zu einer neuen Klage.'), first('kommt', 'kommen', 'Es kommt zu Verzögerungen.'),
      first('kam', 'kommen', 'Lind kam zu Ole.'), first('kam', 'kommen', 'Lind kam zu ihr.')])
      .toEqual(['to come about', 'to come about', 'to come up to sb.', 'to come up to sb.']);
  });

  it('chooses no wording by `zu` as a word of degree before an adjective (too late), but by another preposition there', () => {
    expect([first('gekommen', 'kommen', 'Die Hilfe ist zu spät gekommen.'), first('kam', 'kommen', 'Die Lieferung kam zu spät.'),
      first('hält', 'halten', 'Ole hält die Reform für wichtig.')]).toEqual(['to come', 'to come', 'to consider sth. sth.']);
  });
});

describe('an adjective as written in a clause without a copula', () => {
  const first = firstSenseWith(`klar {adj} :: clear
klar {adv} :: clearly`, {
    gewann: { lemma: 'gewinnen', upos: 'VERB' }, gescheitert: { lemma: 'scheitern', upos: 'VERB' }, dass: { lemma: 'dass', upos: 'SCONJ' }, liegt: { lemma: 'liegen', upos: 'VERB' }, findet: { lemma: 'finden', upos: 'VERB' },
    ist: { lemma: 'sein', upos: 'AUX' }, gegen: { lemma: 'gegen', upos: 'ADP' }, über: { lemma: 'über', upos: 'ADP' },
    den: { lemma: 'der', upos: 'DET' }, der: { lemma: 'der', upos: 'DET' }, dem: { lemma: 'der', upos: 'DET' },
  });
  const klar = (sentence: string) => first('klar', 'klar', sentence, 'ADJ');

  it.each([
    ['Ole gewann klar gegen Lind.'],
    ['Der Wert liegt klar über dem Schnitt.'],
  ])('says how the verb happens: %s', (sentence) => {
    expect(klar(sentence)).toBe('clearly');
  });

  it('is said of a noun beside a copula or a verb that says what its object is', () => {
    expect([klar('Ole gewann klar gegen Lind.'), klar('Der Plan ist klar.'), klar('Ole findet den Plan klar.')]).toEqual(['clearly', 'clear', 'clear']);
  });

  it('says how where it opens a clause before a copula that is the auxiliary of a verb form ending it, not where the copula is its verb', () => {
    expect([klar('Klar ist der Plan gescheitert.'), klar('Klar ist der Plan.'), klar('Klar ist, dass Ole gewann.')]).toEqual(['clearly', 'clear', 'clear']);
  });
});

describe("the clicked verb's own phrase of an adjective", () => {
  const first = firstSenseWith(`ankommen {vi} :: to arrive
gut ankommen {vi} :: to go down well
nicht ankommen {vi} :: to fall flat`, {
    gut: { lemma: 'gut', upos: 'ADJ' }, nicht: { lemma: 'nicht', upos: 'PART' }, der: { lemma: 'der', upos: 'DET' }, an: { lemma: 'an', upos: 'ADP' },
  });

  it('reads it where its adjective stands beside the verb, not a phrase of a grammar word', () => {
    expect([first('kam', 'ankommen', 'Der Plan kam gut an.'), first('kam', 'ankommen', 'Der Zug kam nicht an.')]).toEqual(['to go down well', 'to arrive']);
  });
});

describe('an adjective right before a verb that has a wording asking how it turns out', () => {
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`ausfallen {vi} (Technik) :: to fail
ausfallen {vi} :: to be cancelled
ausfallen {vi} (in bestimmter Weise) :: to have a (specified) result
ausgehen {vi} :: to go out
ausgehen {vi} :: to turn out (to end in a particular way)`))) });
  const words: Record<string, LemmaCandidate[]> = {
    knapp: [{ lemma: 'knapp', upos: 'ADJ' }], groß: [{ lemma: 'groß', upos: 'ADJ' }], höher: [{ lemma: 'hoch', upos: 'ADJ' }],
    // A participle (`vorübergehend`) says for how long, a grammar word (`nicht`) nothing of how.
    vorübergehend: [{ lemma: 'vorübergehen', upos: 'VERB' }, { lemma: 'vorübergehend', upos: 'ADJ' }], nicht: [{ lemma: 'nicht', upos: 'PART' }],
    ist: [{ lemma: 'sein', upos: 'AUX' }], die: [{ lemma: 'der', upos: 'DET' }], das: [{ lemma: 'der', upos: 'DET' }], der: [{ lemma: 'der', upos: 'DET' }],
    am: [{ lemma: 'an', upos: 'ADP' }], bei: [{ lemma: 'bei', upos: 'ADP' }], dass: [{ lemma: 'dass', upos: 'SCONJ' }],
  };
  const first = (word: string, lemma: string, sentence: string) => lookupWord(word, {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => (w === word ? [{ lemma, upos: 'VERB' }] : words[w.toLowerCase()] ?? [{ lemma: w, upos: 'NOUN' }]),
  }).senses[0];

  it.each([
    ['ausgefallen', 'ausfallen', 'Die Prüfung ist knapp ausgefallen.'],
    ['fällt', 'ausfallen', 'Der Akku fällt bei Nordland groß aus.'],
    ['aus', 'ausfallen', 'Der Akku fällt bei Nordland groß aus.'],
    ['ausfällt', 'ausfallen', 'Ole hofft, dass die Rente höher ausfällt.'],
  ])('chooses it before the verb or its particle: %s in %s', (word, lemma, sentence) => {
    expect(first(word, lemma, sentence)).toBe('to have a (specified) result');
  });

  it('reads the mark on the English side where the German has none', () => {
    expect(first('ging', 'ausgehen', 'Die Wahl ging knapp aus.')).toBe('to turn out (to end in a particular way)');
  });

  it.each([
    ['Das Netz ist am Montag ausgefallen.'],
    ['Das Netz ist vorübergehend ausgefallen.'],
    ['Das Netz ist nicht ausgefallen.'],
  ])('leaves the plain senses first where no adjective says how: %s, not as in `knapp ausgefallen`', (sentence) => {
    expect([first('ausgefallen', 'ausfallen', sentence), first('ausgefallen', 'ausfallen', 'Das Netz ist knapp ausgefallen.')])
      .toEqual(['to fail', 'to have a (specified) result']);
  });
});

describe('an adjective as written said of the subject of a copula or after `als`', () => {
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`mühsam {adj} :: grinding
mühsam {adv} :: arduously
mühsam {adj} :: arduous`))) });
  const words: Record<string, LemmaCandidate> = {
    bleibt: { lemma: 'bleiben', upos: 'VERB' }, ist: { lemma: 'sein', upos: 'AUX' }, geworden: { lemma: 'werden', upos: 'AUX' },
    sucht: { lemma: 'suchen', upos: 'VERB' }, fragt: { lemma: 'fragen', upos: 'VERB' }, erweist: { lemma: 'erweisen', upos: 'VERB' },
    sich: { lemma: 'sich', upos: 'PRON' }, als: { lemma: 'als', upos: 'ADP' }, ob: { lemma: 'ob', upos: 'SCONJ' }, die: { lemma: 'der', upos: 'DET' }, in: { lemma: 'in', upos: 'ADP' },
  };
  const firstTwo = (sentence: string) => lookupWord(/mühsam/i.exec(sentence)![0], {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [/^mühsam$/i.test(w) ? { lemma: 'mühsam', upos: 'ADJ' } : words[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  }).senses.slice(0, 2).join(', ');

  it.each([
    ['Die Suche bleibt mühsam.'],
    ['Ole fragt, ob die Suche mühsam ist.'],
    ['Die Suche erweist sich als mühsam.'],
  ])('gives its adjective senses before its adverb ones where it ends the clause or follows `als`: %s', (sentence) => {
    expect(firstTwo(sentence)).toBe('grinding, arduous');
  });

  it('leaves them alternating where it opens the clause or modifies a word after it, and the adverb first beside a full verb', () => {
    expect([firstTwo('Die Suche bleibt mühsam.'), firstTwo('Mühsam ist die Suche geworden.'), firstTwo('Die Suche ist mühsam in Nordland.'), firstTwo('Ole sucht mühsam.')])
      .toEqual(['grinding, arduous', 'grinding, arduously', 'grinding, arduously', 'arduously, grinding']);
  });

  it('reads a capitalised word inside the clause as a noun, not as the verb its letters also spell', () => {
    // `Zustand` is also zustehen's past as a form: as a verb beside the copula it would make the clause say how something happens.
    const verbToo = (w: string): LemmaCandidate[] => (w === 'Zustand' ? [{ lemma: 'Zustand', upos: 'NOUN' }, { lemma: 'zustehen', upos: 'VERB' }] : [words[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }]);
    const sentence = 'Der Befund über ihren Zustand ist mühsam.';
    expect(lookupWord('mühsam', { dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => (w === 'mühsam' ? [{ lemma: 'mühsam', upos: 'ADJ' }] : verbToo(w)) }).senses.slice(0, 2)).toEqual(['grinding', 'arduous']);
  });
});

describe('an inflected adjective the glossary lists as written', () => {
  // Invented lines: `xylig` an adjective and adverb, and its form `xyliger` listed as written, as the glossary lists some.
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`xyliger {adj} :: own
xylig {adv} :: innately
xylig {adj} :: peculiar`))) });
  const senses = (sentence: string) => lookupWord('xyliger', {
    dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === 'xyliger' ? { lemma: 'xylig', upos: 'ADJ' } : w === 'ein' ? { lemma: 'ein', upos: 'DET' } : { lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'VERB' }],
  }).senses;

  it('gives its adjective senses before the adverb ones before its noun, where it is never an adverb', () => {
    expect(senses('Ein xyliger Modus hilft.')).toEqual(['own', 'peculiar', 'innately']);
  });

  it('lets them alternate where no noun follows, as a comparative may be an adverb', () => {
    expect(senses('Das Rad läuft xyliger.')).toEqual(['own', 'innately', 'peculiar']);
  });

  it('keeps a form the glossary lists as an adverb an adverb before a noun (`um später Infos zu erhalten`)', () => {
    const zopp = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`zopper {adv} :: later
zopper {adj} :: posterior
zopp {adj} :: late`))) });
    expect(lookupWord('zopper', {
      dictionary: zopp, glossary: defaultLanguage.glossary, context: contextWords('Sie will zopper Infos erhalten.'),
      lemmatize: (w) => [w === 'zopper' ? { lemma: 'zopp', upos: 'ADJ' } : { lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'VERB' }],
    }).senses[0]).toBe('later');
  });
});

describe('a preposition joined with a pronoun (darauf, dafür) governed by the clicked verb', () => {
  // Invented lines: `xylen` is a verb with a plain sense and wordings of `für` and `gegen`; `sein` a copula.
  const lines = 'xylen {vt} :: to bother sb.\nfür etw. xylen {vi} :: to ensure sth.\njdn. auf etw. xylen {vt} :: to warn sb. of sth.\nsein {vi} :: to be\ngegen etw. sein {v} :: to object to sth.';
  const xylen = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const words: Record<string, LemmaCandidate[]> = {
    ist: [{ lemma: 'sein', upos: 'AUX' }], bin: [{ lemma: 'sein', upos: 'AUX' }], will: [{ lemma: 'wollen', upos: 'AUX' }],
    damit: [{ lemma: 'damit', upos: 'ADV' }, { lemma: 'damit', upos: 'SCONJ' }], dankbar: [{ lemma: 'dankbar', upos: 'ADJ' }],
    senkt: [{ lemma: 'senken', upos: 'VERB' }], für: [{ lemma: 'für', upos: 'ADP' }], gegen: [{ lemma: 'gegen', upos: 'ADP' }], mit: [{ lemma: 'mit', upos: 'ADP' }], auf: [{ lemma: 'auf', upos: 'ADP' }],
    sie: [{ lemma: 'sie', upos: 'PRON' }], ich: [{ lemma: 'ich', upos: 'PRON' }], die: [{ lemma: 'der', upos: 'DET' }], sehr: [{ lemma: 'sehr', upos: 'ADV' }],
  };
  const first = (word: string, lemma: string, sentence: string) => lookupWord(word, {
    dictionary: xylen, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => (w === word ? [{ lemma, upos: lemma === 'sein' ? 'AUX' : 'VERB' }] : words[w.toLowerCase()] ?? [{ lemma: w, upos: /^\p{Lu}/u.test(w) ? 'NOUN' : 'ADV' }]),
  }).senses[0];

  it('reads dafür as für etw.: the wording the verb takes with für comes first, before or after the verb', () => {
    expect(first('xylen', 'xylen', 'Die Stadt will dafür xylen, dass die Busse fahren')).toBe('to ensure sth.');
    expect(first('xylt', 'xylen', 'Die Stadt xylt dafür, dass die Busse fahren')).toBe('to ensure sth.');
    expect(first('xylt', 'xylen', 'Die Stadt xylt die Fahrer')).toBe('to bother sb.');
  });

  it('reads wofür and hierfür alike, but not a word only spelt like one (Damals)', () => {
    expect(first('xylt', 'xylen', 'Die Stadt xylt hierfür')).toBe('to ensure sth.');
    expect(first('xylen', 'xylen', 'Sie fragt, wofür die Stadt xylen will')).toBe('to ensure sth.');
    expect(first('xylt', 'xylen', 'Damals xylt die Stadt die Fahrer')).toBe('to bother sb.');
  });

  it('reads damit opening a clause before its subject as the conjunction, governing nothing', () => {
    const mit = 'xylen {vt} :: to bother sb.\nmit etw. xylen {vi} :: to reckon with sth.';
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(mit))) });
    const sense = (sentence: string) => lookupWord('xylt', {
      dictionary, glossary: defaultLanguage.glossary, context: contextWords(sentence),
      lemmatize: (w) => (w === 'xylt' ? [{ lemma: 'xylen', upos: 'VERB' }] : words[w.toLowerCase()] ?? [{ lemma: w, upos: 'NOUN' }]),
    }).senses[0];
    expect(sense('Damit xylt niemand')).toBe('to reckon with sth.');
    expect(sense('Die Bank senkt den Zins, damit die Preise xylt')).toBe('to bother sb.');
  });

  it("gives a copula the wording only where the pronoun closes its clause (Sie ist dagegen), not the predicate's (Dafür bin ich dankbar)", () => {
    expect(first('ist', 'sein', 'Sie ist dagegen')).toBe('to object to sth.');
    expect(first('ist', 'sein', 'Sie ist dagegen, dass die Busse fahren')).toBe('to object to sth.');
    expect(first('ist', 'sein', 'Dagegen ist die Stadt sehr dankbar')).toBe('to be');
  });
});

describe('a phrase whose words a conjunction joins (ab und zu)', () => {
  // Invented lines for real words.
  const lines = 'ab {prp} :: from\nzu {prp} :: to\nauch {adv} :: also\nab und zu {adv} :: now and then\naber auch :: but then';
  const dict = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const words: Record<string, LemmaCandidate> = {
    ab: { lemma: 'ab', upos: 'ADP' }, zu: { lemma: 'zu', upos: 'ADP' }, und: { lemma: 'und', upos: 'CCONJ' }, aber: { lemma: 'aber', upos: 'CCONJ' },
    auch: { lemma: 'auch', upos: 'ADV' }, kommt: { lemma: 'kommen', upos: 'VERB' }, kommen: { lemma: 'kommen', upos: 'VERB' },
  };
  const first = (word: string, sentence: string) => lookupWord(word, {
    dictionary: dict, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [words[w.toLowerCase()] ?? { lemma: w, upos: 'NOUN' }],
  }).senses[0];

  it('reads the phrase where the conjunction stands between its words', () => {
    expect(first('ab', 'Sie kommt ab und zu vorbei')).toBe('now and then');
    expect(first('zu', 'Sie kommt ab und zu vorbei')).toBe('now and then');
    expect(first('ab', 'Sie kommt ab Montag')).toBe('from');
  });

  it('leaves a phrase the conjunction opens to the words as they are: aber auch is but also', () => {
    expect(first('auch', 'Kinder, aber auch Eltern kommen')).toBe('also');
  });
});

describe('a person named by an adjective, of either gender', () => {
  // As the glossary files them: the singular's line before the plural's, which has no gender.
  const lines = 'Vorsitzende {f} :: chairwoman\nVorsitzende {pl} :: chairwomen';
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const senses = (gender: LemmaCandidate['gender']) =>
    lookupWord('Vorsitzende', { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: 'Vorsitzende', upos: 'NOUN', gender }] }).senses;

  it('reads its singular senses first with both articles, as with one (`der/die Vorsitzende`: not the plural line, chairwomen)', () => {
    expect(senses('die')[0]).toBe('chairwoman');
    expect(senses('der/die')[0]).toBe('chairwoman');
  });
});

describe("a nominalised adjective whose strong form the glossary has only as the adjective's comparative", () => {
  // Invented: `blauer` is only the comparative (bluer); the party is listed in the plural, as the glossary lists parties.
  const lines = 'blauer :: bluer\nBlauen {pl} :: Blue Party; Blues';
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const senses = (dict: typeof dictionary) => lookupWord('Blaue', { dictionary: dict, glossary: defaultLanguage.glossary,
    lemmatize: () => [{ lemma: 'Blaue', upos: 'NOUN', gloss: 'Blauer' }], context: contextWords('Auch Blaue und Rote stimmen zu') }).senses;

  it('reads the plural the glossary lists the group under (Blauen: Blue Party), not the comparative (bluer)', () => {
    expect(senses(dictionary)).toEqual(['Blue Party', 'Blues']);
  });

  it("reads the adjective's own senses where the glossary lists no noun of it (das Rote: red, not redder)", () => {
    const colours = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('roter :: redder\nrot {adj} :: red'))) });
    const readings: Record<string, LemmaCandidate> = { Rote: { lemma: 'Rote', upos: 'NOUN', gloss: 'Roter' }, rote: { lemma: 'rot', upos: 'ADJ' } };
    expect(lookupWord('Rote', { dictionary: colours, glossary: defaultLanguage.glossary, lemmatize: (w) => [readings[w] ?? { lemma: w, upos: 'NOUN' }],
      context: contextWords('Das Rote an der Wand ist neu') }).senses).toEqual(['red']);
  });

  it('reads its strong form where the glossary lists it as a noun (Blauer: blue man)', () => {
    const withNoun = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`${lines}\nBlauer {m} :: blue man`))) });
    expect(senses(withNoun)[0]).toBe('blue man');
  });
});

describe("an adjective made from a name (vom Googleschen Tempo)", () => {
  // Invented: Nordsoft is a firm the glossary lacks; `Wolken` and `Tasche` are words it has.
  const words = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('Wolke {f} :: cloud\nTasche {f} :: bag'))) });
  const senses = (word: string, sentence: string) => lookupWord(word, { dictionary: words, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [{ lemma: w, upos: w === word ? 'NOUN' : 'ADJ' }],
    split: (w) => (w === 'Wolkentaschen' ? { word: w, parts: [{ text: 'Wolken', lemma: 'Wolke' }, { text: 'taschen', lemma: 'Tasche' }], head: 'Tasche' } : { word: w, parts: [{ text: w, lemma: w }], head: w }) }).senses;

  it("says whose it is before its noun: Nordsoft's", () => {
    expect(senses('Nordsoftschen', 'Sie sind vom Nordsoftschen Tempo weit entfernt')).toEqual(["Nordsoft's", 'of Nordsoft']);
    expect(senses('Nordsoftsche', 'Die Nordsoftsche Suche ist schnell')).toEqual(["Nordsoft's", 'of Nordsoft']);
  });

  it('cites it uninflected where the analysis read it as the adjective', () => {
    const card = lookupWord('Nordsoftsche', { dictionary: words, glossary: defaultLanguage.glossary, context: contextWords('Die Nordsoftsche Suche ist schnell'),
      lemmatize: (w) => [w === 'Nordsoftsche' ? { lemma: 'Nordsoftsch', upos: 'ADJ' } : { lemma: w, upos: 'NOUN' }], split: (w) => ({ word: w, parts: [{ text: w, lemma: w }], head: w }) });
    expect([card.lemma, card.pos, card.senses]).toEqual(['Nordsoftsch', 'ADJ', ["Nordsoft's", 'of Nordsoft']]);
  });

  it('reads no name in an adjective in -isch, a patronymic, a word before no noun or a compound of headwords', () => {
    expect([
      senses('Nordländische', 'Die Nordländische Küste ist lang'),
      senses('Olegowitsch', 'Pjotr Olegowitsch Brandt kam'),
      senses('Nordsoftschen', 'Das gehört den Nordsoftschen'),
      senses('Wolkentaschen', 'Die Wolkentaschen Preise steigen'),
    ]).toEqual([[], [], [], []]);
  });
});

describe('the compound parts of a person named by an adjective', () => {
  const lines = 'Vorsitzende {f} :: chairwoman\nVorsitz {m} :: chair\nEnde {n} :: end\nBeauftragte {m,f} :: representative\nRechtsschutz {m} :: legal protection';
  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(lines))) });
  const person = (lemma: string): LemmaCandidate => ({ lemma, upos: 'NOUN', gender: 'der/die' });
  const parts = (word: string, split: string[]) =>
    lookupWord(word, {
      dictionary, glossary: defaultLanguage.glossary,
      lemmatize: (w) => [w === word || w === 'Beauftragte' ? person(w) : { lemma: w, upos: 'NOUN' }],
      split: () => ({ parts: split.map((lemma) => ({ text: lemma, lemma })) }),
    }).parts?.map((p) => p.lemma);

  it('shows none where the last part only spells its ending (Vorsitz|ende), and those of a compound on such a person', () => {
    expect(parts('Vorsitzende', ['Vorsitz', 'Ende'])).toBeUndefined();
    expect(parts('Rechtsschutzbeauftragte', ['Rechtsschutz', 'Beauftragte'])).toEqual(['Rechtsschutz', 'Beauftragte']);
  });
});


describe("the glossary's phrase of an adjective and the clicked noun", () => {
  // Invented lines: `graue Wolke` (looming trouble) is a phrase of the noun Wolke and the adjective grau.
  const lines = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Wolke {f} | Wolken {pl} :: cloud | clouds
grau {adj} :: grey
graue Wolke {f} :: looming trouble`))) });
  const adjectives: Record<string, LemmaCandidate> = { graue: { lemma: 'grau', upos: 'ADJ' }, grauen: { lemma: 'grau', upos: 'ADJ' }, grau: { lemma: 'grau', upos: 'ADJ' }, grauere: { lemma: 'grau', upos: 'ADJ' } };
  const senses = (word: string, sentence: string) => lookupWord(word, {
    dictionary: lines, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === word ? { lemma: 'Wolke', upos: 'NOUN', gender: 'die' } : adjectives[w.toLowerCase()] ?? { lemma: w, upos: 'X' }],
  }).senses.slice(0, 2);

  it.each([
    ['Wolke', 'Über dem Projekt hängt eine graue Wolke.'],
    ['Wolke', 'Ole sprach von der grauen Wolke über dem Projekt.'],
  ])('says what the pair means first where the adjective stands right before %s: %s', (word, sentence) => {
    expect(senses(word, sentence)).toEqual(['looming trouble', 'cloud']);
  });

  it.each([
    ['Wolke', 'Die Wolke über dem Projekt ist grau.', 'the adjective said of the noun elsewhere'],
    ['Wolke', 'Eine grauere Wolke kam nie.', 'a comparative, not the phrase adjective'],
    ['Wolken', 'Über dem Projekt hängen graue Wolken.', "the plural, where the phrase writes the singular"],
  ])("keeps the noun's own sense first in %s (%s)", (word, sentence) => {
    expect(senses(word, sentence)[0]).toBe('cloud');
  });
});

describe("the glossary's phrase of the clicked noun and the noun it governs in the genitive", () => {
  // Invented lines: `Ende einer Geduld` (breaking point) and `Ende des Sommers` (late summer) are phrases of the noun Ende.
  const lines = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(`Ende {n} | Enden {pl} :: end | ends
Geduld {f} :: patience
Sommer {m} | Sommer {pl} :: summer | summers
Ende einer Geduld {n} :: breaking point
Ende des Sommers {n} :: late summer`))) });
  const readings: Record<string, LemmaCandidate> = {
    der: { lemma: 'der', upos: 'DET' }, einer: { lemma: 'ein', upos: 'DET' }, des: { lemma: 'der', upos: 'DET' }, die: { lemma: 'der', upos: 'DET' }, dem: { lemma: 'der', upos: 'DET' },
    vergangenen: { lemma: 'vergangen', upos: 'ADJ' }, Geduld: { lemma: 'Geduld', upos: 'NOUN' }, Sommers: { lemma: 'Sommer', upos: 'NOUN' },
    Sommer: { lemma: 'Sommer', upos: 'NOUN' },
  };
  const senses = (sentence: string) => lookupWord('Ende', {
    dictionary: lines, glossary: defaultLanguage.glossary, context: contextWords(sentence),
    lemmatize: (w) => [w === 'Ende' ? { lemma: 'Ende', upos: 'NOUN', gender: 'das' } : readings[w] ?? { lemma: w, upos: 'X' }],
  }).senses.slice(0, 2);

  it.each([
    ['Mit dem Ende der Geduld kam der Streit.', 'breaking point'],
    ['Ole kam erst am Ende des Sommers zurück.', 'late summer'],
    ['Ole kam erst am Ende vergangenen Sommers zurück.', 'late summer'],
    ['Mit dem Ende einer Geduld kam der Streit.', 'breaking point'],
  ])('says what the pair means first where the genitive follows the noun: %s', (sentence, sense) => {
    expect(senses(sentence)).toEqual([sense, 'end']);
  });

  it.each([
    ['Am Ende mit der Geduld sprach Ole leiser.', 'the same noun as a dative after a preposition'],
    ['Weil Ole dem Ende die Geduld opferte, blieb er.', 'the same noun as an object after a dative'],
    ['Ole kam erst am Ende der Sommer zurück.', 'a plural genitive, where the phrase writes the singular'],
  ])("keeps the noun's own sense first in %s (%s)", (sentence) => {
    expect(senses(sentence)[0]).toBe('end');
  });
});
