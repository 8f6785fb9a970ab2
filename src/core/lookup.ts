/**
 * One word → its glossary card: lemma, part of speech, gender, plural and senses. The morphology
 * engine plugs in as `lemmatize` (inflected forms → dictionary forms) and `split` (compounds →
 * parts, each looked up on its own); without them the word is looked up as written.
 */
import type { Article, CompoundPart, Token, Upos } from './analysis';
import { startsUpper } from './analysis/capital';
import { isAffix } from './analysis/04-compounds';
import type { GlossVariants } from './analysis/06-glossCoverage';
import { type DictEntry, type Dictionary, formExtraWords, isPhraseForm, type PhraseMarkers, phraseWords } from './dictionary';

export interface LemmaCandidate {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
  /** The headword to look up when the glossary lacks `lemma` (the analysis's `Token.gloss`: `besiedelt` → besiedeln). */
  gloss?: string;
  /** A person's name by the text's evidence (`Token.person`): the card shows it whole, as the name. */
  person?: true;
}

/**
 * How the language's glossary writes what the card shows (its gender codes, region notes, reflexive pronoun and a
 * phrase's slots), from the language model (`LanguageModel.glossary`), so the lookup itself knows no language's words.
 */
export interface GlossaryConventions extends PhraseMarkers {
  /** The glossary's gender codes → the language's articles (`m` → `der`). */
  genderArticles: Readonly<Record<string, Article>>;
  /**
   * The reflexive pronouns of the first and second persons, by the subject pronoun they go with (`ich` → mich, mir): in
   * `Ich stelle mir das vor` they do what the glossary's reflexive pronoun does in its wordings (`sich etw. vorstellen`).
   */
  reflexiveForms: Readonly<Record<string, readonly string[]>>;
  /**
   * The translation's word for the reflexive pronoun as dictionaries cite it (English `oneself`): the reflexive's entry
   * giving it, its third person, leads its card. Optional: without it the glossary's order stands.
   */
  reflexiveGloss?: string;
  /**
   * The translation's prepositions (English `at`, `from`, `through`): a preposition's plain senses so worded come before
   * its others. Optional: without it the glossary's order stands.
   */
  translationPrepositions?: ReadonlySet<string>;
  /** A note marking a word as the standard word of one country only (`[Ös.]` → 'at'). */
  regionNotes: Readonly<Record<string, Region>>;
  /**
   * An entry note marking a colloquial, old, rare, poetic or dialect word (`[ugs.]`, `[veraltet]`, `[Süddt.]`): it goes after
   * plain ones. A country's standard word (`regionNotes`) is none: it is what the word means where a text is written.
   */
  markedNote: RegExp;
  /**
   * Verbs an adjective beside which is said of their subject or object (German `sein`, `werden`, `bleiben`; `machen`:
   * `glücklich machen`), not of how they happen: it is no adverb there.
   */
  copulas?: readonly string[];
  /**
   * Verbs that take a copula's infinitive and say nothing of what it joins (German modals: `Die Tür dürfte geschlossen
   * sein`): beside a copula they leave a participle the state it says. Optional.
   */
  modals?: readonly string[];
  /**
   * Other verbs an adjective beside which may be said of their object or subject (German `findet es gut`, `hält ihn für
   * naiv`, `scheint geschlossen`), though it is mostly how they happen where it stands right before them (`wirkt sich positiv
   * aus`): a clause with one may be saying what something is. Optional.
   */
  predicative?: readonly string[];
  /**
   * Words after which an adjective as written is said of something, not of how it happens (German `als`: `erweist sich als
   * schwierig`, `gilt als sicher`): its adjective senses come before its adverb ones. Optional.
   */
  predicativeAfter?: ReadonlySet<string>;
  /** The translation's mark of a figurative gloss (`[fig.]`). Optional: without it no gloss is figurative. */
  figurative?: RegExp;
  /** The same marks on the translation's side (`[coll.]`, `[obs.]`, `[Br.]`): an entry all of whose senses have one goes after plain ones. */
  markedSense: RegExp;
  /**
   * Marks of one English's spelling among those (`[Br.]`, `[Am.]`): a sense list that spells a word both ways
   * (`colour [Br.]; color [Am.]`, `per cent [Br.]; percent [Am.]`) gives a plain word, not a regional one.
   */
  spellingMarks: RegExp;
  /** The translation's object slots, global and lower case (`sb.`, `sth.`, `sb.'s`): senses differing only in them are one. */
  senseSlots: RegExp;
  /** A gloss's abbreviation written after it, global (Ding: between slashes, `height /h, ht/`): no word of the gloss. */
  abbreviation: RegExp;
  /** Other headwords the glossary may list a lemma under (the model's `glossVariants`: `zweit` → zweite). */
  variants: GlossVariants;
  /**
   * The uninflected comparative or superlative an inflected adjective form may be (`weiteren` → weiter, `jüngsten` →
   * jüngst), best first: a glossary lists the lexicalised ones with meanings of their own (further, latest). `upos` is
   * the reading's (an adjective's or a determiner's).
   */
  degreeForms: (form: string, upos: Upos) => string[];
  /**
   * An adjective without its case ending (`internen`, `interne` → intern; `kleinere` → kleiner, a comparative), so that a
   * phrase's adjective and the sentence's can be compared. Optional: without it no phrase of an adjective and a noun is read.
   */
  adjectiveWithoutEnding?: (form: string) => string;
  /** The verbs an adjective may be the past participle of (`überzeugt` → überzeugen), where that is certain from its form. */
  /**
   * The translation's past participle of a verb sense (`to populate sth.` → populated), where the translation forms it
   * regularly beyond doubt; optional: a language without it shows the verb's senses.
   */
  pastParticiple?: (sense: string) => string | undefined;
  /**
   * The translation's noun of the action a verb sense names (`to fall asleep` → falling asleep), where its spelling is
   * certain: a verb's infinitive read as a noun (`das Einschlafen`) means that. Optional: without it such a noun shows its
   * verb's senses.
   */
  gerund?: (sense: string) => string | undefined;
  /**
   * What a translation language (by its code) makes of a sense of a derived word's base with the deriving affix's
   * counterpart (German `re-` + nationalization → renationalization, `-barkeit` + to process → processability), where it
   * derives the word regularly beyond doubt. Optional: without it, or for another language, a derived word the glossary
   * lacks is explained by its parts only.
   */
  derivedSenses?: Readonly<Record<string, (affix: string, sense: string) => string | undefined>>;
  /**
   * What a translation language (by its code) makes of a two-part compound from its parts' senses (German `Schul|typ`:
   * school type), where it writes compounds so. Optional: without it, or for another language, a compound the glossary
   * lacks is explained by its parts only.
   */
  composedSenses?: Readonly<Record<string, (modifier: ComposablePart, head: ComposablePart) => string[]>>;
  /**
   * A sense as the words a translation language (by its code) puts in a compound (`type (of sth.)` → type), undefined
   * where it puts none (a phrase, a verb's wording): what `composedSenses` joins, and what the asset build counts in the
   * glossary's own compounds to choose which of a part's senses they use.
   */
  compoundWords?: Readonly<Record<string, (sense: string) => string | undefined>>;
  participleVerbs: (adjective: string) => string[];
  /**
   * The mark of a wording whose verb asks how it turns out, on either side (Ding: `ausfallen {vi} (in bestimmter Weise)` ::
   * to have a (specified) result; `ausgehen` :: to turn out (to end in a particular way)): an adjective right before the
   * verb or its particle says that (`Der Test fiel knapp aus`), and chooses the wording. Optional: without it none asks so.
   */
  manner?: RegExp;
  /**
   * The glossary's marks of the case a preposition's line takes (Ding `+Dat.`, `+Akk.`), and the mark a preposition that
   * takes either has before the word after it, as written, where that shows its case (German `in dem`, `im`, `in
   * Nordland`: `+Dat.`, in; `in die`: `+Akk.`, into).
   * Optional: without it a preposition's lines stand as listed.
   */
  objectCase?: { marks: readonly string[]; of: (preposition: string, article: string) => string | undefined };
  /** A preposition fused with an article (`vom` → von, dem): a sentence's `vom` governs as `von` does. */
  contractions: Readonly<Record<string, readonly string[]>>;
  /**
   * The preposition a word joins with a pronoun for its object (German `darauf` → auf: `Sie freut sich darauf` reads `sich
   * auf etw. freuen`, `Er sorgt dafür, dass …` reads `für etw. sorgen`), which a verb governs as it does the preposition.
   * Optional: without it such words govern nothing.
   */
  pronominalAdverb?: (word: string) => string | undefined;
  /**
   * Whether a preposition before a noun's lemma opens an adverbial of time (German `am Montag`, `vor zwei Jahren`), no
   * object of the verb, so it chooses no wording (`an etw. fehlen` is no reading of `Am Montag fehlte Ole`). Optional:
   * without it every preposition may be the verb's.
   */
  timeAdverbial?: (preposition: string, lemma: string) => boolean;
  /**
   * Prepositions that are also a word of degree before an adjective or adverb (German `zu`: `zu spät`, too late), where
   * they have no object and so choose no wording of the verb. Optional: without it a preposition is always one.
   */
  degreeWords?: ReadonlySet<string>;
  /**
   * The object slots of a wording that stand for a person only (German `jdm.`, `jdn.`): a preposition fused with an
   * article (`zum Einsatz kommen`) opens a common noun's phrase, hardly ever a person's, so it is no reason for `zu jdm.
   * kommen` (to come up to sb.). Optional: without it every slot may be either.
   */
  personSlots?: ReadonlySet<string>;
  /**
   * Verbs that take the clause's reflexive pronoun with another verb's infinitive (German `lassen`: `Das lässt sich
   * vergleichen`, it can be compared): that sich is theirs, and chooses no reflexive sense of the infinitive.
   */
  reflexiveVerbs?: readonly string[];
  /**
   * The wording's slot of a person in the dative (German `jdm.`) and whether a word of a clause may fill it (a dative
   * pronoun or determiner, a name): `jdm. vorliegen` (to be with sb.) is no reading of `Die Zahlen liegen noch nicht
   * vor`, where nothing may be that person. Optional: without it every wording with the slot may fit.
   */
  dativeSlot?: { slot: string; mayFill: (word: string, before: string | undefined) => boolean };
  /**
   * The wording's slot of a person in the accusative (German `jdn.`) and the pronouns that can be nothing but such a
   * person (`ihn`): `man kann ihn anzeigen` says `jdn. anzeigen` (to press charges against sb.), not
   * `to signal` or `etw. anzeigen` (to display sth.). Optional: without it no wording is chosen by its object.
   */
  personObject?: { slot: string; pronouns: ReadonlySet<string> };
  /**
   * The subject pronouns that stand for a person (German `ich`, `er`), and the translation's mark of a sense said of a
   * thing as subject (`to make for sth. (of a thing)`): beside such a subject a sense so marked is another use of the verb
   * than the clause's (`Er sorgte für Empörung`: to cause, not to make for). Optional: without it no sense is chosen by its
   * subject.
   */
  thingSubject?: { personPronouns: ReadonlySet<string>; sense: RegExp };
  /**
   * The translation's words that say nothing of a sense's meaning (`to`, `be`, `the`): `to put the blame on sb.` says what
   * `to blame sb.` does. Optional: without it only senses alike but for slots and notes are one.
   */
  glossFillers?: ReadonlySet<string>;
  /**
   * Whether a plain sense of a verb is the verb taken over from the translation's language (`stoppen` :: to stop, `hacken`
   * :: to hack), which keeps its meaning there, unlike an old shared word whose meanings drifted apart (`halten` :: to
   * halt, `springen` :: to spring); `formOf` says whether a word is a form of the verb. Optional: without it none is.
   */
  cognate?: (verb: string, sense: string, formOf: (word: string) => boolean) => boolean;
  /**
   * A verb form that says what would be (German Konjunktiv II: `möchte`, `hätte`), by the form, its verb and whether a
   * word is a form of that verb, and a verb sense worded so in the translation (`to like sth.` → would like sth.).
   * Optional: without it such a form shows its verb's senses as they are.
   */
  conditional?: {
    is: (form: string, verb: string, formOf: (word: string) => boolean) => boolean;
    /** The sense so worded, and whether it is the auxiliary's own (English `would`, `could` of will, can). */
    sense: (sense: string) => { sense: string; auxiliary: boolean } | undefined;
  };
  /**
   * What an auxiliary does by the verb form its clause ends in (German `werden`: with an infinitive the future, `wird …
   * fahren`: will; with a participle the passive, `wurde … gebaut`: to be), which its card says before the verb's own
   * senses (to become). Optional: without it an auxiliary shows its verb's senses as they are.
   */
  auxiliaryUses?: Readonly<Record<string, Record<'infinitive' | 'participle', { sense: string; forms: readonly string[] }>>>;
  /**
   * The lemmas of the language's articles (German `der`, `ein`): one before a noun or an adjective is that noun's, not a
   * pronoun or numeral of a phrase ending in the same word. Optional: without it such a phrase may be read there.
   */
  articles?: ReadonlySet<string>;
  /**
   * Words that pair with a later word of their clause (German `so` … `wie`: as … as): a sense the later word's entries
   * give too (`wie` :: as) is the pair's, and where the later word does not follow it goes after the word's other plain
   * senses (`Und so kommt es`: so, thus, not as). Optional: without it no sense waits for a pair.
   */
  correlatives?: Readonly<Record<string, string>>;
  /**
   * An adverb that credits what its sentence says to the subject it stands before at the sentence's end, after a comma
   * (German `…, so der Minister.`, `…, so Hotz.`: according to), and the preposition whose senses say that (`laut`), which
   * the adverb's own entries lack. Optional: without it the adverb keeps its own senses there.
   */
  reportingAdverb?: { word: string; preposition: string };
  /** The note on a place name's entry (`[geogr.]`): a name, even with a gender (`die Schweiz`). */
  placeNote: string;
  /**
   * Common first names: a name right after one is a person's surname (`Jan Kraft`), not the common noun it is spelled
   * like. Optional: without it no name is read so.
   */
  firstNames?: ReadonlySet<string>;
  /**
   * Number words the glossary writes number compounds with, each with its value and its word in the translation
   * (`zehn`, 10, `ten`: `zehnjährig` :: ten-year-old), best first: a number in digits (`21-jährig`) reads from them.
   */
  numberWords: readonly { word: string; value: number; translation: string }[];
  /**
   * The translation's words for how near a number comes (`about`, `approximately`): an adverb's sense so worded is said of
   * a number (`etwa 300`: about 300), and where no number follows the adverb it goes after the adverb's other plain senses
   * (`etwa per E-Mail`: for example). Optional: without it such senses stay in place.
   */
  approximation?: RegExp;
  /**
   * The places a word may be the adjective of (German: a capitalised word in -er, `Kieler` → Kiel, `Münchner` → München):
   * an adjective so read names the place (`die Kieler Polizei`). Optional: without it an adjective names no place.
   */
  placeAdjective?: (word: string) => string[];
  /**
   * The name a capitalised word may be the adjective of and what the adjective says (German: the name with -sch and an
   * ending, `Googlesche` → Google: Google's, of Google). Optional: without it no word is read so.
   */
  nameAdjective?: (word: string) => { name: string; senses: string[] } | undefined;
  /**
   * The glossary's code of a noun it lists in the plural (Ding's `{pl}`: `Streitkräfte {pl}` :: armed forces) and the
   * plurals a noun form may be as the glossary writes them (German: a dative plural is the plural with -n, `Streitkräften`).
   * Optional: without it a plural is looked up under its singular only. `singular` gives the translation's singular of a
   * sense (`security agents` → security agent), the same meaning as the singular's sense.
   */
  plural?: {
    code: string;
    /** The article of every plural (German `die`): a noun the glossary lists in the plural only (`Kosten {pl}`) takes it. */
    article: string;
    forms: (form: string) => string[];
    singular: (sense: string) => string;
    /** The plurals of a nominalised adjective's form (`Grüne` → Grünen). */
    adjectiveNoun: (form: string) => string[];
  };
  /**
   * The mark before a word the glossary gives as the end of other words (Ding: `…händler`): build:dict records there
   * what a noun means at the end of the glossary's compounds (`…engpass`: bottleneck), which a compound it lacks reads.
   */
  compoundHead: string;
  /**
   * The mark after a word the glossary gives as the start of other words (Ding: `Haupt…` :: main): build:dict records
   * there what it means in the glossary's compounds, which a compound's first part reads before its own senses.
   */
  compoundModifier: string;
  /**
   * The mark before an English word German borrowed (`»browser`): build:dict records there the words the glossary's own
   * compounds show borrowed and it lacks as headwords (scripts/dict/loanwords.ts), which a noun the glossary lacks reads.
   * Optional: a glossary without them gives such a noun nothing.
   */
  loanword?: string;
}

export interface LookupDeps {
  dictionary: Dictionary;
  glossary: GlossaryConventions;
  lang?: string;
  /** Candidates best first; the first one the dictionary knows wins. */
  lemmatize?: (word: string) => LemmaCandidate[];
  /** Compound parts (`Engine.split`); a word with two or more parts gets `parts` on its card. */
  split?: (word: string) => { parts: CompoundPart[] };
  /**
   * The words of the sentence the word was read in. A reflexive sense (`sich ankündigen`) or an
   * idiom whose other words stand there (`gegen etw. sein` in "Sie ist gegen den Plan") then
   * comes first; a reflexive sense of a sentence without `sich` goes last.
   */
  context?: readonly string[];
}

export interface WordLookup {
  word: string;
  lemma: string;
  pos: Upos | null;
  gender: Article | null;
  plural: string | null;
  /** Senses of the word itself, best first, near-duplicates (`to like sb.`, `to like sth.`) once. */
  senses: string[];
  /** The entries those senses come from, best first. */
  entries: DictEntry[];
  /** Idioms and phrases the word is part of (`gegen etw. sein`, `frei Haus`): shown as phrases, never as its senses. */
  phrases: DictEntry[];
  /** Where the word is the standard word of one country only (Ding's [Ös.], [Schw.]): 'at', 'ch'. */
  regions?: Region[];
  /** Compounds: each part as written with its own card (`Verteidigung|s` + `Minister`). */
  parts?: PartLookup[];
}

/**
 * A compound part as the composition of a compound's senses reads it (`GlossaryConventions.composedSenses`): as written,
 * its part of speech, its senses best first, and `modifier` where the first of them is what it means at the start of
 * compounds (`Haupt…` :: main).
 */
export type ComposablePart = Pick<PartLookup, 'text' | 'pos' | 'senses' | 'modifier'>;

/** A compound part's card: the part as written, its linking element, and its lemma's senses. */
export interface PartLookup {
  text: string;
  link?: string;
  lemma: string;
  /**
   * The first part as written with its link (`Spitzen` of Spitzen|politiker), where the glossary gives what it means at
   * the start of compounds (`Spitzen…` :: top-level): those senses lead `senses`, the word's own follow.
   */
  modifier?: string;
  pos: Upos | null;
  gender: Article | null;
  plural: string | null;
  senses: string[];
}

// Ding's brace codes → Universal Dependencies tags.
const POS: Record<string, Upos> = {
  m: 'NOUN', f: 'NOUN', n: 'NOUN', pl: 'NOUN', v: 'VERB', vt: 'VERB', vi: 'VERB', vr: 'VERB',
  adj: 'ADJ', adv: 'ADV', prp: 'ADP', conj: 'CCONJ', art: 'DET', pron: 'PRON', ppron: 'PRON', num: 'NUM', interj: 'INTJ',
};
/** Ding's code of a transitive verb, whose past participle is a passive adjective (`jdn. überzeugen` → überzeugt). */
const TRANSITIVE = 'vt';

const isExact = (entry: DictEntry, lemma: string) => entry.headword.toLowerCase() === lemma.toLowerCase();
export type Region = 'at' | 'ch';

/**
 * Whether a sense is marked colloquial, old, formal or regional (`[coll.]`, `[obs.]`, `[Am.]`), among the senses it is
 * listed with: a spelling mark is none where they spell the word the other way too (`per cent [Br.]; percent [Am.]`).
 */
export function markedSense(sense: string, senses: readonly string[], glossary: Pick<GlossaryConventions, 'markedSense' | 'spellingMarks'>): boolean {
  if (!glossary.markedSense.test(sense)) return false;
  const mark = glossary.spellingMarks.exec(sense)?.[0];
  if (mark === undefined || !senses.some((o) => respells(o, sense, mark, glossary))) return true;
  return glossary.markedSense.test(sense.replaceAll(mark, ' '));
}

/** Whether `other` is `sense` spelt the other way: marked with a spelling mark that is not `sense`'s own `mark`. */
function respells(other: string, sense: string, mark: string, glossary: Pick<GlossaryConventions, 'spellingMarks'>): boolean {
  return other !== sense && glossary.spellingMarks.test(other) && !other.includes(mark) && sameWord(letters(other), letters(sense));
}

/**
 * An entry's senses with each word spelt the British and the American way given once, both spellings in one sense
 * (`honour [Br.]`, `honor [Am.]` → `honour / honor`): the card shows three senses, and a spelling is no second meaning.
 * A pair written with an abbreviation between slashes stays as it is, as it would read ambiguously.
 */
function oneSpelling(senses: readonly string[], glossary: Pick<GlossaryConventions, 'spellingMarks'>): readonly string[] {
  const twin = new Map<number, number>();
  const taken = new Set<number>();
  const slashed = (s: string) => s.replace(SPACED_SYMBOL, '').includes('/');
  senses.forEach((sense, i) => {
    const mark = glossary.spellingMarks.exec(sense)?.[0];
    if (mark === undefined || taken.has(i) || slashed(sense)) return;
    const j = senses.findIndex((o, k) => k > i && !taken.has(k) && !slashed(o) && respells(o, sense, mark, glossary));
    if (j > i) { twin.set(i, j); taken.add(j); }
  });
  if (twin.size === 0) return senses;
  const bare = (s: string) => s.replace(SPACED_SYMBOL, ' ').replace(new RegExp(glossary.spellingMarks.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
  return senses.flatMap((sense, i) => (twin.has(i) ? [`${bare(sense)} / ${bare(senses[twin.get(i)!]!)}`] : taken.has(i) ? [] : [sense]));
}

/**
 * A sense without the forms the glossary writes in angle brackets for its search (Ding: `last <laste>`, `full <fuller>
 * <fullest>`, `to help out <> sb.`): a learner reads the gloss, not its old spellings and comparison.
 */
function withoutVariants(senses: readonly string[]): readonly string[] {
  if (!senses.some((s) => VARIANT.test(s))) return senses;
  return senses.map((s) => s.replace(new RegExp(VARIANT.source, 'g'), '').replace(/\s+/g, ' ').trim() || s);
}
const VARIANT = /\s*<[^>]*>/;

/**
 * A symbol written spaced between slashes after a gloss (Ding: `percent [Am.] / % /`): no word of it, and no reason to keep
 * a spelling pair apart (Prozent: percent / per cent, not `percent [Am.] / % /` and `per cent [Br.]`).
 */
const SPACED_SYMBOL = /\s\/\s*[^\p{L}\p{N}\s/]+\s*\//gu;

/** A sense's letters, without its notes: `per cent [Br.]` → percent. */
const letters = (sense: string) => sense.replace(/\([^)]*\)|\[[^\]]*\]|\/[^/]*\//g, '').toLowerCase().replace(/[^\p{L}]/gu, '');

/** One word spelt two ways differs in a letter or two (colour, color; titbit, tidbit); another word (secondment, assignment) in more. */
function sameWord(a: string, b: string): boolean {
  if (a.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  // Edit distance, row by row.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]! <= 2;
}

/**
 * The context of a click, built in one place for the popover and the click scorer (scripts/evalClicks.ts) so the
 * scorer measures what the app shows: the clicked token's reading in its sentence (its shown lemma, part of speech and
 * gender) and the sentence's words, which choose among senses (`sich`, an idiom's preposition).
 */
export function clickReading(lemma: string, token: Pick<Token, 'upos' | 'gender' | 'plural' | 'gloss' | 'sepVerb' | 'person'> | undefined): LemmaCandidate {
  // A separable verb's particle (`setzen … um`) shows the verb's card, ranked as the verb's: a verb's senses, `sich`.
  const upos = token?.sepVerb ? 'VERB' : token?.upos ?? 'X';
  // A person named by an adjective has the analysis's plural (die Wohnungslosen), which the glossary may lack.
  const plural = ofEitherSex(token?.gender) && token?.plural ? { plural: token.plural } : {};
  return { lemma, upos, ...(token?.gender ? { gender: token.gender } : {}), ...plural, ...(token?.gloss ? { gloss: token.gloss } : {}), ...(token?.person ? { person: true } : {}) };
}

/** The articles a gender stands for: one, or both of a person named by an adjective (`der/die Verletzte`). */
const articlesOf = (gender: Article): string[] => gender.split('/');
/** A person named by an adjective, who takes either article (`der/die Vorsitzende`). */
const ofEitherSex = (gender: Article | null | undefined): boolean => !!gender && articlesOf(gender).length > 1;

/**
 * The article written before the clicked word's lemma: a noun's, and a name's the lexicon knows as a noun with its
 * gender (UD, and so the tagger, calls weekdays, months and currencies names: der Mittwoch, der Euro, die Schweiz).
 * A noun the lexicon lacks takes its card's gender, the dictionary's (der Hacker, die Haptik); a nominalised adjective
 * shows its card's two articles (der/die Verletzte), as a dictionary lists it.
 */
export function clickArticle(token: { upos: Upos; gender?: Article | undefined } | undefined, cardGender?: Article | null): Article | undefined {
  if (!token || (token.upos !== 'NOUN' && token.upos !== 'PROPN')) return undefined;
  return (ofEitherSex(cardGender) ? cardGender : undefined) ?? token.gender ?? cardGender ?? undefined;
}

/** Where the context's clauses break (a comma, a dash, a full stop): a phrase's words do not reach across it. */
const CLAUSE_BREAK = ',';

/**
 * Where an insertion (a bracket, a dash) opens or closes: a phrase's words do not reach across it either, but the clause
 * goes on after it (`wie sich die Maßnahmen (Grenzschließung) auf Kinder auswirken`).
 */
const INSERTION = '(';
const isBreak = (w: string | undefined) => w === CLAUSE_BREAK || w === INSERTION;

/** The sentence's words, with a CLAUSE_BREAK for each punctuation mark that ends a clause and an INSERTION for a bracket or dash. */
export function contextWords(sentence: string): string[] {
  // A number's own marks (`6.0`, `1:41,983`) end no clause.
  return (sentence.match(/\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}]+|[,;:.!?()–—]/gu) ?? []).map((w) => (/^[\p{L}\p{N}]/u.test(w) ? w : /[()–—]/u.test(w) ? INSERTION : CLAUSE_BREAK));
}

/**
 * The words of the clauses the word stands in (the whole sentence where it is not there as written). A stretch without a
 * verb before a comma belongs to the clause after it, as a list does (`ob es sich um Arbeitsrecht, Mietrecht oder
 * Anlegerschäden handelt`).
 */
function clauseOf(context: readonly string[], word: string, isVerb: (word: string) => boolean): string[] {
  const click = word.toLowerCase();
  const clauses: string[][] = [[]];
  for (const w of context) {
    if (w === CLAUSE_BREAK && clauses.at(-1)!.some(isVerb)) clauses.push([]);
    else if (!isBreak(w)) clauses.at(-1)!.push(w);
  }
  const own = clauses.filter((c) => c.some((w) => w.toLowerCase() === click));
  return own.length ? own.flat() : [...context];
}

/**
 * Whether a clause of the sentence has a first or second person's reflexive pronoun beside its subject (`ich … mir`);
 * `mir` in another clause, or beside another subject (`du gibst mir`), is an object.
 */
function personalReflexive(context: readonly string[], forms: GlossaryConventions['reflexiveForms']): boolean {
  let clause = new Set<string>();
  for (const w of [...context, CLAUSE_BREAK]) {
    if (w !== CLAUSE_BREAK) clause.add(w.toLowerCase());
    else if (Object.entries(forms).some(([subject, own]) => clause.has(subject) && own.some((f) => clause.has(f)))) return true;
    else clause = new Set();
  }
  return false;
}

/**
 * A hyphenated word nothing splits (`Nordland-Aus`): what stands before the last hyphen is one part, and the last heads
 * it where the dictionary lists it as a noun, whatever the first is (a name, a word it lacks), and read as that noun
 * (`Aus`: a word the analysis knows only as the preposition at a sentence's start).
 */
function hyphenHead(word: string, deps: LookupDeps): { parts: CompoundPart[]; head?: LemmaCandidate } {
  const hy = word.lastIndexOf('-');
  const rest = word.slice(hy + 1);
  // Not a letter (`USB-C`), which the dictionary lists as a noun too.
  const noun = hy > 0 && rest.length > 1 && /^\p{Lu}/u.test(rest) && exactEntries(deps.dictionary, rest, deps.lang ?? 'en').some((e) => entryPos(e).has('NOUN'));
  return noun ? { parts: [{ text: word.slice(0, hy), lemma: word.slice(0, hy) }, { text: rest, lemma: rest }], head: { lemma: rest, upos: 'NOUN' } } : { parts: [] };
}

/**
 * A word in capitals that is an abbreviation: the news' are of two to four letters (EU, UNO, ÖVP, NATO); a longer one is
 * a word a headline sets in capitals (`MATHEMATIK-Olympiade`), which reads as the word.
 */
const ABBREVIATION = /^\p{Lu}{2,4}$/u;

export function lookupWord(word: string, deps: LookupDeps): WordLookup {
  const card = lookupParts(word, deps);
  if (!card.senses.length) borrowedSenses(card, deps);
  return card;
}

/**
 * A noun the glossary lacks that is an English word German borrowed (`Browser`, each part of `Power-Button`) means that
 * word: the glossary's own nouns so spelt have it among their senses in 90 % (scripts/dict/loanwords.ts). Not a word
 * read as a name, which English spells alike for other reasons (a person, a brand); a hyphen joins nouns, whatever the
 * tagger called the whole. German capitalises each noun: a word in lower case is none.
 */
function borrowedSenses(card: WordLookup, deps: LookupDeps): void {
  const pieces = card.lemma.split('-');
  const noun = card.pos === 'NOUN' || (pieces.length > 1 && card.pos === 'PROPN' && !deps.lemmatize?.(card.word)[0]?.person);
  if (!noun) return;
  const senses = pieces.map((p) => loanSense(p, deps));
  if (senses.some((s) => s === undefined)) return;
  card.senses = [senses.join(' ')];
  card.entries = [{ headword: card.lemma, grammar: [], senses: card.senses }];
}

/**
 * The English word a capitalised noun German borrowed means (`Desktop` → desktop), if build:dict recorded it as one; in
 * its English plural too, which German keeps for such words (`Desktops`).
 */
function loanSense(noun: string, deps: LookupDeps): string | undefined {
  const lemma = borrowedLemma(noun, deps);
  return lemma === undefined ? undefined : exactEntries(deps.dictionary, deps.glossary.loanword + lemma.toLowerCase(), deps.lang ?? 'en')[0]?.senses[0];
}

/** The singular of a noun build:dict recorded as borrowed from English (`Desktops` → Desktop), if it is one. */
function borrowedLemma(noun: string, deps: LookupDeps): string | undefined {
  const mark = deps.glossary.loanword;
  if (!mark || !/^\p{Lu}\p{Ll}+$/u.test(noun)) return undefined;
  const recorded = (w: string) => exactEntries(deps.dictionary, mark + w.toLowerCase(), deps.lang ?? 'en').length > 0;
  return [noun, ...(noun.endsWith('s') ? [noun.slice(0, -1)] : [])].find(recorded);
}

/** The deps with the word's readings not looked up under `gloss`, the headword the analysis gave it. */
function withoutGloss(word: string, gloss: string, deps: LookupDeps): LookupDeps {
  const lemmatize = deps.lemmatize;
  if (!lemmatize) return deps;
  const unglossed = (c: LemmaCandidate): LemmaCandidate => {
    const out = { ...c };
    delete out.gloss;
    return out;
  };
  return { ...deps, lemmatize: (w) => (w === word ? lemmatize(w).map((c) => (c.gloss === gloss ? unglossed(c) : c)) : lemmatize(w)) };
}

/**
 * A split's parts joined again where together they spell an English word German borrowed (`Linux-Desk|tops` →
 * Desktops): the splitter knows German words only and cuts a loanword into those its letters spell (Desk, Top), whose
 * senses say nothing of it. Not across a linking element, which only German compounds have.
 */
function borrowedParts(parts: readonly CompoundPart[], deps: LookupDeps): CompoundPart[] {
  const out: CompoundPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    let joined: CompoundPart | undefined;
    for (let j = parts.length; j > i + 1 && !joined; j--) {
      const run = parts.slice(i, j);
      if (run.slice(0, -1).some((p) => p.link)) continue;
      const letters = run.map((p) => p.text).join('');
      const text = letters.charAt(0).toUpperCase() + letters.slice(1).toLowerCase();
      const lemma = borrowedLemma(text, deps);
      if (lemma === undefined) continue;
      joined = { text, lemma };
      if (run.at(-1)!.link) joined.link = run.at(-1)!.link!;
      i = j - 1;
    }
    out.push(joined ?? parts[i]!);
  }
  return out;
}

/** The card of a word and, where it is a compound or derived, of its parts, with what they say of a whole the glossary lacks. */
function lookupParts(word: string, deps: LookupDeps): WordLookup {
  // A person's name is no compound, whatever its letters spell (Brand|tner).
  const cut = deps.lemmatize?.(word)[0]?.person ? undefined : deps.split?.(word).parts;
  const split = cut && borrowedParts(cut, deps);
  // The analysis read the word as its cut's head (`Linux-Desk|tops` → Top), which a head joined into a borrowed word is not.
  const card = lookupOne(word, cut && split && split.at(-1) !== cut.at(-1) ? withoutGloss(word, cut.at(-1)!.lemma, deps) : deps);
  const hyphened = (!split || split.length < 2) && !card.senses.length ? hyphenHead(word, deps) : undefined;
  const parts = hyphened?.head ? hyphened.parts : split;
  // A derived word the glossary lists (`Regulierung`) is explained by its own senses: its base and affix (`-ung`, which
  // has no entry) would add a line saying nothing; one it lacks is explained by them.
  const affixed = parts?.some(isAffix) ?? false;
  if (parts && parts.length > 1 && !(affixed && card.senses.length)) {
    // Parts are looked up by their lemma; the engine already knows what each part is.
    const partDeps: LookupDeps = { dictionary: deps.dictionary, glossary: deps.glossary, lang: deps.lang ?? 'en' };
    const nounHead = hyphened?.head;
    const lemmatize = deps.lemmatize;
    if (nounHead) partDeps.lemmatize = (w) => (w === nounHead.lemma ? [nounHead] : lemmatize?.(w) ?? []);
    else if (lemmatize) partDeps.lemmatize = lemmatize;
    card.parts = parts.map((p, i) => {
      const found = lookupOne(p.lemma, partDeps);
      // An abbreviation (`UNO-`, `AUA-`) is a name of its own letters, which a word the glossary writes otherwise is not
      // (Uno, a card game; aua, ouch): the part shows no senses but those of a headword written as it is (`SUV`).
      const other = ABBREVIATION.test(p.text) && !found.entries.some((e) => e.headword === p.text);
      const { lemma, pos, gender, plural, senses } = other ? { lemma: p.text, pos: 'PROPN' as const, gender: null, plural: null, senses: [] } : found;
      // A part the glossary lacks may be a word German borrowed (`Desktop-Rechner`: desktop), as a whole word would be.
      const borrowed = senses.length || other ? undefined : loanSense(p.text, partDeps);
      const out: PartLookup = { text: p.text, lemma, pos, gender, plural, senses: borrowed ? [borrowed] : senses };
      if (p.link) out.link = p.link;
      // The first part means what it means at the start of compounds first (Haupt|rivale: main, where Haupt alone is a
      // head; Spitzen|politiker: top-level, where Spitze alone is a tip). Not a part inside: in Rechts|schutz|versicherung
      // Schutz is of Rechtsschutz, legal protection, no protective insurance.
      const written = p.text + (p.link ?? '');
      const leading = i === 0 ? exactEntries(deps.dictionary, written.toLowerCase() + deps.glossary.compoundModifier, partDeps.lang).flatMap((e) => e.senses) : [];
      if (leading.length) {
        out.modifier = written;
        out.senses = [...new Set([...leading, ...senses])];
      }
      return out;
    });
    const head = card.parts[card.parts.length - 1]!;
    // A person named by an adjective (`der/die Vorsitzende`) ends in that adjective: a head that is not one as well only
    // spells its ending (Vorsitz|ende), while one that is (Rechtsschutz|beauftragte) makes it a compound.
    if (ofEitherSex(card.gender) && !ofEitherSex(head.gender)) {
      delete card.parts;
      return card;
    }
    // A compound the glossary lacks means what its head means at the end of the glossary's compounds (Liefer|engpass:
    // bottleneck, shortage, where Engpass alone is a narrow pass), before what the head means alone.
    if (!card.senses.length && head.pos === 'NOUN') {
      const key = deps.glossary.compoundHead + head.lemma.toLowerCase();
      const inCompounds = exactEntries(deps.dictionary, key, partDeps.lang).flatMap((e) => e.senses);
      head.senses = [...new Set([...inCompounds, ...head.senses])];
    }
    // A noun compound the glossary lacks takes its head's gender and plural (die Wahl|maschinerie, -maschinerien).
    const stem = card.lemma.slice(0, card.lemma.length - head.lemma.length);
    // So does a hyphenated word its noun head makes a noun, whatever the tagger called it (a name).
    if ((card.pos === 'NOUN' || nounHead) && !card.gender && !card.senses.length && head.pos === 'NOUN' && head.gender && card.lemma.toLowerCase().endsWith(head.lemma.toLowerCase())) {
      card.gender = head.gender;
      if (head.plural) card.plural = stem + head.plural.toLowerCase();
    }
    // A derived word the glossary lacks means its base's first senses so derived (`Re|nationalisierung`:
    // renationalization; `Bearbeit|barkeit`: processability), worded as the base with its affix (`re- +
    // Nationalisierung`), which the card shows before them: they are the engine's, not the glossary's.
    const derive = deps.glossary.derivedSenses?.[deps.lang ?? 'en'];
    const affix = parts.findIndex(isAffix);
    if (derive && parts.length === 2 && affix >= 0 && !card.senses.length) {
      const senses = [...new Set(card.parts[1 - affix]!.senses.slice(0, SHOWN).flatMap((s) => derive(parts[affix]!.lemma, s) ?? []))];
      if (senses.length) {
        card.senses = senses;
        card.entries = [{ headword: card.lemma, grammar: [], senses, form: card.parts.map((p) => p.lemma).join(' + ') }];
      }
    }
    if (affix < 0 && !card.senses.length) {
      composeCompound(card, deps);
      if (!card.senses.length) headSenses(card);
    }
  }
  return card;
}

/**
 * A noun compound the glossary lacks and no composition words (its first part a name, an abbreviation, a verb's stem, a
 * prefix; or a translation language that does not compose) is a kind of what its head names: `Mur|kraftwerk` is a power
 * plant, `UNO-Vollversammlung` a plenary assembly. The card shows the head's first senses, worded as the head, where
 * before it showed none and its parts only the head's first. Not where the first part is a cut nobody glosses
 * (`Werbeb|lockern`), which says the split is a guess; a hyphen is no guess (`Halbfinal-Aus`).
 */
function headSenses(card: WordLookup): void {
  const parts = card.parts ?? [];
  const head = parts[parts.length - 1];
  // A hyphen ends a noun in its head whatever the tagger called the whole (a name); without one, the parts before the
  // head must be words.
  const hyphened = card.word.includes('-');
  if (parts.length < 2 || head?.pos !== 'NOUN' || !head.senses.length) return;
  if (!hyphened && (card.pos !== 'NOUN' || parts.slice(0, -1).some((p) => !p.senses.length))) return;
  card.senses = head.senses.slice(0, SHOWN);
  card.entries = [{ headword: head.lemma, grammar: [], senses: card.senses }];
}

/**
 * A two-part compound the glossary lacks means what its parts say joined as the translation language joins them
 * (`Schul|typ`: school type, `radikal|islamisch`: radical Islamic), worded as its parts (`Schule + Typ`), which the card
 * shows before them: they are the engine's, not the glossary's. The head's own first sense follows, as the card said
 * before, for a compound whose head alone tells what it is about.
 */
function composeCompound(card: WordLookup, deps: LookupDeps): void {
  const compose = deps.glossary.composedSenses?.[deps.lang ?? 'en'];
  const [modifier, head] = card.parts ?? [];
  // A hyphen joins a name or an abbreviation to a word (`Rapid-Kapitän`, `UNO-Vollversammlung`), which no sense translates.
  if (!compose || card.parts?.length !== 2 || !modifier || !head || card.word.includes('-')) return;
  const composed = compose(modifier, head);
  if (!composed.length) return;
  card.senses = [...new Set([...composed, ...head.senses.slice(0, 1)])];
  card.entries = [
    { headword: card.lemma, grammar: [], senses: composed, form: `${modifier.modifier ? `${modifier.modifier}-` : modifier.lemma} + ${head.lemma}` },
    ...(head.senses.length ? [{ headword: head.lemma, grammar: [], senses: head.senses.slice(0, 1) }] : []),
  ];
}

/**
 * What a noun right after a number means there (`gegen 15 Uhr`: o'clock, not clock): what a glossary phrase of a number
 * and that noun as written, with grammar words only besides, translates the noun with, right after the number (`um 3 Uhr`
 * :: at three o'clock → o'clock), the number being the phrase's example of any. Only where that one word is all the
 * translation says besides the number and the other words' senses: a translation saying more than its words (`sechs
 * Uhr` :: about six o'clock), not saying the number (`12 Uhr` :: at noon, that hour only), or wording the number otherwise
 * (`mit zwanzig Jahren` :: at the age of twenty, `alle sechs Monate` :: six-monthly) is no such pattern.
 */
function numberShare(word: string, lemma: string, deps: LookupDeps): DictEntry[] {
  const { context, dictionary, glossary, lang, lemmatize } = deps;
  const form = word.toLowerCase();
  const isNumber = (w: string) => /^\p{N}/u.test(w) || glossary.numberWords.some((n) => n.word === w);
  if (!lemmatize || !context?.some((w, i) => w.toLowerCase() === form && i > 0 && isNumber(context[i - 1]!.toLowerCase()))) return [];
  // A hyphen joins a number into another word (`six-monthly`), which is no share of the noun's.
  const englishWords = (sense: string) => sense.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  // A word the noun's own senses say already (`percent` of Prozent) needs no place before them.
  const own = new Set(exactEntries(dictionary, lemma, lang).flatMap((e) => e.senses.flatMap(englishWords)));
  const out: DictEntry[] = [];
  for (const e of dictionary.phrases?.(form, lang) ?? []) {
    const words = e.headword.toLowerCase().split(/\s+/);
    const at = words.indexOf(form);
    const number = words[at - 1];
    if (at < 1 || number === undefined || !isNumber(number)) continue;
    const rest = words.filter((_, i) => i !== at && i !== at - 1);
    if (!rest.every((w) => lemmatize(w).some((c) => BINDING.has(c.upos)))) continue;
    const value = /^\d+$/.test(number) ? Number(number) : glossary.numberWords.find((n) => n.word === number)?.value;
    const said = new Set([number, ...glossary.numberWords.filter((n) => n.value === value).map((n) => n.translation)]);
    const others = new Set(rest.flatMap((w) => exactEntries(dictionary, w, lang).flatMap((o) => o.senses.flatMap(englishWords))));
    for (const sense of e.senses) {
      // The translation's words that say nothing (`at`, `the`) are no share of the noun's.
      const english = englishWords(sense).filter((w) => !glossary.glossFillers?.has(w));
      const left = english.filter((w) => !said.has(w) && !others.has(w));
      const share = english[english.findIndex((w) => said.has(w)) + 1];
      if (share !== undefined && left.length === 1 && share === left[0] && english.some((w) => said.has(w)) && !own.has(share))
        out.push({ headword: e.headword, grammar: e.grammar, senses: [share] });
    }
  }
  return out;
}

/** Parts of speech an entry's grammar codes name (none: the entry does not say). */
const entryPos = (e: DictEntry): Set<Upos> => new Set(e.grammar.map((g) => POS[g]).filter((p): p is Upos => p !== undefined));
/** Verbs and auxiliaries share their entries (`sein`, `werden`), as do determiners and pronouns (`sein`, `ihr`). */
const POS_FAMILY: Partial<Record<Upos, Upos>> = { AUX: 'VERB', DET: 'PRON' };
const family = (p: Upos): Upos => POS_FAMILY[p] ?? p;
/**
 * An entry's part of speech that is the reading's own: also a numeral's for an adjective, as UD calls ordinals
 * adjectives (`die erste Runde`) and the glossary numerals (`erste {num}` :: first, beside `erste/r/s {adj}` :: chief),
 * a conjunction's for a subordinating one, as the glossary has one code for both (`bevor {conj}` :: before), and an
 * adverb's or a conjunction's for a particle, which it has no code for (`nicht {adv}` :: not, `zu {conj}` :: to).
 */
const ownPos = (pos: ReadonlySet<Upos>, upos: Upos): boolean => pos.has(upos) || (upos === 'ADJ' && pos.has('NUM'))
  || (upos === 'SCONJ' && pos.has('CCONJ')) || (upos === 'PART' && (pos.has('ADV') || pos.has('CCONJ')));
/**
 * The part of speech the glossary may code a reading's word as instead: a determiner as a pronoun, a preposition as a
 * conjunction, and a particle (UD PART: the infinitive's `zu`, which Ding gives as `zu {conj}` :: to) as a conjunction.
 */
const LISTED_AS: Partial<Record<Upos, Upos>> = { DET: 'PRON', ADP: 'CCONJ', PART: 'CCONJ' };
const GRAMMAR_WORDS = new Set<Upos>(['ADP', 'AUX', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART']);

/**
 * The preposition an entry's note says the word governs, where the glossary writes it there rather than in the wording
 * (`sich bewerben {vr} (um)`, `Angst {f} (vor jdm./etw.)`): a note of a preposition alone or with object slots.
 */
function notedPreposition(e: DictEntry, glossary: GlossaryConventions, isPreposition: (word: string) => boolean): string | undefined {
  for (const [, inside] of (e.note ?? '').matchAll(/\(([^()]*)\)/g)) {
    const [word, ...slots] = inside!.trim().split(/\s+/);
    if (word && /^\p{Ll}+$/u.test(word) && slots.every((s) => s.split('/').every((x) => glossary.valency.has(x))) && isPreposition(word)) return word;
  }
  return undefined;
}

/** Whether the entry's wording has a person's slot only right after the preposition `w` (`zu jdm. kommen`). */
function personSlot(e: DictEntry, w: string, glossary: GlossaryConventions): boolean {
  const words = (e.form ?? '').toLowerCase().split(/\s+/);
  const slot = words[words.indexOf(w) + 1];
  return !!glossary.personSlots && slot !== undefined && slot.split('/').every((x) => glossary.personSlots!.has(x));
}

/** A label in square brackets on the translation's side (`[fig.]`, `[Br.]`, `[mil.]`). */
const LABEL = /\[[^\]]+\]/;

/** A figurative wording the sentence chose: after the reading's first plain entry (1), or its plain ones where it has one. */
const FIGURATIVE = 1.1;

/** After every wording the sentence chose (at most 0.75 + MARKED_CHOSEN), before the plain senses (1). */
const COGNATE = 0.9;

/** Less than any step between the places the sentence chooses (1/4, 1/3, 0.4, 1/2), so a marked sense keeps its entry's place. */
const MARKED_CHOSEN = 0.05;

/** A person's slot after a preposition whose object is a common noun: after a wording with a thing's slot there, as `MARKED_CHOSEN`. */
const THING_OBJECT = 0.05;

/** A sense said of a thing beside a person's subject pronoun: after its place's other senses, before a marked one (0.25 more). */
const OTHER_SUBJECT = 0.05;

/** What the sentence says of a governed preposition: which words are prepositions, and the words right after the click. */
interface Governed {
  isPreposition: (word: string) => boolean;
  /** `Sorge um das Kind`: um. A preposition elsewhere (`in`, `von`, `für`) may be the sentence's, not the word's. */
  follows: ReadonlySet<string>;
  /** The clause's prepositions that word order gives to the clicked word (`ownPrepositions`). */
  own: ReadonlySet<string>;
  /** Those of them that stand there as written, not only fused with an article (`zu`, not only `zum`), nor before an amount. */
  bare: ReadonlySet<string>;
  /** Those of `bare` whose object is a common noun every time, never a name or a pronoun (`commonNoun`). */
  things: ReadonlySet<string>;
  /** Whether a word of the clause may be the verb's dative person (`GlossaryConventions.dativeSlot`); true without a clause. */
  dative: boolean;
  /** Whether an adjective stands right before the clicked verb or its particle (`mannerBefore`). */
  manner: boolean;
  /** Whether the clause's object is a person by its pronoun (`GlossaryConventions.personObject`). */
  person: boolean;
  /** Whether the clause's subject is a person by its pronoun (`GlossaryConventions.thingSubject`). */
  personSubject: boolean;
}

/** Whether the clause's word at `i` is capitalised inside it, as a noun is (`das Leben`), whatever verb its letters also spell. */
const nounAt = (clause: readonly string[], i: number): boolean => i > 0 && clause[i] !== clause[i]!.toLowerCase();

/**
 * The readings of the clause's words other than the clicked one, where they stand: a noun's (`nounAt`) without the verb
 * its letters also spell (`in ihrem Zustand`: not zustehen's past; `beim Ansehen`), which would make the clause say how
 * something happens.
 */
const othersReadings = (clause: readonly string[], word: string, deps: LookupDeps): LemmaCandidate[][] =>
  clause.flatMap((w, i) => {
    if (w.toLowerCase() === word.toLowerCase()) return [];
    const readings = deps.lemmatize?.(w) ?? [];
    return [nounAt(clause, i) ? readings.filter((c) => c.upos !== 'VERB' && c.upos !== 'AUX') : readings];
  });

/**
 * The prepositions of the clause that word order gives to the clicked word. A prepositional object stands before the
 * verb that closes a clause (`…, mit denen die Partei Zölle vereinbart habe`: mit is vereinbart's, and `etw. mit jdm.
 * haben`, to have an affair, is no reading of habe; `Er hat für Empörung gesorgt`), so a preposition belongs to the
 * first verb after it in the clause, and where none follows to the last verb before it (`Er sorgte für Empörung`). A word that may be an auxiliary or a
 * modal (hat, wird, kann) governs nothing beside a verb, so it is passed over; a separable verb's stem counts as its
 * particle (`kommt es darauf an`: ankommen).
 */
function ownPrepositions(clause: readonly string[], word: string, lemma: string, isPreposition: (w: string) => boolean,
  lemmatize: LookupDeps['lemmatize'], glossary: GlossaryConventions): Pick<Governed, 'own' | 'bare' | 'things'> {
  const click = word.toLowerCase();
  const verb = lemma.toLowerCase();
  const readings = clause.map((w) => lemmatize?.(w) ?? []);
  // A capitalised word inside the clause is a noun (`das Leben`), and a word that may be a grammar word is one (`einen`
  // Plan, not the verb einen), whatever else its letters may read as.
  // An inflected adjective (`die veraltete Software`, `des leitenden Sekretärs`) is no verb either.
  const verbAt = clause.map((w, i) => !nounAt(clause, i) && readings[i]!.some((c) => c.upos === 'VERB')
    && !readings[i]!.some((c) => GRAMMAR_WORDS.has(c.upos) || (c.upos === 'ADJ' && c.lemma.toLowerCase() !== w.toLowerCase())));
  const clickAt = clause.map((w, i) => w.toLowerCase() === click
    || (verbAt[i]! && readings[i]!.some((c) => c.upos === 'VERB' && c.lemma.length > 3 && verb !== c.lemma.toLowerCase() && verb.endsWith(c.lemma.toLowerCase()))));
  const own = new Set<string>();
  // The preposition's noun is the first capitalised word after it (`am vergangenen Montag`, `vor zwei Jahren`), unless
  // another preposition opens a phrase inside its own first (`auf die seit Februar gestiegene Zahl`).
  const ofTime = (i: number) => {
    const time = (lemma: string) => glossary.timeAdverbial?.(clause[i]!.toLowerCase(), lemma) ?? false;
    for (let j = i + 1; j < clause.length && !verbAt[j] && !clickAt[j] && !isPreposition(clause[j]!); j++)
      if (/^\p{Lu}/u.test(clause[j]!)) return readings[j]!.some((c) => time(c.lemma)) || time(clause[j]!);
    return false;
  };
  // A copula's clause says what something is (`Ole ist Minister für Verkehr`, `Sie ist für die Bahn zuständig`): a
  // preposition right after a noun is that noun's, and one an uninflected adjective follows before the next verb is that
  // adjective's, not the copula's (`für etw. sein`, to approve of sth.).
  const copula = glossary.copulas?.includes(verb) ?? false;
  const noun = (i: number) => i > 0 && !clickAt[i - 1] && /^\p{Lu}/u.test(clause[i - 1]!) && readings[i - 1]!.some((c) => c.upos === 'NOUN');
  const predicate = (i: number) => {
    for (let j = i + 1; j < clause.length && !verbAt[j] && !clickAt[j]; j++)
      if (/^\p{Ll}/u.test(clause[j]!) && readings[j]!.length > 0 && readings[j]!.every((c) => c.upos === 'ADJ' && c.lemma === clause[j])) return true;
    return false;
  };
  // A preposition joined with a pronoun (`darauf`) has its object in it; one that may also be a conjunction opening the
  // clause before its subject is that (`damit die Preise sinken`), while before the verb it is the object (`Damit rechnet
  // Ole`).
  const pronominal = (i: number) => {
    const p = glossary.pronominalAdverb?.(clause[i]!);
    return p !== undefined && !(i === 0 && !verbAt[1] && readings[0]!.some((c) => c.upos === 'SCONJ')) ? p : undefined;
  };
  // A degree word spelt as a preposition is that before an adjective or adverb as written that ends its stretch before
  // the verb (`weil es zu weit gehe`, `zu spät gekommen`: too far, too late), with no object of the verb's wording (`zu
  // jdm. kommen`); other prepositions keep a predicative adjective as the verb's (`für wichtig halten`, `als sicher gelten`).
  const degree = (i: number) => {
    const next = clause[i + 1]!;
    return !!glossary.degreeWords?.has(clause[i]!.toLowerCase()) && /^\p{Ll}/u.test(next) && readings[i + 1]!.length > 0
      && readings[i + 1]!.every((c) => (c.upos === 'ADJ' || c.upos === 'ADV') && c.lemma.toLowerCase() === next.toLowerCase())
      && (i + 2 >= clause.length || verbAt[i + 2]! || clickAt[i + 2]!);
  };
  // A number opening the preposition's object makes it an amount (`Die Quote liegt bei 22 Prozent`, `bei rund 5.000
  // Euro`), which fills no person's slot (`bei jdm. liegen`: to be up to sb.), as a fused article's noun does not.
  const amount = (i: number) => {
    for (let j = i + 1; j < clause.length && !verbAt[j] && !clickAt[j]; j++) {
      if (/^\p{N}/u.test(clause[j]!) || (readings[j]!.length > 0 && readings[j]!.every((c) => c.upos === 'NUM'))) return true;
      if (!/^\p{Ll}/u.test(clause[j]!) || !readings[j]!.some((c) => c.upos === 'ADV' || c.upos === 'ADJ')) return false;
    }
    return false;
  };
  // The object's head is a common noun (`es kommt zu Verzögerungen`), which mostly names a thing, not a name or a
  // pronoun (`zu Ole`, `zu ihr`): a wording with a thing's slot for the preposition goes before one with a person's.
  const commonNoun = (i: number) => {
    for (let j = i + 1; j < clause.length && !verbAt[j] && !clickAt[j]; j++) {
      if (/^\p{Lu}/u.test(clause[j]!)) return readings[j]!.some((c) => c.upos === 'NOUN') && !readings[j]!.some((c) => c.upos === 'PROPN' || c.person);
      if (!readings[j]!.some((c) => c.upos === 'DET' || c.upos === 'ADJ' || c.upos === 'NUM' || c.upos === 'ADV')) return false;
    }
    return false;
  };
  const things = new Set<string>();
  const people = new Set<string>();
  clause.forEach((w, i) => {
    const pronoun = pronominal(i);
    // A preposition needs its object after it: before a verb or at the clause's end it is a particle (`zu kommen`).
    if (pronoun === undefined && (!isPreposition(w) || i + 1 >= clause.length || verbAt[i + 1] || clickAt[i + 1] || ofTime(i) || degree(i))) return;
    if (copula && (noun(i) || predicate(i))) return;
    // A copula's own one closes its clause (`Sie ist dagegen`): elsewhere it is said of the predicate (`Dafür bin ich
    // dankbar`, `dafür sind alle betroffen`) or of the verb the copula is the auxiliary of.
    if (copula && pronoun !== undefined && i < clause.length - 1) return;
    let j = i + 1;
    while (j < clause.length && !verbAt[j] && !clickAt[j]) j++;
    if (j >= clause.length) for (j = i - 1; j >= 0 && !verbAt[j] && !clickAt[j]; j--);
    if (j < 0 || !clickAt[j]) return;
    const lower = w.toLowerCase();
    // Its pronoun stands for a thing, as a fused article opens a common noun's phrase: neither fills a person's slot.
    if (pronoun !== undefined) own.add(pronoun);
    else for (const p of [lower, ...(glossary.contractions[lower] ?? [])]) own.add(p);
    if (pronoun === undefined && !glossary.contractions[lower] && !amount(i)) (commonNoun(i) ? things : people).add(lower);
  });
  return { own, bare: new Set([...things, ...people]), things: new Set([...things].filter((p) => !people.has(p))) };
}

/**
 * Where an exact entry goes: below 1 the sentence chose it (its idiom's words or its `sich` stand there; the more of
 * them, the earlier; a preposition its note names counts a little less than one in its wording), 1 a plain sense that
 * fits the reading (1.5 one of a related part of speech; a quarter more for a sense marked as colloquial, old, rare or
 * regional), 2 a sense that does not fit it (another part of speech or gender,
 * a reflexive sense without `sich`), 3 an idiom the word is part of. Of two wordings a preposition chose, one with a
 * person's slot there comes after one with a thing's where its object is a common noun (`THING_OBJECT`: `Es kam zu
 * Protesten`, to come about, not to come up to sb.). An uninflected adjective may be an adverb
 * (`deutlich mehr`, `rund 300`): then adverb senses fit too.
 */
function place(e: DictEntry, reading: LemmaCandidate | undefined, context: Set<string> | undefined, glossary: GlossaryConventions, adverbial: boolean, governed: Governed): number {
  const { reflexive: pronoun, genderArticles } = glossary;
  const withSich = (e.form ?? '').split(/\s+/).includes(pronoun);
  const pos = entryPos(e);
  // The sentence's words choose among senses of the reading's part of speech only: `sich` in a sentence about
  // `das Verfahren` is no reason for the verb `sich verfahren`, whether or not its entry says it is a verb.
  const noun = reading?.upos === 'NOUN' || reading?.upos === 'PROPN';
  const fits = !reading || reading.upos === 'X' || (withSich && noun ? false : pos.size === 0 || ownPos(pos, reading.upos) || [...pos].some((p) => family(p) === family(reading.upos)) || (adverbial && pos.has('ADV')));
  const extra = formExtraWords(e, glossary);
  const reflexive = extra.length === 0 && withSich;
  // `sich für etw. entscheiden` needs its `sich` in the sentence too, not just `für`.
  // A preposition of the wording must be the word's own in the clause, not another verb's (`ownPrepositions`).
  const stands = (w: string) => context?.has(w) && (!governed.isPreposition(w) || (governed.own.has(w) && (governed.bare.has(w) || !personSlot(e, w, glossary))));
  // A preposition alone is weak evidence (`in`, `mit` stand in most clauses): it does not choose a wording the glossary
  // gives only a colloquial, old, formal or regional gloss for (`etw. mit jdm. haben` :: to carry on with sb. [dated],
  // `jdm. von etw. berichten` :: to notice sth. to sb. [archaic]), which stays among the phrases; with `sich` it does
  // (`sich auf etw. stürzen`). One it gives only a figurative gloss for (`etw. in etw. bringen` :: to infuse sth. into
  // sth. [fig.], `von etw. profitieren` :: to feed off sth. [fig.]) is a transferred use of words the verb's plain senses
  // already say literally (`Er bringt das Paket in die Stadt`: to bring): it comes after the first of them (FIGURATIVE).
  const byPreposition = !withSich && extra.every(governed.isPreposition);
  const markedOnly = () => byPreposition && e.senses.every((sense) => markedSense(sense, e.senses, glossary));
  if (isPhraseForm(e, glossary)) {
    if (!fits || !context || !extra.every(stands) || (withSich && !context.has(pronoun)) || markedOnly()) return 3;
    if (byPreposition && e.senses.every((sense) => glossary.figurative?.test(sense))) return FIGURATIVE;
    return 1 / (2 + extra.length) + (extra.some((w) => governed.things.has(w) && personSlot(e, w, glossary)) ? THING_OBJECT : 0);
  }
  // A preposition the note names stands in the sentence: with `sich` anywhere in it (`Er bewirbt sich um die Stelle`),
  // after a wording that has both (`sich an jdn. wenden` before `sich wenden (an)`) and before a bare reflexive sense;
  // otherwise right after the word (`die Sorge um das Kind`), since `in`, `von`, `für` also stand in a sentence for
  // reasons of their own, and then it is weaker than `sich`.
  const noted = context && notedPreposition(e, glossary, governed.isPreposition);
  if (reflexive && context) return fits && context.has(pronoun) ? (noted && context.has(noted) ? 0.4 : 0.5) : 2;
  if (noted && fits && governed.follows.has(noted)) return 0.75;
  if (!fits) return 2;
  // `Der Test ist knapp ausgefallen` (turned out close) chooses the wording that asks how the verb turns out as a
  // preposition its note names does: before the verb's other plain senses (it failed, it was cancelled).
  if (governed.manner && glossary.manner && [e.note ?? '', ...e.senses].some((s) => glossary.manner!.test(s))) return 0.75;
  // A grammar word's specialist sense (`mit` [fin.] "cum", `ist` [math.] "equals") is never what a text means by it:
  // after every other sense. A content word's field label is what a news text talks about (`Klage` [jur.]).
  if (reading && GRAMMAR_WORDS.has(reading.upos) && /\[[^\]]+\]/.test(e.note ?? '')) return 2.25;
  const marked = glossary.markedNote.test(e.note ?? '') || e.senses.every((sense) => markedSense(sense, e.senses, glossary)) ? 0.25 : 0;
  if (reading) {
    // `die` read as an article: the article entry before the relative pronoun's.
    if (pos.size > 0 && reading.upos !== 'AUX' && !ownPos(pos, reading.upos) && !(adverbial && pos.has('ADV'))) return 1.5 + marked;
    const genders = e.grammar.map((g) => genderArticles[g]).filter((g) => g !== undefined);
    // A person named by an adjective takes both genders (`der/die Vorsitzende`): either gender's entry fits it, where the
    // plural's line would otherwise lead its card (chairs, chairmen before chairwoman).
    if (reading.gender && genders.length > 0 && !articlesOf(reading.gender).some((g) => genders.includes(g))) return 2;
  }
  // A wording whose only object is a person in the dative, which the clause has no word for (`jdm. vorliegen` :: to be
  // with sb., in `Die Zahlen liegen noch nicht vor`), is another use of the verb than the clause's: after the wordings it
  // may be. Beside a second object (`jdm. etw. versprechen`) the dative is often left out, and the sense is the same.
  const slot = glossary.dativeSlot?.slot;
  const slots = (e.form ?? '').split(/\s+/).filter((w) => w.split('/').every((x) => glossary.valency.has(x)));
  const unfilled = !governed.dative && slot !== undefined && slots.length === 1 && slots[0] === slot ? UNFILLED : 0;
  // Either slot of `jdn./etw.` (to observe sb./sth.) may be the person as well as `jdn.` alone (to have your eye on sb.).
  const person = glossary.personObject?.slot;
  if (governed.person && slots.length === 1 && person !== undefined && slots[0]!.split('/').includes(person)) return PERSON_OBJECT + marked;
  return 1 + marked + unfilled;
}

/**
 * A noun's phrase with the clicked verb (`zum Einsatz kommen`) before a wording of the verb that a preposition alone chose
 * (`zu etw. kommen`, 1/3 or 1/4 by `place`): the noun says more of the clause than its preposition.
 */
const NOUN_PHRASE = 0.2;

/** A preposition's plain sense worded otherwise than as a preposition of the translation: after those, before its marked senses. */
const NARROWER = 0.1;

/** A correlative's sense without its pair in the clause (`GlossaryConventions.correlatives`): after its place's plain senses. */
const UNPAIRED = 0.1;

/** An adverb's sense said of a number, where none follows: after its plain senses, before its marked ones. */
const NO_NUMBER = 0.5;

/** A place an adjective names, after every sense of the word's own entries (3 at most). */
const PLACE_LAST = 3.5;

/** A preposition's line for the case its article does not show: after its lines for that case, before other parts of speech's. */
const OTHER_CASE = 1.4;

/**
 * The glossary's mark of the case a preposition's object shows by its article: the article it is fused with (`im`) or
 * the word after it (`in der Stadt`), where each time the word stands in the sentence shows the same (the click's own
 * place is not known: `in die Stadt, in der Ole wohnt` shows none).
 */
function caseShown(word: string, lemma: string, deps: LookupDeps): string | undefined {
  const of = deps.glossary.objectCase?.of;
  if (!of) return undefined;
  const lower = word.toLowerCase();
  const fused = deps.glossary.contractions[lower];
  if (fused) return of(fused[0]!, fused[1]!);
  const shown = new Set((deps.context ?? []).flatMap((w, i, all) => (w.toLowerCase() === lower ? [of(lemma.toLowerCase(), all[i + 1] ?? '')] : [])));
  return shown.size === 1 ? [...shown][0] : undefined;
}

/** After a marked wording of the reading (1.25), before another part of speech's (1.5). */
const UNFILLED = 0.3;

/** A wording whose only slot the clause's person pronoun fills: after those its words chose (0.75), before its cognate (0.9). */
const PERSON_OBJECT = 0.8;

/**
 * Whether the clause has a pronoun that is a person as the clicked verb's object (`man kann ihn anzeigen`), not a
 * preposition's (`für ihn`), nor another verb's, which stands between them (`dass ihn Kameras filmten und es … gab`).
 */
function personObject(clause: readonly string[], word: string, pronouns: ReadonlySet<string>, isPreposition: (w: string) => boolean,
  lemmatize: LookupDeps['lemmatize']): boolean {
  const click = clause.findIndex((w) => w.toLowerCase() === word.toLowerCase());
  const verbAt = (i: number) => !nounAt(clause, i) && (lemmatize?.(clause[i]!).some((c) => c.upos === 'VERB') ?? false);
  return click >= 0 && clause.some((w, i) => i !== click && pronouns.has(w.toLowerCase()) && !(i > 0 && isPreposition(clause[i - 1]!))
    && !clause.some((_, j) => j > Math.min(i, click) && j < Math.max(i, click) && verbAt(j)));
}

/**
 * Whether a word of the clause other than the clicked one may be the verb's dative person: one the language says may fill
 * the slot after the word before it, or a name, unless a preposition right before it takes it (`seit dem Wochenende`).
 */
function mayBeDative(clause: readonly string[], word: string, mayFill: (w: string, before: string | undefined) => boolean, isPreposition: (w: string) => boolean,
  lemmatize: LookupDeps['lemmatize']): boolean {
  const click = word.toLowerCase();
  return clause.some((w, i) => w.toLowerCase() !== click && !(i > 0 && isPreposition(clause[i - 1]!))
    && (mayFill(w, clause[i - 1]) || (i > 0 && (lemmatize?.(w).some((c) => c.upos === 'PROPN') ?? false))));
}

/**
 * An adjective that may be an adverb shows both: its adjective and adverb senses alternate within a place (`clear`,
 * `clearly`, `sharp` …), each kind in its own order, as the sentence may mean either; the adverb's first where the
 * sentence says it modifies what follows (`first` 'adverb'). Where the sentence says it is said of something (`Das ist
 * mühsam`: arduous, not arduously; `first` 'adjective'), the adjective's senses come before every adverb sense of the place.
 */
function alternateAdverbs(placed: { e: DictEntry; i: number; at: number }[], first: 'adverb' | 'adjective' | undefined): void {
  const seen = new Map<string, number>();
  for (const p of placed) {
    const adverb = entryPos(p.e).has('ADV');
    const kind = `${p.at}:${adverb}`;
    const k = seen.get(kind) ?? 0;
    seen.set(kind, k + 1);
    // Sorting by index then puts the k-th of each kind side by side, the adjective's first unless the adverb's is.
    p.i = first === 'adjective' ? (adverb ? 1 : 0) + p.i / 1e6 : k * 2 + (adverb !== (first === 'adverb') ? 1 : 0) + p.i / 1e6;
  }
}

/**
 * What the clicked auxiliary does in its clause (`auxiliaryUses`), by the verb that closes it, which the auxiliary
 * governs: an infinitive is written as its lemma (`wird … fahren`), any other form is its participle (`wurde … gebaut`,
 * `dass die Brücke gebaut wurde`). Each use is that of the auxiliary's forms the language lists for it: one that takes
 * no infinitive reads a verb that may be either as its participle (`wurden … vergraben`). Another auxiliary or a
 * copula closes no clause of its own.
 */
function auxiliaryUse(word: string, lemma: string, clause: readonly string[], deps: LookupDeps): string | undefined {
  const uses = deps.glossary.auxiliaryUses?.[lemma];
  if (!uses) return undefined;
  const click = word.toLowerCase();
  const verb = clause.filter((w) => {
    const readings = w.toLowerCase() === click ? [] : deps.lemmatize?.(w) ?? [];
    return readings.some((c) => c.upos === 'VERB' && c.lemma !== lemma) && !readings.some((c) => c.upos === 'AUX');
  }).at(-1);
  if (verb === undefined) return undefined;
  const infinitive = deps.lemmatize?.(verb).some((c) => c.upos === 'VERB' && c.lemma.toLowerCase() === verb.toLowerCase()) ?? false;
  const use = infinitive && uses.infinitive.forms.includes(click) ? uses.infinitive : uses.participle;
  return use.forms.includes(click) ? use.sense : undefined;
}

/**
 * Whether an adjective stands right before the clicked verb or, ending the clause, before its separable particle (`Das
 * Ergebnis ist knapp ausgefallen`, `Der Akku fällt groß aus`): there it says how the verb turns out. A word that may also
 * be a verb's participle (`vorübergehend ausgefallen`: for a while) or a grammar word says when or how much rather.
 */
function mannerBefore(clause: readonly string[], word: string, lemma: string, lemmatize: LookupDeps['lemmatize']): boolean {
  const click = word.toLowerCase();
  const verb = lemma.toLowerCase();
  const adjective = (w: string) => {
    const readings = lemmatize?.(w) ?? [];
    return /^\p{Ll}/u.test(w) && readings.some((c) => c.upos === 'ADJ') && !readings.some((c) => c.upos === 'VERB' || GRAMMAR_WORDS.has(c.upos));
  };
  return clause.some((w, i) => {
    const lower = w.toLowerCase();
    const particle = i === clause.length - 1 && lower !== verb && verb.startsWith(lower);
    return i > 0 && (lower === click || particle) && adjective(clause[i - 1]!);
  });
}

/** An entry coded as an adverb and not as an adjective too (`später {adv}` :: later, not `weitere {adj; adv}` :: more). */
const adverbOnly = (e: DictEntry): boolean => {
  const pos = entryPos(e);
  return pos.has('ADV') && !pos.has('ADJ');
};

/**
 * Whether the word stands, wherever the sentence has it, right before a capitalised word or an inflected adjective
 * (`mit hoher krimineller Energie`), as an adjective before its noun does.
 */
function beforeNoun(context: readonly string[], word: string, deps: LookupDeps): boolean {
  const click = word.toLowerCase();
  // Only an adjective: a verb's participle may be the clause's verb (`einen Monat später erfolgten zwei Beschlüsse`).
  const inflected = (w: string) => {
    const readings = deps.lemmatize?.(w) ?? [];
    return readings.length > 0 && readings.every((c) => c.upos === 'ADJ' && c.lemma.toLowerCase() !== w.toLowerCase());
  };
  const at = context.flatMap((w, i) => (w.toLowerCase() === click ? [context[i + 1]] : []));
  return at.length > 0 && at.every((next) => next !== undefined && !isBreak(next) && (startsUpper(next) || inflected(next)));
}

/**
 * Whether an uninflected adjective right before `next` modifies it, as an adverb does: a number (`rund 300`: around), a
 * word only an adjective or adverb (`deutlich höher`: clearly; `klar und` neither) or a verb that is no copula (`leicht
 * gestiegen`, `wer sein Gerät nur leicht nutzt`: slightly; `dass es klar ist`, `jeden glücklich machen` are said of something).
 */
function modifiable(next: string, deps: LookupDeps, glossary: GlossaryConventions): boolean {
  if (/^\p{N}/u.test(next)) return true;
  const readings = deps.lemmatize?.(next) ?? [];
  return readings.length > 0 && (readings.every((c) => c.upos === 'ADJ' || c.upos === 'ADV') || actionVerb(readings, glossary));
}

/** A verb's reading that is no copula's (`sein`, `werden`, `machen`): an adjective beside it says how it happens. */
const actionVerb = (readings: readonly LemmaCandidate[], glossary: GlossaryConventions): boolean =>
  readings.some((c) => c.upos === 'VERB' || c.upos === 'AUX') && !readings.some((c) => glossary.copulas?.includes(c.lemma));

/**
 * Whether the word opens its clause right before a verb that is no copula (`Gemeinsam gründeten sie …`, `Deutlich
 * stiegen die Preise`), or before a copula that is the auxiliary of a verb form ending the clause (`Innerlich war Ole
 * darauf vorbereitet`, `Zuletzt ist der Preis gestiegen`): an adjective there says how or to what extent, as an adverb;
 * before a copula that is the clause's verb it is said of something (`Klar ist, dass …`, `Besonders hoch ist der Anteil`).
 */
function opensClause(context: readonly string[], word: string, deps: LookupDeps, glossary: GlossaryConventions): boolean {
  const click = word.toLowerCase();
  const readings = (w: string) => deps.lemmatize?.(w) ?? [];
  const auxiliaryOf = (at: number) => {
    const end = context.findIndex((w, j) => j > at && isBreak(w));
    const last = context[(end < 0 ? context.length : end) - 1]!;
    return end !== at + 1 && /^\p{Ll}/u.test(last) && readings(last).some((c) => c.upos === 'VERB') && !readings(last).some((c) => GRAMMAR_WORDS.has(c.upos));
  };
  return context.some((w, i) => w.toLowerCase() === click && (i === 0 || isBreak(context[i - 1])) && i + 1 < context.length && !isBreak(context[i + 1])
    && (actionVerb(readings(context[i + 1]!), glossary) || (readings(context[i + 1]!).some((c) => glossary.copulas?.includes(c.lemma)) && auxiliaryOf(i + 1))));
}

/**
 * Whether the clause has a verb and none that may be a copula (`sein`, `werden`, `machen`) or say what its object is
 * (`finden`, `halten`): an adjective as written there is said of no noun, which would need the copula or its ending, but
 * of how or how much something happens (`Die Forscher raten dringend ab`: urgently, `der Wert liegt deutlich über dem
 * Schnitt`: clearly).
 */
function withoutCopula(clause: readonly string[], word: string, deps: LookupDeps, glossary: GlossaryConventions): boolean {
  const readings = othersReadings(clause, word, deps);
  const says = (lemma: string) => (glossary.copulas?.includes(lemma) ?? false) || (glossary.predicative?.includes(lemma) ?? false);
  return readings.some((r) => actionVerb(r, glossary)) && !readings.some((r) => r.some((c) => says(c.lemma)));
}

/**
 * Whether an adjective as written is said of the subject (`Die Suche bleibt mühsam`, `…, ob das Netz verfügbar ist`), not
 * of how something happens: the clause's only verbs are copulas (`sein`, `werden`, `bleiben`), and the adjective ends the
 * clause, alone or before a copula that ends it. Before another word it may still say how much (`dass dies völlig in
 * Ordnung ist`), and opening a clause before the copula how or when (`Gleichzeitig ist die Zahl gestiegen`).
 */
function saidOfSubject(clause: readonly string[], word: string, context: readonly string[], deps: LookupDeps, glossary: GlossaryConventions): boolean {
  const click = word.toLowerCase();
  const copula = (r: readonly LemmaCandidate[]) => r.some((c) => glossary.copulas?.includes(c.lemma));
  const ends = (i: number) => i >= context.length || isBreak(context[i]);
  const readings = othersReadings(clause, word, deps);
  return context.every((w, i) => w.toLowerCase() !== click || ends(i + 1) || (copula(deps.lemmatize?.(context[i + 1]!) ?? []) && ends(i + 2)))
    && readings.some(copula) && !readings.some((r) => actionVerb(r, glossary));
}

/** Whether the word stands right after a word that makes an adjective said of something (`GlossaryConventions.predicativeAfter`). */
const afterPredicative = (context: readonly string[], word: string, glossary: GlossaryConventions): boolean =>
  context.some((w, i) => i > 0 && w.toLowerCase() === word.toLowerCase() && (glossary.predicativeAfter?.has(context[i - 1]!.toLowerCase()) ?? false));

/** Where a reporting adverb's subject may start (`so der Minister`, `so Hotz`, `so ehemalige Mitarbeiter`). */
const SUBJECT_START = new Set<Upos>(['DET', 'NOUN', 'PROPN', 'ADJ']);

/**
 * Whether the clicked `word` credits its sentence to a subject (`GlossaryConventions.reportingAdverb`): it follows a
 * comma, and what stands after it up to the sentence's end or the next comma or bracket opens with a noun phrase, names
 * someone or something with a capital and has no verb, conjunction of a clause or correlative pair (`…, so die Polizei
 * in einer Aussendung.`). Its other uses go on as a clause (`…, so dass es regnet`, `…, so wird es teurer`), compare
 * (`…, so schnell wie möglich`) or give an example (`…, so etwa in Wien`).
 */
function creditsSubject(context: readonly string[], word: string, pair: string | undefined, lemmatize: NonNullable<LookupDeps['lemmatize']>): boolean {
  const click = word.toLowerCase();
  return context.some((w, p) => {
    if (w.toLowerCase() !== click || context[p - 1] !== CLAUSE_BREAK) return false;
    const end = context.findIndex((x, i) => i > p && isBreak(x));
    const stretch = context.slice(p + 1, end < 0 ? undefined : end);
    const readings = stretch.map((x) => lemmatize(x));
    const lower = (i: number) => /^\p{Ll}/u.test(stretch[i]!);
    return stretch.length > 0 && readings[0]!.some((c) => SUBJECT_START.has(c.upos))
      && readings.some((r, i) => !lower(i) && r.some((c) => c.upos === 'NOUN' || c.upos === 'PROPN'))
      && readings.every((r, i) => !lower(i) || (stretch[i]!.toLowerCase() !== pair && !r.some((c) => c.upos === 'VERB' || c.upos === 'AUX' || c.upos === 'SCONJ')));
  });
}

/** The senses a learner reads before "more" (the popover shows three). */
const SHOWN = 3;

/**
 * How many of the first SHOWN senses one entry gives where another entry of the same tier has a sense to show: an
 * entry's senses are mostly synonyms of one meaning (bisher: `previously; hitherto; formerly`, then `so far; to date`),
 * so the third says another meaning. On the development click sets (dev, dev2, dev3, dev4) two gained four clicks and
 * lost one; one (each entry's first sense first) gained as many as it lost.
 */
const PER_ENTRY_SHOWN = 2;
/**
 * Words whose entries list synonyms of one meaning. A grammar word's entry lists its uses, each a meaning of its own
 * (sich :: himself; herself; itself, by the person it stands for; weil :: because; as): those stay as listed.
 */
const SYNONYM_GLOSSED: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);

/**
 * The senses with the first SHOWN saying different things where the list allows: a sense that only adds words to one
 * already among them (`to put the blame on sb.`, `to shift the blame onto sb.` after `to blame sb.`) goes behind the
 * next sense of its tier that does not, as it tells the reader little new, and so does an entry's sense beyond
 * `perEntry`. The same words in another wording are no repeat (`evening` after `in the evening`: the phrase is not
 * the noun). Only within a tier: a plain sense that repeats still comes before a marked one.
 */
function distinctFirst<T extends { sense: string; tier: number; entry: number }>(ranked: readonly T[], glossary: GlossaryConventions, perEntry: number): T[] {
  const fillers = glossary.glossFillers;
  if (!fillers) return [...ranked];
  // Made for the senses compared only: a common verb has scores of senses, and this runs at every lookup.
  const cache = new Map<T, Set<string>>();
  const words = (r: T): Set<string> => {
    let w = cache.get(r);
    if (!w) cache.set(r, (w = new Set(senseKey(r.sense, glossary).split(' ').filter((x) => x !== '' && !fillers.has(x)))));
    return w;
  };
  const repeats = (r: T, shown: readonly T[]) => shown.some((o) => {
    const own = words(o);
    const more = words(r);
    return own.size > 0 && more.size > own.size && [...own].every((w) => more.has(w));
  });
  const left = [...ranked];
  const out: T[] = [];
  while (left.length > 0 && out.length < SHOWN) {
    const full = (r: T) => out.filter((o) => o.entry === r.entry).length >= perEntry;
    const fresh = (r: T) => r.tier === left[0]!.tier && !repeats(r, out);
    const next = left.findIndex((r) => fresh(r) && !full(r));
    const at = next >= 0 ? next : left.findIndex(fresh);
    out.push(...left.splice(Math.max(at, 0), 1));
  }
  return [...out, ...left];
}

/**
 * "to be fond of sb." and "to be fond of sth." say the same to a learner, as do a gloss and the same gloss with its
 * abbreviation between slashes (`weight`, `weight /w., wt/`).
 */
const senseKey = (sense: string, glossary: GlossaryConventions) =>
  sense.toLowerCase().replace(glossary.senseSlots, ' ').replace(glossary.abbreviation, ' ').replace(/\([^)]*\)|\[[^\]]*\]|[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Words that bind a phrase without a meaning of their own: `es` in `es gibt`, `im` in `im Grunde`, `von` in `in Höhe von`. */
const BINDING = new Set<Upos>(['ADP', 'DET', 'PRON']);
/** Words that open a preposition's object. */
const OBJECT_START = new Set<Upos>(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * The dictionary's phrases that stand in the sentence at the clicked word (`es gibt`/`gibt es`, `im Grunde`,
 * `vor kurzem`, `in Höhe von`), whose meaning the bare word's entry lacks: the phrase's words stand side by side there,
 * one of them the clicked word, and the others are prepositions, articles or pronouns, so the phrase is the word's use
 * rather than a free combination with another content word (`scharfe Kritik`, `nicht oft`), or they are three words or
 * more in a row (`FIXED_RUN`: `auf eigene Faust`). Longer phrases first.
 */
/**
 * A subordinate clause puts its verb last and its subject pronoun right after the conjunction (`…, dass es kaum Regen
 * gibt`): the clicked verb closing its clause fits a phrase whose other words are grammar words of that clause, the
 * first of them opening it after the conjunction. An object pronoun stands later (`weil er es ihr gibt`). A word that
 * opens a phrase of its own there is that phrase's, not the verb's (`ownsNext`): `…, die aus Berlin angereist ist` is
 * no `aus sein` (to be over), `dass alle Staaten bereit seien` no `alle sein` (to have run out).
 */
function closesClause(p: number, words: readonly string[], click: string, lemma: string, context: readonly string[], binds: (i: number) => boolean,
  ownsNext: (i: number, words: readonly string[]) => boolean): boolean {
  if (p + 1 < context.length && !isBreak(context[p + 1])) return false;
  const left = [...words];
  const own = left.findIndex((w) => w === click || w === lemma);
  if (own < 0) return false;
  left.splice(own, 1);
  const start = context.findLastIndex((w, i) => i <= p && isBreak(w)) + 1;
  const clause = context.slice(start + 1, p).map((w) => w.toLowerCase());
  if (left.length === 0 || clause[0] !== left[0] || !binds(start + 1)) return false;
  return left.every((w) => {
    const i = clause.indexOf(w);
    return i >= 0 && binds(start + 1 + i) && !ownsNext(start + 1 + i, words);
  });
}

/**
 * A phrase entry's words as `sentencePhrases` matches them, or null where it is no phrase of words, by its headword: the
 * cards of a text ask it of the same phrases again and again (issue 19: its regexes were a sixth of a card's time, as
 * every card reads the phrases of the words around the click). Kept per glossary's conventions, frozen as shared.
 */
export function phraseOfWords(headword: string, glossary: GlossaryConventions): readonly string[] | null {
  let known = phraseShapes.get(glossary);
  if (!known) phraseShapes.set(glossary, (known = new Map()));
  let words = known.get(headword);
  if (words === undefined) {
    // Its reflexive pronoun is one of its words here: `sich anmaßen` (maß sich an, usurped) is no reading of `ein Maß an
    // Daten`, `zu sich stehen` none of `zu stehen`, where a slot's word may be anything.
    const all = phraseWords(headword.toLowerCase(), { ...glossary, reflexive: '' });
    // A numbered or punctuated wording is a sentence or a formula (`4, die zweite!`), not a phrase of words.
    words = all.length < 2 || /[\p{N}!?,.;:]/u.test(headword) ? null : Object.freeze(all);
    if (known.size >= PHRASE_SHAPES_LIMIT) known.clear();
    known.set(headword, words);
  }
  return words;
}
const phraseShapes = new WeakMap<GlossaryConventions, Map<string, readonly string[] | null>>();
/** Whether a two-word phrase is the clicked word (`click`, or its `base`) with an article: one word alone, not the other. */
function articleBeside(words: readonly string[], click: string, base: string, articles: ReadonlySet<string>): boolean {
  const [a, b] = words as [string, string];
  const aOther = a !== click && a !== base, bOther = b !== click && b !== base;
  return aOther !== bOther && articles.has(aOther ? a : b);
}
/**
 * A phrase of this many words or more standing word for word and in its order at a clicked word that is no verb is that
 * phrase, whatever its other words (`auf eigene Faust`: on one's own, `im Großen und Ganzen`): three words of one of the
 * glossary's phrases rarely meet in a row by chance, where two do in a free combination (`scharfe Kritik`, `nicht oft`).
 * A verb's phrase is left to the verb's rules, as German moves the verb away from it.
 */
const FIXED_RUN = 3;
/** A phrase's words that its glossary writes with a capital, in lower case (`der typische Deutsche` → deutsche): its nouns. */
const capitalised = (headword: string): Set<string> => new Set(headword.split(/\s+/).filter((w) => startsUpper(w)).map((w) => w.toLowerCase()));
/** Bound on the headwords kept per glossary's conventions. */
const PHRASE_SHAPES_LIMIT = 20_000;

function sentencePhrases(word: string, lemma: string, deps: LookupDeps): DictEntry[] {
  const { dictionary, lang = 'en', context } = deps;
  if (!context || !deps.lemmatize) return [];
  const lemmatize = deps.lemmatize;
  const click = word.toLowerCase();
  const at = context.flatMap((w, i) => (w.toLowerCase() === click ? [i] : []));
  if (at.length === 0) return [];
  const binding = new Map<number, boolean>();
  const binds = (i: number): boolean => {
    let b = binding.get(i);
    if (b === undefined) binding.set(i, (b = lemmatize(context[i]!).some((c) => BINDING.has(c.upos))));
    return b;
  };
  // A conjunction between two of a phrase's words binds them as one (`ab und zu`: now and then, `nach und nach`: gradually,
  // `der eine oder andere`: one or two), while one opening it mostly adds the clicked word as it is (`aber auch`: but also,
  // not the glossary's but then; `oder auch`).
  const joins = (i: number) => lemmatize(context[i]!).some((c) => c.upos === 'CCONJ');
  // A preposition ending the stretch that takes an object of its own in the sentence is not the phrase's: `Brandt ist zu
  // einem Besuch eingetroffen` is not `zu sein` (to be closed, drunk). A phrase written with its object after the
  // preposition (`in Höhe von`) expects one.
  const governsBeyond = (last: number, words: readonly string[]): boolean => {
    const w = context[last]!.toLowerCase();
    const next = context[last + 1];
    return words.at(-1) !== w && next !== undefined && !isBreak(next)
      && lemmatize(context[last]!).some((c) => c.upos === 'ADP') && lemmatize(next).some((c) => OBJECT_START.has(c.upos));
  };
  const articles = new Set(Object.values(deps.glossary.genderArticles));
  // An article ending the stretch before a noun or an adjective is that noun's (`mit dem Auto`, `in einem wichtigen Punkt`),
  // not the pronoun or numeral of a phrase that ends in the same word (`mit dem` :: whereby, `in einem` :: all at once).
  const articleBeyond = (last: number): boolean => {
    const next = context[last + 1];
    return next !== undefined && !isBreak(next) && lemmatize(context[last]!).some((c) => c.upos === 'DET' && (deps.glossary.articles?.has(c.lemma) ?? false))
      && lemmatize(next).some((c) => c.upos === 'NOUN' || c.upos === 'PROPN' || c.upos === 'ADJ');
  };
  // A determiner before its noun, with at most two adjectives between (`alle Staaten`, `ein neues Programm`), is that
  // noun's: it is no pronoun of the verb's phrase. In a clause the verb closes, neither is a preposition before its object
  // (`die aus Berlin angereist ist`), unless the phrase ends in it, as one the verb governs does (`auf etw. bauen`,
  // written `bauen auf`: `…, auf die er baut`).
  const determinesNoun = (i: number): boolean => {
    if (!lemmatize(context[i]!).some((c) => c.upos === 'DET')) return false;
    let j = i + 1;
    while (j < context.length && j <= i + 2 && /^\p{Ll}/u.test(context[j]!) && lemmatize(context[j]!).some((c) => c.upos === 'ADJ')) j++;
    const noun = context[j];
    return noun !== undefined && /^\p{Lu}/u.test(noun) && lemmatize(noun).some((c) => c.upos === 'NOUN' || c.upos === 'PROPN');
  };
  const ownsNext = (i: number, words: readonly string[]) => governsBeyond(i, words) || determinesNoun(i);
  const verb = lemmatize(word).some((c) => c.upos === 'VERB' || c.upos === 'AUX');
  // A determiner or pronoun is the phrase's word as written: its lemma is another word's spelling (`in seinem Haus` is no
  // `in sein`, to be in style, nor `zu seinen Vorgängern` `zu sein`; `mir auch` no `ich auch`).
  const readings = lemmatize(word);
  const base = readings.length > 0 && readings.every((c) => c.upos === 'DET' || c.upos === 'PRON') ? click : lemma.toLowerCase();
  const keys = new Set([click, base]);
  for (const p of at) for (let j = Math.max(0, p - 2); j <= p + 2 && j < context.length; j++) if (binds(j) || joins(j)) keys.add(context[j]!.toLowerCase());
  const out: { e: DictEntry; size: number }[] = [];
  const seen = new Map<DictEntry['headword'], string[]>();
  for (const key of keys)
    for (const e of dictionary.phrases?.(key, lang) ?? dictionary.lookup(key, lang)) {
      const words = phraseOfWords(e.headword, deps.glossary);
      if (!words) continue;
      // One entry per wording and first sense: by headword, then sense, with no key joined of both (issue 19).
      const firstSenses = seen.get(e.headword);
      if (firstSenses?.includes(e.senses[0]!)) continue;
      if (firstSenses) firstSenses.push(e.senses[0]!);
      else seen.set(e.headword, [e.senses[0]!]);
      // The word with its gender's article (`die Bank (Glücksspiel)`: banker) is a sense of the noun, not a phrase any
      // sentence with `die Banken` stands in; `ein paar` (a few) is one.
      if (words.length === 2 && articleBeside(words, click, base, articles)) continue;
      // The phrase's words fill a stretch of the sentence that holds the click, in the order the glossary writes them but
      // for a clicked verb, which German moves (`es gibt`, `gibt es`): `völlig zu` (drunk) is no reading of `zu völlig
      // anderen Preisen`.
      const run = !verb && words.length >= FIXED_RUN;
      const capitals = run ? capitalised(e.headword) : new Set<string>();
      const fits = at.some((p) => {
        for (let from = Math.max(0, p - words.length + 1); from <= p && from + words.length <= context.length; from++) {
          const span = context.slice(from, from + words.length).map((w, k) => (from + k === p ? [click, base] : [w.toLowerCase()]));
          const left = [...words];
          const ok = span.every((forms, k) => {
            const moves = verb && from + k === p;
            const next = left.findIndex((w) => !verb || (w !== click && w !== base));
            const i = moves ? left.findIndex((w) => forms.includes(w)) : next >= 0 && forms.includes(left[next]!) ? next : -1;
            if (i < 0) return false;
            // A run's noun is a noun of the sentence: the adjective of `der typische deutsche Urlauber` is no word of `der
            // typische Deutsche` (the stereotype of the German). A capital the phrase lacks may open a sentence or follow a
            // colon (`…: Im Gegensatz zu`).
            const other = from + k !== p;
            if (other && run ? capitals.has(left[i]!) && !startsUpper(context[from + k]!)
              : other && !binds(from + k) && !(k > 0 && k < words.length - 1 && joins(from + k))) return false;
            left.splice(i, 1);
            return true;
          });
          // A clicked verb moves beside its subject's determiner (`Am Abend waren alle Dienste erreichbar`), which is no
          // word of the verb's phrase (`alle sein`: to have run out of sth.).
          const determiner = verb && span.some((_, k) => from + k !== p && determinesNoun(from + k));
          if (ok && !determiner && !governsBeyond(from + words.length - 1, words) && !articleBeyond(from + words.length - 1)) return true;
        }
        return false;
      });
      if (fits || at.some((p) => closesClause(p, words, click, base, context, binds, ownsNext))) out.push({ e, size: words.length });
    }
  return out.sort((a, b) => b.size - a.size).map((x) => x.e);
}

/**
 * A noun's phrase with the clicked verb (`zum Einsatz kommen`: to be used, `in Kraft treten`: to come into force, `ums
 * Leben kommen`: to die), which says what the verb does there, where its own senses mislead (to come, to step). The verb
 * is the phrase's last word, as the glossary writes an infinitive's phrase, and its other words stand together and in
 * their order in the verb's clause, before or after it (`Der Chip kommt hier zum Einsatz`, `…, der zum Einsatz kommt`).
 * Such phrases are found under the clause's nouns: a common verb is part of far more phrases than its index holds.
 */
function collocations(word: string, lemma: string, clause: readonly string[], reflexive: boolean, deps: LookupDeps): DictEntry[] {
  const { dictionary, glossary, lang = 'en' } = deps;
  const verb = new Set([word.toLowerCase(), lemma.toLowerCase()]);
  const words = clause.map((w) => w.toLowerCase());
  // A noun the lexicon lacks reads as a name (`Verhängnis` in `jdm. zum Verhängnis werden`).
  const nouns = new Set(clause.filter((w) => !verb.has(w.toLowerCase()) && (deps.lemmatize?.(w).some((c) => c.upos === 'NOUN' || c.upos === 'PROPN') ?? false)));
  const out: DictEntry[] = [];
  const loose: DictEntry[] = [];
  // Each word of a phrase with the alternatives written in its place (`Kontakte/Beziehungen pflegen`: either noun).
  const stands = (rest: readonly string[][]) => words.some((_, i) => rest.every((w, k) => w.includes(words[i + k]!)));
  // The verb's own phrases too (`gut ankommen`: to go down well, in `Der Plan kam gut an`; an adjective's index is too
  // full of other phrases to hold it), where their other words, as the phrase writes them, are adjectives or nouns and no
  // grammar words: `nicht ankommen` (to fall flat) is no reading of `Der Zug kommt nicht an`, nor `davon ausgehen` (to
  // trust) of `Ole geht davon aus` (assumes).
  const content = (w: string) => {
    const r = deps.lemmatize?.(w) ?? [];
    return r.some((c) => c.upos === 'ADJ' || c.upos === 'NOUN') && !r.some((c) => GRAMMAR_WORDS.has(c.upos));
  };
  const lists: [string | undefined, DictEntry[]][] = [...[...nouns].map((n): [string, DictEntry[]] => [n, dictionary.phrases?.(n, lang) ?? []]),
    [undefined, dictionary.phrases?.(lemma, lang) ?? []]];
  for (const [noun, list] of lists)
    for (const e of list) {
      const phrase = e.headword.toLowerCase().split(/\s+/).map((w) => phraseWords(w, glossary)).filter((w) => w.length > 0);
      const rest = phrase.slice(0, -1);
      // The noun as the phrase writes it: `anderen` of a clause is no noun of `jdn. anderen haben`.
      const read = noun === undefined
        ? e.headword.split(/\s+/).map((w) => phraseWords(w, glossary)).filter((w) => w.length > 0).slice(0, -1).every((w) => w.some(content))
        : e.headword.split(/[\s/]/).includes(noun);
      if (rest.length === 0 || !phrase.at(-1)!.some((w) => verb.has(w)) || !read || out.includes(e) || loose.includes(e)) continue;
      if (stands(rest)) out.push(e);
      // A preposition the phrase gives with its object (`sich um jdn. Sorgen machen`) may be left out with it: `Ole macht
      // sich keine Sorgen` worries, about nobody named. Such a phrase follows those the clause has word for word.
      else if (noun !== undefined && stands(rest.filter(([w, ...more]) => more.length > 0 || !governing(e.headword, w!, deps)))) loose.push(e);
    }
  out.push(...loose);
  // The slots a phrase's words leave out still choose between its wordings: `Ole macht sich keine Sorgen` worries (`sich
  // Sorgen machen`), `Der Plan macht Ole Sorgen` worries him (`jdm. Sorgen machen`). Where the clause has its reflexive
  // pronoun the phrases with `sich` come first, elsewhere last.
  const withSich = (e: DictEntry) => e.headword.split(' ').includes(glossary.reflexive) === reflexive;
  return [...out.filter(withSich), ...out.filter((e) => !withSich(e))];
}

/** Whether `word` stands in the glossary's wording as a preposition before an object slot (`um jdn.`, `mit etw.`). */
function governing(wording: string, word: string, deps: LookupDeps): boolean {
  const words = wording.toLowerCase().split(/\s+/);
  const slot = (w: string | undefined) => w !== undefined && w.split('/').every((x) => deps.glossary.valency.has(x));
  return words.some((w, i) => w === word && slot(words[i + 1])) && (deps.lemmatize?.(word).some((c) => c.upos === 'ADP') ?? false);
}

/** The phrases the glossary indexes under a noun, and under its plural as written (`treibende Kräfte` :: driving forces). */
const nounPhrasesOf = (word: string, lemma: string, deps: LookupDeps): DictEntry[] =>
  [...new Set([lemma, ...(word.toLowerCase() === lemma.toLowerCase() ? [] : [word])].flatMap((key) => deps.dictionary.phrases?.(key, deps.lang ?? 'en') ?? []))];

/**
 * The glossary's phrases of an adjective and the clicked noun (`interne Revision` :: administrative audit, `schwarze
 * Liste` :: blacklist, `große Koalition` :: grand coalition) where that adjective stands right before the noun in the
 * sentence: the pair is a unit of its own, whose meaning the noun's senses do not say (revision, list, coalition). The
 * adjective is the phrase's up to its case ending (`der internen Revision`; `neuen` is not `neueste` :: state-of-the-art,
 * `kleinere` not `kleiner`), and a plural noun the phrase's only where the phrase writes it so (`nähere Angaben`): the
 * singular's phrase is another (`vergangene Woche` :: last week is no reading of `in den vergangenen Wochen`).
 */
function attributePhrases(word: string, lemma: string, exact: readonly DictEntry[], deps: LookupDeps): DictEntry[] {
  const { glossary, context } = deps;
  const withoutEnding = glossary.adjectiveWithoutEnding;
  if (!withoutEnding || !context) return [];
  const click = word.toLowerCase();
  const adjective = (w: string) => /^\p{Ll}/u.test(w) && (deps.lemmatize?.(w).some((c) => c.upos === 'ADJ') ?? false);
  const before = new Set(context.flatMap((w, i) => (i > 0 && w.toLowerCase() === click && adjective(context[i - 1]!) ? [withoutEnding(context[i - 1]!)] : [])));
  if (before.size === 0) return [];
  const plural = click !== lemma.toLowerCase() && exact.some((e) => e.plural?.toLowerCase() === click);
  return nounPhrasesOf(word, lemma, deps).filter((e) => {
    const [first, noun, ...more] = e.headword.split(' ');
    const written = noun?.toLowerCase();
    return more.length === 0 && first !== undefined && /^\p{Ll}+$/u.test(first) && before.has(withoutEnding(first))
      && (written === click || (written === lemma.toLowerCase() && !plural));
  });
}

/**
 * The glossary's phrases of the clicked noun and the noun it governs in the genitive (`Ablauf einer Frist` :: expiration
 * of a deadline, `Stein des Anstoßes` :: irritant, `Anfang des Jahres` :: at the beginning of the year): the phrase is the
 * noun, an article and a noun, and that noun stands after the click with only articles and adjectives between (`Mitte der
 * 1990er Jahre` is not `Mitte des Jahres` :: mid-year). The sentence's article there must end as the phrase's, which shows
 * the case and number (`Ablauf der Frist` reads `Ablauf einer Frist`; `am Ende der Sommer`, a plural, is not `Ende des
 * Sommers`; `dem Team die Frist` is an object), or adjectives alone open the genitive (`Anfang vergangenen Jahres`).
 */
function genitivePhrases(word: string, lemma: string, deps: LookupDeps): DictEntry[] {
  const { context } = deps;
  const withoutEnding = deps.glossary.adjectiveWithoutEnding;
  if (!context || !withoutEnding) return [];
  const readings = (w: string) => deps.lemmatize?.(w) ?? [];
  const nouns = (w: string) => new Set([w.toLowerCase(), ...readings(w).filter((c) => c.upos === 'NOUN').map((c) => c.lemma.toLowerCase())]);
  const determiner = (w: string) => readings(w).some((c) => c.upos === 'DET');
  // A determiner's case ending is an adjective's (`der`, `einer`, `dieser`: -er).
  const ending = (w: string) => w.toLowerCase().slice(withoutEnding(w).length);
  const between = (w: string) => /^\p{Ll}+$/u.test(w) && (determiner(w) || readings(w).some((c) => c.upos === 'ADJ'));
  // Each noun after the click → the endings of the determiners before it (undefined where adjectives alone stand between).
  const governed = new Map<string, Set<string | undefined>>();
  context.forEach((w, i) => {
    if (w.toLowerCase() !== word.toLowerCase()) return;
    let j = i + 1;
    while (j < context.length && j <= i + 3 && between(context[j]!)) j++;
    if (j === i + 1 || j >= context.length || !/^\p{Lu}/u.test(context[j]!)) return;
    const endings = context.slice(i + 1, j).filter(determiner).map(ending);
    for (const n of nouns(context[j]!)) governed.set(n, new Set([...governed.get(n) ?? [], ...(endings.length ? endings : [undefined])]));
  });
  if (governed.size === 0) return [];
  return nounPhrasesOf(word, lemma, deps).filter((e) => {
    const [noun, article, other, ...more] = e.headword.split(' ');
    if (more.length > 0 || noun?.toLowerCase() !== lemma.toLowerCase() || article === undefined || other === undefined) return false;
    const fits = (endings: ReadonlySet<string | undefined>) => endings.has(ending(article)) || endings.has(undefined);
    return determiner(article) && /^\p{Lu}/u.test(other) && [...nouns(other)].some((n) => fits(governed.get(n) ?? new Set()));
  });
}

/**
 * A word read as a name that the glossary lists as a common noun with its gender, not as a place: a month, weekday or
 * currency (UD calls them names), or a regional noun the lexicon lacks (`Jänner`, `Spital`). The card calls it a noun.
 */
const commonNoun = (reading: LemmaCandidate | undefined, first: DictEntry | undefined, glossary: GlossaryConventions): boolean =>
  reading?.upos === 'PROPN' && first !== undefined && first.grammar.some((g) => glossary.genderArticles[g] !== undefined) && !first.note?.includes(glossary.placeNote);

/**
 * A name read right after a first name (`Jan Kraft`, `Nina Brandt`) is a person's surname, even where the glossary lists
 * it as a common noun: the card shows the name, with no article or plural. A place keeps its entry, and a name alone
 * (`sagte Kraft`) is one where the analysis found the text giving it after a first name (`LemmaCandidate.person`). A first name is one the language lists: any name before another would also take the
 * product and the paper (`Rolling Bot`, `Daily Mail`).
 */
function personName(word: string, reading: LemmaCandidate | undefined, first: DictEntry | undefined, deps: LookupDeps): boolean {
  const { context, glossary } = deps;
  if (reading?.upos !== 'PROPN' || first?.note?.includes(glossary.placeNote)) return false;
  // The analysis read it so by the text's evidence (the name after a first name in another sentence: `sagte Kraft`).
  if (reading.person) return true;
  if (!context || !glossary.firstNames) return false;
  return context.some((w, i) => i > 0 && w === word && glossary.firstNames!.has(context[i - 1]!));
}

const ADJECTIVAL = new Set<Upos>(['ADJ', 'DET', 'NUM']);
const adjectival = (entries: readonly DictEntry[]) => entries.some((e) => [...entryPos(e)].some((p) => ADJECTIVAL.has(p)));

/**
 * The headword of an inflected adjective whose lemma the glossary lists under another part of speech only: it lists
 * ordinals and superlatives inflected (`zweite`, `nächste`, `meiste`), while the lemma (`zweit`, `nächst`, `meist`) is
 * a verb's or an adverb's there.
 */
function citedAdjective(word: string, lemma: string, reading: LemmaCandidate | undefined, exactOf: (l: string) => DictEntry[], deps: LookupDeps): string | undefined {
  if (!reading || !ADJECTIVAL.has(reading.upos) || adjectival(exactOf(lemma))) return undefined;
  const written = word.toLowerCase();
  const variants = deps.glossary.variants(lemma, 'ADJ').filter((v) => v !== lemma);
  // The glossary lists some determiners as written only, as pronouns (`keine {pron}` :: no, none; not `kein`): the
  // form as written, else the form it cites adjectives in, which the lemma as written reads too (`kein` → keine).
  const pronoun = (l: string) => exactOf(l).some((e) => entryPos(e).has('PRON'));
  const determiner = reading.upos === 'DET' && !pronoun(lemma) ? [written, ...variants].find(pronoun) : undefined;
  if (determiner !== undefined || written === lemma.toLowerCase()) return determiner;
  return variants.find((v) => adjectival(exactOf(v)));
}

/**
 * The glossary's own entry for a comparative or superlative whose lemma is its positive: `weitere` means further, not
 * wide, `jüngsten Berichte` latest, not young; a quantifier's too (`die meisten` most, not much). Only where the form is
 * not the lemma inflected (`untere` of unter).
 */
function degreeAdjective(word: string, lemma: string, reading: LemmaCandidate | undefined, exactOf: (l: string) => DictEntry[], deps: LookupDeps): string | undefined {
  if (reading?.upos !== 'ADJ' && reading?.upos !== 'DET') return undefined;
  const forms = deps.glossary.degreeForms(word, reading.upos);
  const l = lemma.toLowerCase();
  if (forms.some((f) => f.toLowerCase() === l)) return undefined;
  return forms.find((f) => adjectival(exactOf(f)));
}

/**
 * A comparative or superlative the glossary cites inflected, with its gender endings, as it cites adjectives used
 * inflected only (`sogenannte/r/s`): one used before a noun as a determiner is (`weitere/r/s` :: more, beside further,
 * additional). That headword's entries, not the bare comparative's (`weiter` :: wider, further).
 */
function inflectedDegree(word: string, lemma: string, reading: LemmaCandidate | undefined, exactOf: (l: string) => DictEntry[], glossary: GlossaryConventions): string | undefined {
  if (reading?.upos !== 'ADJ' && reading?.upos !== 'DET') return undefined;
  if (word.toLowerCase() === lemma.toLowerCase() || !glossary.degreeForms(word, reading.upos).includes(lemma.toLowerCase())) return undefined;
  return glossary.variants(lemma, 'ADJ').find((v) => exactOf(v).some((e) => e.form === `${v}${glossary.genderEndings}`));
}

/**
 * What a participle used as an adjective means (`die produzierten Autos`, `überzeugt`): its verb's past participle senses
 * (produced, convinced), which the infinitive's `to produce` does not give, as entries of the participle. `verbs` are the
 * entries of the verb it comes from.
 */
const participleEntries = (participle: string, verbs: readonly DictEntry[], derive?: GlossaryConventions['pastParticiple']): DictEntry[] =>
  verbs.flatMap((e) => {
    // Where the glossary gives the verb without its participle (`etw. besiedeln` :: to populate sth.), the translation's
    // own participle of a verb that forms it regularly (populated); others give none rather than a wrong one.
    const senses = e.participle ?? (derive && entryPos(e).has('VERB') ? e.senses.flatMap((s) => derive(s) ?? []) : []);
    return senses.length ? [{ headword: participle, grammar: ['adj'], senses }] : [];
  });

/**
 * What a verb's infinitive read as a noun means where the glossary lists only the verb (`das Einschlafen`, `beim
 * Zuhören`): the action, in the translation's words for it (falling asleep, listening), in place of the verb's senses,
 * which name the act's verb (to fall asleep); a sense the translation gives no such word for stays as it is. A noun the
 * glossary lists with senses of its own (`das Ansehen`: reputation) keeps them.
 */
function actionNouns(lemma: string, reading: LemmaCandidate | undefined, entries: readonly DictEntry[], gerund: GlossaryConventions['gerund']): readonly DictEntry[] {
  if (!gerund || reading?.upos !== 'NOUN' || !/^\p{Lu}/u.test(lemma) || entries.some((e) => entryPos(e).has('NOUN'))) return entries;
  return entries.map((e) => (entryPos(e).has('VERB') ? { ...e, senses: e.senses.map((s) => gerund(s) ?? s) } : e));
}

/**
 * A number in digits before a hyphenated word (`21-jährig`, `3-fach`, `2-Zimmer-Wohnung`), which no glossary lists: it
 * lists the same words with number words (`zweijährig`, `zehnjährig` :: two-year-old, ten-year-old), so the card reads
 * those with the digits for the number (21-year-old), under the word as written. The number word of the same value gives
 * its entries as they are (`dreifach`: triple, threefold); otherwise a sense ranks by how many number words give it, as
 * build:dict ranks by what the glossary gives most often, and a sense without the number (biennial) is that number's own.
 * The glossary's nouns of the same words (`Zweijährige {m,f}` :: two-year-old) say what the word means of a person: a
 * nominalised one (`der 36-Jährige`, `nominalised`) reads from them, and an adjective's sense they give too counts for
 * them as well (36-year-old before 36-year, as news mostly gives ages).
 */
function numberCompound(lemma: string, exactOf: (l: string) => DictEntry[], glossary: GlossaryConventions, nominalised = false): DictEntry[] {
  const written = /^(\d+(?:[.,]\d+)?)-(\p{L}[\p{L}-]*)$/u.exec(lemma);
  if (!written) return [];
  const [, digits, rest] = written as unknown as [string, string, string];
  const head = rest.replace(/-/g, '').toLowerCase();
  const asWritten = (e: DictEntry): DictEntry => ({ headword: lemma, grammar: e.grammar, senses: e.senses, ...(e.note ? { note: e.note } : {}) });
  // The nouns are listed under the adjective's other headwords (`zweijährig` → Zweijährige, as `der Beamte`).
  const nounHeads = glossary.variants(head, 'ADJ').filter((v) => v !== head && v.startsWith(head));
  const nounsOf = (word: string) => nounHeads.flatMap((h) => exactOf(word + h)).filter((e) => e.grammar.some((g) => glossary.genderArticles[g] !== undefined));
  const value = Number(digits.replace(',', '.'));
  const same = glossary.numberWords.find((n) => n.value === value);
  const ownNouns = nominalised && same ? nounsOf(same.word) : [];
  if (ownNouns.length) return ownNouns.map(asWritten);
  const own = same ? exactOf(same.word + head) : [];
  if (own.length) return own.map(asWritten);
  const nouns = nominalised && glossary.numberWords.some((n) => nounsOf(n.word).length > 0);
  // Each number word's senses with the digits for its word, by entry: a sense given in its own note (`nine-year-old
  // (age)`) is the same sense.
  const readsOf = (n: GlossaryConventions['numberWords'][number], entries: readonly DictEntry[]) => {
    // `a hundred per cent` is 5 per cent; `twofold` is 21-fold, as English writes a number in digits before a suffix.
    const number = new RegExp(`(?:\\ba )?\\b${n.translation}(?=(\\p{L})?)`, 'iu');
    return entries.map((e) => {
      const reads = new Map<string, { read: string; grammar: string[] }>();
      for (const sense of e.senses) {
        // `tripartite (consisting of three parts)` is three's word, whatever its note says.
        if (!number.test(sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ''))) continue;
        const read = sense.replace(number, (_all, letter?: string) => (letter ? `${digits}-` : digits));
        const key = read.replace(/\s*\([^)]*\)/g, '');
        if (!reads.has(key)) reads.set(key, { read, grammar: e.grammar });
      }
      return reads;
    });
  };
  const support = new Map<string, { read: string; grammar: string[]; numbers: number }>();
  for (const n of glossary.numberWords) {
    // A number word gives a sense once, however many of its entries give it.
    const given = new Map(readsOf(n, nouns ? nounsOf(n.word) : exactOf(n.word + head)).flatMap((reads) => [...reads]));
    for (const [key, { read, grammar }] of given) {
      const seen = support.get(key);
      if (seen) seen.numbers++;
      else support.set(key, { read, grammar, numbers: 1 });
    }
  }
  // An adjective's senses are its own entries'; each noun the glossary makes of it (`Zweijährige` :: two-year-old) gives
  // one of them once more, as build:dict counts the groups that give a sense.
  if (!nouns)
    for (const n of glossary.numberWords)
      for (const reads of readsOf(n, nounsOf(n.word)))
        for (const key of reads.keys()) {
          const seen = support.get(key);
          if (seen) seen.numbers++;
        }
  if (!support.size) return [];
  const ranked = [...support.values()].sort((a, b) => b.numbers - a.numbers);
  return [{ headword: lemma, grammar: ranked[0]!.grammar, senses: ranked.map((s) => s.read) }];
}

/**
 * An adjective made from a name (`vom Googleschen Tempo`, `die Kantsche Ethik`: Google's, Kant's), which the analysis
 * reads as a noun or name it does not know: where neither it nor the name is a headword, and it stands before its noun
 * as an adjective does, its card says whose.
 */
function nameAdjective(word: string, candidate: LemmaCandidate | undefined, deps: LookupDeps): DictEntry[] {
  const made = deps.glossary.nameAdjective?.(word);
  const lang = deps.lang ?? 'en';
  if (!made || !candidate || candidate.upos === 'VERB' || !deps.context || deps.dictionary.has(made.name, lang)) return [];
  // A compound of headwords in -sch is a noun (`Ledertaschen Preise`): not the name's adjective.
  const parts = deps.split?.(word).parts ?? [];
  const compound = parts.length > 1 && parts.every((p) => deps.dictionary.has(p.lemma, lang));
  // Cited uninflected where the analysis read it as the adjective (`Merkelsch`), as the learner's vocabulary keeps it.
  const headword = candidate.upos === 'ADJ' ? candidate.lemma : word;
  return !compound && beforeNoun(deps.context, word, deps) ? [{ headword, grammar: [], senses: made.senses }] : [];
}

/**
 * A noun's gloss that is its lemma with an ending (a nominalised adjective's strong form: `Grüne` → Grüner) the glossary
 * lists only in lower case, as another word (`grüner`, the adjective's comparative).
 */
function adjectiveOnly(candidate: LemmaCandidate, exactOf: (l: string) => DictEntry[]): boolean {
  const { gloss, lemma } = candidate;
  return candidate.upos === 'NOUN' && gloss !== undefined && gloss.length > lemma.length && gloss.startsWith(lemma)
    && !exactOf(gloss).some((e) => e.headword === gloss);
}

/** The entries of the adjective a word is as written in lower case (`Blaue` → blau). */
function adjectiveEntries(word: string, exactOf: (l: string) => DictEntry[], deps: LookupDeps): DictEntry[] {
  return (deps.lemmatize?.(word.toLowerCase()) ?? []).filter((c) => c.upos === 'ADJ').flatMap((c) => exactOf(c.lemma));
}

/** A headword's own entries, not those it is only part of (`lookup` also gives phrases containing it). */
function exactEntries(dictionary: Dictionary, headword: string, lang: string | undefined): DictEntry[] {
  return dictionary.exact?.(headword, lang) ?? dictionary.lookup(headword, lang).filter((e) => isExact(e, headword));
}

/**
 * A compound's plural entries (`Friedensgespräche {pl}`), with only the senses of more than one word that are not a
 * sense of its singular's entries in the plural (`building cranes` beside `building crane`): an English compound says
 * what a German one's plural names (peace talks), while a single word there is mostly a learned or rarer one
 * (`Gewalttaten {pl}` :: thuggery, `Luftröhren {pl}` :: tracheae). None for a simple noun or a derived one (`Regel|ung`),
 * whose plural entries are narrow uses.
 */
function compoundPlural(lemma: string, singular: readonly DictEntry[], plurals: readonly DictEntry[], deps: LookupDeps): DictEntry[] {
  const { glossary } = deps;
  const parts = plurals.length && glossary.plural ? deps.split?.(lemma).parts ?? [] : [];
  if (parts.length < 2 || parts.some(isAffix)) return [];
  const own = new Set(singular.flatMap((e) => e.senses.map((s) => senseKey(s, glossary))));
  return plurals.flatMap((e) => {
    const senses = e.senses.filter((s) => {
      const key = senseKey(s, glossary);
      return key.includes(' ') && !own.has(glossary.plural!.singular(key));
    });
    return senses.length ? [{ ...e, senses }] : [];
  });
}

/**
 * A verb's past participle that the glossary also lists as an adjective, read as that adjective where its clause says
 * what state something is in: the clause's only other verb is a copula (`Die Straße ist geschlossen`, `…, dass alle
 * gut vorbereitet sind`), so it is no perfect or passive of another auxiliary (`ist geschlossen worden`, `hat
 * geschlossen`), and the verb is transitive, whose participle beside `sein` is the state its action leaves (an
 * intransitive one's is its perfect: `ist ausgefallen`, failed, not fancy); or where it is joined to an adjective
 * (`Jung und erfahren ist eine gute Mischung`). The card then shows the state (closed, prepared, shocked, experienced),
 * where the tagger's reading of the form as a verb showed the action (to close, to prepare sth., to learn sth.). A modal
 * beside the copula leaves it the state (`Die Tür dürfte geschlossen sein`).
 */
function stateAdjective(word: string, candidate: LemmaCandidate | undefined, deps: LookupDeps): LemmaCandidate | undefined {
  const { dictionary, glossary, lang = 'en', context, lemmatize } = deps;
  const form = word.toLowerCase();
  if (candidate?.upos !== 'VERB' || !context || !lemmatize) return undefined;
  const verb = exactEntries(dictionary, candidate.gloss ?? candidate.lemma, lang);
  if (!verb.some((e) => e.grammar.includes(TRANSITIVE))) return undefined;
  // The adjective is the state the verb leaves only where the glossary says so in the same words (`geschlossen {adj}` ::
  // closed, `schließen` participle closed): one with a meaning of its own (`angebracht` :: appropriate, of anbringen,
  // to fix; `gesetzt` :: sedate) is another word, and the clause's participle is still the verb's (`Angebracht ist die
  // Lampe oben`: fixed).
  const participles = new Set(verb.flatMap((e) => e.participle ?? []).map((p) => senseKey(p, glossary)));
  const same = exactEntries(dictionary, form, lang).some((e) => entryPos(e).has('ADJ') && e.senses.some((s) => participles.has(senseKey(s, glossary))));
  if (!same) return undefined;
  const isVerb = (w: string) => lemmatize(w).some((c) => c.upos === 'VERB' || c.upos === 'AUX');
  const others = clauseOf(context, word, isVerb).filter((w) => w.toLowerCase() !== form).map((w) => lemmatize(w)).filter((r) => r.some((c) => c.upos === 'VERB' || c.upos === 'AUX'));
  // Not a copula that makes a passive of a participle (`werden`: `wird gesperrt`), which is the verb's action.
  const copula = (r: readonly LemmaCandidate[]) => r.some((c) => glossary.copulas?.includes(c.lemma) && !glossary.auxiliaryUses?.[c.lemma]?.participle);
  const modal = (r: readonly LemmaCandidate[]) => r.some((c) => glossary.modals?.includes(c.lemma));
  // Beside an adjective it is joined to (`schnell und erfahren`, `erfahren oder jung`) it is one too, whatever the clause.
  const adjectiveOnly = (w: string | undefined) => {
    const readings = w !== undefined && /^\p{Ll}/u.test(w) ? lemmatize(w) : [];
    return readings.length > 0 && readings.every((c) => c.upos === 'ADJ');
  };
  const joins = (w: string | undefined) => w !== undefined && lemmatize(w).some((c) => c.upos === 'CCONJ');
  // The sentence's first word is capitalised whatever it is.
  const before = (i: number) => (i === 0 ? context[0]?.toLowerCase() : context[i]);
  const coordinated = context.some((w, i) => w.toLowerCase() === form
    && ((i > 1 && joins(context[i - 1]) && adjectiveOnly(before(i - 2))) || (joins(context[i + 1]) && adjectiveOnly(context[i + 2]))));
  // A form that is also the infinitive (`erfahren`) is read so in a clause (`ist zu erfahren`), beside an adjective not.
  const infinitive = form === candidate.lemma.toLowerCase();
  // An article or pronoun a verb is spelt like (`eine`, einen's) is no other verb of the clause.
  const article = (r: readonly LemmaCandidate[]) => r.some((c) => c.upos === 'DET' || c.upos === 'PRON');
  const state = coordinated || (!infinitive && others.some(copula) && others.every((r) => copula(r) || modal(r) || article(r)));
  return state ? { lemma: form, upos: 'ADJ' } : undefined;
}

function lookupOne(word: string, deps: LookupDeps): WordLookup {
  const { dictionary, glossary, lang = 'en' } = deps;
  const articles = glossary.genderArticles;
  const candidates = deps.lemmatize?.(word) ?? [];
  const inGlossary = candidates.find((c) => dictionary.has(c.lemma, lang));
  const known = stateAdjective(word, inGlossary ?? candidates[0], deps) ?? inGlossary;
  const candidate = known ?? candidates[0];
  // `lookup` caps its list; a word with many entries (`sein`) would lose its plain senses to it.
  const exactOf = (l: string) => exactEntries(dictionary, l, lang)
    // Stable: "Essen" (noun) before "essen" (verb) when the reader clicked "Essen".
    .sort((a, b) => Number(b.headword === l) - Number(a.headword === l));
  // A lemma the glossary lacks is looked up under the headword the analysis found for it: a participle used as an
  // adjective under its verb (`besiedelt` → besiedeln), a nominalised adjective in its strong form (`Beamte` → Beamter);
  // not a number compound the glossary's number words give (`4-Zimmer-Wohnung`: four-room flat, not Wohnung's flat).
  // A number adjective written with a capital after the hyphen is a noun (`der 36-Jährige`), whatever its tag.
  const nominalised = /^\d[\d.,]*-\p{Lu}/u.test(word) && !/^\d[\d.,]*-\p{Lu}/u.test(candidate?.lemma ?? '');
  // A nominalised adjective's strong form the glossary has only in lower case is an adjective's comparative (`Grüne` →
  // Grüner: `grüner`, greener), not the noun.
  const adjectiveForm = candidate !== undefined && adjectiveOnly(candidate, exactOf);
  const glossed = candidate?.gloss && dictionary.has(candidate.gloss, lang) && !adjectiveForm && !numberCompound(candidate.lemma, exactOf, glossary, nominalised).length;
  const analysed = known?.lemma ?? (glossed ? candidate.gloss! : candidate?.lemma ?? word);
  const cited = citedAdjective(word, analysed, candidate, exactOf, deps);
  const degree = cited ? undefined : degreeAdjective(word, analysed, candidate, exactOf, deps);
  const comparative = degree ?? analysed;
  const lemma = cited ?? inflectedDegree(word, comparative, candidate, exactOf, glossary) ?? comparative;
  const listed = exactOf(lemma);
  // A noun the glossary lists in the plural only (`Rahmenbedingungen {pl}` :: framework, `Rettungskräfte {pl}` :: rescue
  // workers), whose singular the analysis reads, means what that entry says, not what its head part means alone (condition,
  // force). Where a simple noun has entries of its own, a plural entry is mostly a narrow use of one of its many senses
  // (`Hunde {pl}` :: mine cars, `Stunden {pl}` :: lessons). A compound's singular is narrow already, and the glossary lists
  // its plural where the plural is how the compound is mostly used (`Friedensgespräche {pl}` :: peace talks, beside
  // `Friedensgespräch` :: parley): that entry's senses other than the singular's in the plural follow the singular's first
  // entry, so they stand among the first three, while a rarer word it gives (`Raubtiere {pl}` :: carnivorans) is not first.
  const plural = glossary.plural;
  // A nominalised adjective the glossary lacks as a noun in its strong form (`Grüne`) it may list in the plural, as the
  // weak plural a party or a group is named with (`Grünen {pl}`: Green Party).
  const adjectiveNoun = adjectiveForm && !listed.length;
  const pluralEntries = plural && candidate?.upos === 'NOUN' && (adjectiveNoun || word.toLowerCase() !== lemma.toLowerCase())
    ? [...plural.forms(word), ...(adjectiveNoun ? plural.adjectiveNoun(lemma) : [])].flatMap((f) => exactOf(f)).filter((e) => e.grammar.includes(plural.code)) : [];
  // Where it lists neither, the adjective's own senses (`die Blaue`: blue, not bluer).
  const fromParts = pluralEntries.length ? pluralEntries
    : adjectiveNoun ? adjectiveEntries(word, exactOf, deps) : numberCompound(lemma, exactOf, glossary, nominalised);
  const exact = listed.length
    ? [...listed.slice(0, 1), ...compoundPlural(lemma, listed, pluralEntries, deps), ...listed.slice(1)]
    : fromParts.length ? fromParts : nameAdjective(word, candidate, deps);
  // The positive's own senses follow the comparative's (`jüngste` may still be the youngest).
  const positive = degree ? exactOf(analysed).filter((e) => !exact.includes(e)) : [];
  const found = dictionary.lookup(lemma, lang);
  // `hängt vom Wetter ab` governs as `von` does: `von etw. abhängen`.
  // The words that choose an idiom or `sich` stand in the clicked word's clause: `für` in `Sein Ziel sei, dass ein Upgrade
  // für …` is no reason for `für etw. sein` (to approve of sth.).
  const isVerb = (w: string) => deps.lemmatize?.(w).some((c) => c.upos === 'VERB' || c.upos === 'AUX') ?? true;
  const clause = deps.context ? clauseOf(deps.context, word, isVerb) : undefined;
  const governs = (w: string) => {
    const lower = w.toLowerCase();
    const pronoun = glossary.pronominalAdverb?.(lower);
    return [lower, ...(glossary.contractions[lower] ?? []), ...(pronoun ? [pronoun] : [])];
  };
  const context = clause ? new Set(clause.flatMap(governs)) : undefined;
  // `Ich stelle mir das vor` reads `sich etw. vorstellen` as `Er stellt sich das vor` does.
  if (context && clause && personalReflexive(clause, glossary.reflexiveForms)) context.add(glossary.reflexive);
  // `Das lässt sich nicht vergleichen` (cannot be compared): the clause's sich is lassen's, not the infinitive's (`sich
  // vergleichen`, to settle).
  const reflexiveOwner = (w: string) => deps.lemmatize?.(w).some((c) => glossary.reflexiveVerbs?.includes(c.lemma) && c.lemma !== lemma) ?? false;
  if (context?.has(glossary.reflexive) && clause?.some(reflexiveOwner)) context.delete(glossary.reflexive);
  const isPreposition = (w: string) => deps.lemmatize?.(w).some((c) => c.upos === 'ADP') ?? false;
  const governed: Governed = {
    isPreposition,
    ...(clause ? ownPrepositions(clause, word, lemma, isPreposition, deps.lemmatize, glossary) : { own: new Set<string>(), bare: new Set<string>(), things: new Set<string>() }),
    follows: new Set((deps.context ?? []).flatMap((w, i, all) => {
      const next = all[i + 1];
      return w.toLowerCase() === word.toLowerCase() && next ? governs(next) : [];
    })),
    dative: !clause || !glossary.dativeSlot || mayBeDative(clause, word, glossary.dativeSlot.mayFill, isPreposition, deps.lemmatize),
    manner: candidate?.upos === 'VERB' && !!clause && !!glossary.manner && mannerBefore(clause, word, lemma, deps.lemmatize),
    person: candidate?.upos === 'VERB' && !!clause && !!glossary.personObject
      && personObject(clause, word, glossary.personObject.pronouns, isPreposition, deps.lemmatize),
    personSubject: (candidate?.upos === 'VERB' || candidate?.upos === 'AUX') && !!clause && !!glossary.thingSubject
      && clause.some((w) => w.toLowerCase() !== word.toLowerCase() && glossary.thingSubject!.personPronouns.has(w.toLowerCase())),
  };
  // An adjective as written (`deutlich`, not `deutliche`) may be used as an adverb; German tags both ADJ. A form the
  // glossary lists as written that the analysis reads as its positive with an ending (`eigener` of eigen, `hoher` of hoch)
  // is that inflected adjective before its noun, never an adverb (`ein eigener Modus`: own, not innately), unless the
  // glossary lists the form as an adverb too, as it does comparatives that are (`später` :: later: `um später Infos zu erhalten`).
  const inflected = !!candidate && lemma.toLowerCase() !== candidate.lemma.toLowerCase() && !exact.some(adverbOnly)
    && !!deps.context && beforeNoun(deps.context, word, deps);
  const adverbial = candidate?.upos === 'ADJ' && word.toLowerCase() === lemma.toLowerCase() && !inflected;
  // Under another headword the reading's part of speech is not the entry's (`besiedelt` ADJ, `besiedeln` a verb).
  // A verb the lexicon reads as an auxiliary (`sein`, `haben`, also where UD calls a copula a verb: `war er schockiert`)
  // is read as the grammar word it is: its specialist senses ([math.] to equal sth.) and a pronoun (his) are no meanings
  // of the clause's verb.
  const auxiliary = candidate?.upos === 'VERB' && (deps.lemmatize?.(lemma).some((c) => c.upos === 'AUX' && c.lemma === lemma) ?? false);
  // A headword the glossary lists in the reading's own part of speech is read as that (`Nordland-Verfahren` → Verfahren,
  // a noun: the verb `sich verfahren` is no reading of it, whatever the clause's sich; `gewiß` → gewiss, an adjective: a
  // certain, not certainly). Its gender is the whole word's, which a name before a hyphen may not show.
  const ownKind = !!candidate && lemma === candidate.gloss && lemma !== candidate.lemma && exact.some((e) => ownPos(entryPos(e), candidate.upos));
  // A word the glossary lists in the part of speech it codes such words as only (possessives as pronouns: `ihr {pron}` ::
  // her, their; `als {conj}` :: as, where UD calls `als Chef` a preposition) is read as that: its lines without a code
  // (`ihr` :: you-all, `als` :: qua) do not come first.
  const listedAs = candidate ? LISTED_AS[candidate.upos] : undefined;
  const relisted = !!listedAs && lemma === candidate?.lemma && exact.some((e) => entryPos(e).has(listedAs)) && !exact.some((e) => entryPos(e).has(candidate.upos));
  const reading = ownKind ? { lemma, upos: candidate.upos } : relisted ? { ...candidate, upos: listedAs }
    : lemma === candidate?.lemma || lemma === degree ? (auxiliary ? { ...candidate!, upos: 'AUX' as const } : candidate) : undefined;
  // A noun's plural chooses among homographs where the glossary gives theirs: `Banken` is the bank's, `Bänke` the bench's.
  const form = word.toLowerCase();
  const pluralOf = (e: DictEntry) => e.plural?.toLowerCase();
  const byNumber = (candidate?.upos === 'NOUN' || candidate?.upos === 'PROPN') && form !== lemma.toLowerCase() && exact.some((e) => pluralOf(e) === form);
  const otherNumber = (e: DictEntry) => byNumber && pluralOf(e) !== undefined && pluralOf(e) !== form;
  const placed = [...exact, ...positive].map((e, i) => ({ e, i, at: otherNumber(e) ? 2 : place(e, reading, context, glossary, adverbial, governed), after: i >= exact.length ? 1 : 0 }));
  // A preposition's line for the other case than its article shows (`im Haus`: in, not into) follows its lines for that case.
  const objectCase = reading?.upos === 'ADP' ? caseShown(word, lemma, deps) : undefined;
  const marks = glossary.objectCase?.marks ?? [];
  if (objectCase)
    for (const p of placed) if (p.e.grammar.some((g) => marks.some((m) => g.includes(m))) && !p.e.grammar.some((g) => g.includes(objectCase))) p.at = Math.max(p.at, OTHER_CASE);
  // A word the glossary gives only with the preposition it governs (`von etw. profitieren`) means that without it too
  // (`Alle profitieren`: to benefit), rather than nothing.
  if (!placed.some((p) => p.at < 3))
    for (const p of placed) {
      const sich = (p.e.form ?? '').split(/\s+/).includes(glossary.reflexive);
      if (isPhraseForm(p.e, glossary) && formExtraWords(p.e, glossary).every(governed.isPreposition) && (!sich || context?.has(glossary.reflexive))) p.at = 1;
    }
  // A wording the sentence chose whose note narrows it (`mit jdm. zusammenarbeiten (unerlaubt/heimlich)` :: to collude
  // with sb.) while the glossary also has the same wording plain (`mit jdm. zusammenarbeiten` :: to cooperate with sb.):
  // the narrow one is not what the clause shows, so it goes among the phrases, and the plain senses lead.
  for (const p of placed) {
    const wording = p.e.form;
    if (p.at < 1 && wording && p.e.note?.startsWith('(') && found.some((e) => e !== p.e && !e.note && e.headword === wording)) p.at = 3;
  }
  // A figurative wording the sentence chose follows the reading's first plain entry, which says its words literally
  // (`bringt das Paket in die Stadt`: to bring), and comes before the others (`fällt auf alle zurück`: to rebound, to
  // reflect on sb. [fig.], to relapse).
  const firstPlain = Math.min(...placed.filter((p) => p.at === 1).map((p) => p.i));
  for (const p of placed) if (p.at === FIGURATIVE && firstPlain < Infinity) Object.assign(p, { at: 1, i: firstPlain + 0.5 });
  // An adjective as written said of the subject (`Die Suche bleibt mühsam`), not of how something happens.
  const saidOf = adverbial && !!clause && !!deps.context && (afterPredicative(deps.context, word, glossary) || saidOfSubject(clause, word, deps.context, deps, glossary));
  if (adverbial) {
    // What follows the adjective speaks first (`rund 300`), then what stands before it (`erweist sich als schwierig`), then the clause's verbs.
    const modifies = [...governed.follows].some((next) => modifiable(next, deps, glossary)) || (!!deps.context && opensClause(deps.context, word, deps, glossary));
    const howItHappens = !!clause && placed.some((p) => entryPos(p.e).has('ADJ')) && withoutCopula(clause, word, deps, glossary);
    alternateAdverbs(placed, modifies ? 'adverb' : saidOf ? 'adjective' : howItHappens ? 'adverb' : undefined);
  }
  // The reflexive pronoun's third person is what a text means by it (`Ole freut sich`: himself), not the polite second
  // person's (yourself) that the glossary may list first.
  const thirdPerson = glossary.reflexiveGloss;
  if (reading?.upos === 'PRON' && lemma === glossary.reflexive && thirdPerson)
    for (const p of placed) if (p.e.senses.includes(thirdPerson)) p.i = -1;
  placed.sort((a, b) => a.after - b.after || a.at - b.at || a.i - b.i);
  // A grammar word read as one part of speech has that one's plain senses only: `ist` is `sein` the verb, and the
  // pronoun `sein` (his, its), the noun `das Sein` or a specialist sense ([math.] "to equal") would otherwise stand
  // among its first meanings, since the verb has one sense.
  const grammarWord = reading !== undefined && GRAMMAR_WORDS.has(reading.upos) && placed.some((p) => p.at < 2);
  // A surname spelled like a common word (`Jan Kraft`) is the person's name, with no article or plural. Its senses stay
  // after the name: a noun after a dative first name reads the same (`Sie gab Jan Geld`), and there they are its meaning.
  const surname = personName(word, candidate, exact[0], deps);
  const own = placed.filter((p) => p.at < (grammarWord ? 2 : 3)).map((p) => p.e);
  const bound = sentencePhrases(word, lemma, deps);
  const nounPhrases = candidate?.upos === 'VERB' && clause ? collocations(word, lemma, clause, context?.has(glossary.reflexive) ?? false, deps).filter((e) => !bound.includes(e)) : [];
  const modified = candidate?.upos === 'NOUN' && deps.context ? [...attributePhrases(word, lemma, exact, deps), ...genitivePhrases(word, lemma, deps)] : [];
  // `…, so der Minister.` says according to, which `so`'s entries lack: the reporting preposition's senses lead, worded
  // as that preposition (`laut`).
  const reporting = glossary.reportingAdverb;
  const reported = reporting && lemma.toLowerCase() === reporting.word && deps.context && deps.lemmatize
    && creditsSubject(deps.context, word, glossary.correlatives?.[reporting.word], deps.lemmatize)
    ? exactOf(reporting.preposition).filter((e) => entryPos(e).has('ADP')) : [];
  const counted = candidate?.upos === 'NOUN' ? numberShare(word, lemma, deps) : [];
  const inSentence = [...reported, ...counted, ...bound, ...nounPhrases, ...modified.filter((e) => !bound.includes(e))];
  // An adjective read where the glossary has only its verb (`produziert` → produzieren) means the participle's senses
  // first; one with entries of its own (`überzeugt`: certain, staunch) gets them after its fitting ones.
  // The participle of the verb's first meaning is what the adjective says first (`überzeugt`: convinced, before the
  // glossary's adjective lines, where it is a later synonym of certain, staunch; `verstärkt`: intensified, not bonded).
  const adjective = candidate?.upos === 'ADJ' ? candidate : undefined;
  const glossedAsVerb = !!adjective && lemma !== adjective.lemma && lemma === adjective.gloss;
  const verbs = adjective && reading && !glossedAsVerb
    ? glossary.participleVerbs(lemma).flatMap((v) => exactOf(v)).filter((e) => entryPos(e).has('VERB')) : [];
  // A transitive verb's only: an intransitive one's participle is its perfect (veraltet: become obsolete, not antiquated).
  // Said of the subject (`Updates sind garantiert`: a passive or the state it leaves) by an adjective whose own first
  // line is only another of the verb's participles (garantiert {adj} :: warranted), it is the verb's first meaning's
  // participle even where the glossary gives that verb without one (`jdm. etw. garantieren` :: to guarantee sb. sth.):
  // the translation's own, where regular (guaranteed). An adjective of its own meaning keeps it (verbreitet: widespread).
  const participles = new Set(verbs.flatMap((e) => e.participle ?? []).map((s) => senseKey(s, glossary)));
  const ownFirst = placed.find((p) => p.at < 2)?.e.senses[0];
  const onlyParticiple = saidOf && ownFirst !== undefined && participles.has(senseKey(ownFirst, glossary));
  const literal = verbs[0]?.grammar.includes(TRANSITIVE) && (verbs[0].participle || onlyParticiple) ? verbs.slice(0, 1) : [];
  const participle = glossedAsVerb
    ? { at: 0, entries: participleEntries(adjective.lemma, exact, glossary.pastParticiple) }
    : adjective && reading
      ? { at: placed.filter((p) => p.at < 2).length, entries: participleEntries(lemma, verbs.slice(literal.length)) }
      : undefined;
  // A form that says what would be (`möchte`, `hätte`) means its verb's first sense so worded (would like sth.), which a
  // glossary listing the infinitive does not give: the first sense of the verb's fitting entries the translation can
  // word so, before the senses as listed.
  const formOf = (w: string) => deps.lemmatize?.(w).some((c) => c.lemma === lemma) ?? false;
  const conditional = glossary.conditional;
  // An auxiliary's is the one its entries word as an auxiliary where one does (`würde machen`: would, not would become).
  const worded = conditional && (reading?.upos === 'VERB' || reading?.upos === 'AUX') && conditional.is(word, lemma, formOf)
    ? placed.filter((p) => p.at < 2).flatMap(({ e }) => e.senses.flatMap((s) => conditional.sense(s) ?? []).slice(0, 1).map((w) => ({ e, w })))
    : [];
  const wouldBe = [...worded].sort((a, b) => Number(reading?.upos === 'AUX' && b.w.auxiliary) - Number(reading?.upos === 'AUX' && a.w.auxiliary)).slice(0, 1)
    .map(({ e, w }): DictEntry => ({ headword: e.headword, grammar: e.grammar, senses: [w.sense] }));
  // Where the analysis reads an auxiliary, what it does there (`auxiliaryUses`); a conditional says so already (would).
  const does = candidate?.upos === 'AUX' && clause && worded.length === 0 ? auxiliaryUse(word, lemma, clause, deps) : undefined;
  const uses = does ? [{ headword: lemma, grammar: own[0]?.grammar ?? [], senses: [does] }] : [];
  // An adjective of a place (`die Kieler Polizei`, `der Hamburger Hafen`) names the place: its entry goes first (Kiel
  // :: keel, Hamburger :: burger), after the sentence's phrases, unless the word's first entry already names the people or
  // place, written with a capital (Schweizer :: Swiss, Wiener :: Vienna): then last.
  const places = candidate?.upos === 'ADJ' && glossary.placeAdjective
    ? glossary.placeAdjective(word).flatMap((p) => exactOf(p)).filter((e) => e.note?.includes(glossary.placeNote)) : [];
  const named = /^\p{Lu}/u.test(own[0]?.senses[0] ?? '');
  const asParticiple = participle
    ? [...participleEntries(lemma, literal, onlyParticiple ? glossary.pastParticiple : undefined), ...own.slice(0, participle.at), ...participle.entries, ...own.slice(participle.at)]
    : [];
  // A participle whose adjective and participle lines say less than a card's first meanings hold (`dotiert {adj}` ::
  // paid (post), where `der mit 9,5 Millionen dotierte Preis` is endowed) goes on with its verb's meanings.
  const verbMeanings = asParticiple.reduce((k, e) => k + e.senses.length, 0) < SHOWN ? verbs : [];
  const read = participle
    ? [...inSentence, ...asParticiple, ...verbMeanings]
    : [...inSentence, ...uses, ...wouldBe, ...actionNouns(lemma, candidate, own, glossary.gerund)];
  const entries = named ? [...read, ...places] : [...inSentence, ...places, ...read.slice(inSentence.length)];
  const phrases = [...placed.filter((p) => p.at === 3).map((p) => p.e), ...found.filter((e) => !isExact(e, lemma) && !inSentence.includes(e))];
  // A sense marked colloquial, old or regional (`way [Br.] [coll.]` beside `area` in one entry of Raum) goes after the
  // plain senses of every entry that fits the reading, not just after its own entry's.
  const fitting = new Set(placed.filter((p) => p.at < 2).map((p) => p.e));
  // Where the sentence's wording or `sich` chose an entry, its marked senses still come before the other entries' (`Er
  // freut sich auf den Urlaub`: `sich auf etw. freuen`, to look forward / … [Br.] [rare] / …), after its plain ones.
  const chosen = new Map(placed.filter((p) => p.at <= 0.5).map((p) => [p.e, p.at]));
  // A verb the translation has as its own word (`stoppen`: to stop, `testen`: to test) means that in almost every use, whatever
  // other senses its entries list first (to time sb., to tackle sb.) or however the glossary marks the entry: first
  // after the sentence's phrases and the wordings it chose.
  const sameVerb = reading?.upos === 'VERB' && inSentence.length === 0 && glossary.cognate
    ? (sense: string) => glossary.cognate!(lemma, sense, formOf) : () => false;
  const numberFollows = [...governed.follows].some((w) => /^\p{N}/u.test(w) || (deps.lemmatize?.(w).some((c) => c.upos === 'NUM') ?? false));
  const approximate = reading?.upos === 'ADV' && !numberFollows && glossary.approximation
    ? (sense: string) => glossary.approximation!.test(sense) : () => false;
  // A preposition's plain sense that is a preposition of the translation (`bei Ole`: near, by, at; `aus Nordland`: from)
  // says what it does in most sentences; one worded otherwise is a narrower use (in case of, out of, by means of). A
  // wording the sentence chose keeps its place (`unter anderem`: among other things).
  const translated = glossary.translationPrepositions;
  const preposition = reading?.upos === 'ADP' && translated ? (sense: string) => translated.has(senseKey(sense, glossary)) : () => true;
  // Plain senses of one tier keep the glossary's order (scripts/dict/rank.ts: Ding's, a common English word first). On the
  // development click sets (dev, dev2, dev3, dev4, hard: 1045 clicks, right sense first in 838) each of these reorderings
  // lost more first senses than it gained, so none is made: a sense narrowed by a bracket (`stitch (crochet)`) after the
  // next plain one (-26), a line whose German note narrows it (`(eines Zahlensystems)`) after the next (-29), a gloss
  // spelt as the German word first (Lager: layer, -5), a gloss several lines give first (-7), an adverb in -ly of an
  // adjective sense first (-6), the line whose note names a word of the sentence first (-12); a bracketed sense after
  // every plain one lost right senses from the first three on every set.
  // `so` without its `wie` after it in the clause: the pair's sense (as) waits.
  const pair = glossary.correlatives?.[lemma.toLowerCase()];
  const click = clause?.findIndex((w) => w.toLowerCase() === form) ?? -1;
  const paired = pair === undefined || (clause ?? deps.context ?? []).some((w, i) => i > click && w.toLowerCase() === pair);
  const pairSenses = paired ? new Set<string>() : new Set(exactOf(pair).flatMap((e) => e.senses.map((s) => senseKey(s, glossary))));
  const tier = (e: DictEntry, sense: string) => {
    const at = ownTier(e, sense) + (pairSenses.has(senseKey(sense, glossary)) ? UNPAIRED : 0);
    const otherSubject = governed.personSubject && glossary.thingSubject!.sense.test(sense) ? OTHER_SUBJECT : 0;
    return at + otherSubject + (approximate(sense) ? NO_NUMBER : 0) + (at === 1 && fitting.has(e) && !preposition(sense) ? NARROWER : 0);
  };
  const ownTier = (e: DictEntry, sense: string) => {
    if (places.includes(e)) return named ? PLACE_LAST : 1;
    if (nounPhrases.includes(e)) return NOUN_PHRASE;
    if (!fitting.has(e) && own.includes(e)) return 3;
    const marked = markedSense(sense, e.senses, glossary);
    const at = chosen.get(e);
    if (at === undefined && !marked && sameVerb(sense)) return COGNATE;
    return at !== undefined ? at + (marked ? MARKED_CHOSEN : 0) : marked ? 2 : 1;
  };
  const seen = new Map<string, { sense: string; tier: number; entry: number }>();
  const ranked: { sense: string; tier: number; entry: number }[] = [];
  // The card's entries give their senses as it shows them, so that each shown sense finds its entry's wording and note.
  const shownEntries = entries.map((e) => {
    const senses = withoutVariants(oneSpelling(e.senses, glossary));
    return senses === e.senses ? e : { ...e, senses: [...senses] };
  });
  for (const [n, e] of entries.entries())
    for (const sense of shownEntries[n]!.senses) {
      const key = senseKey(sense, glossary) || sense;
      const shown = seen.get(key);
      // A sense given again without the label its place came with reads without it there (Grenze: `border`, not
      // `border [fig.]`, whose entry ranks first, where another entry gives the country's border).
      if (shown && LABEL.test(shown.sense) && !LABEL.test(sense)) shown.sense = sense;
      if (shown) continue;
      // The entry it came from, so that the first senses shown are not all one entry's synonyms.
      const r = { sense, tier: tier(e, sense), entry: n };
      seen.set(key, r);
      ranked.push(r);
    }
  const perEntry = reading && SYNONYM_GLOSSED.has(reading.upos) ? PER_ENTRY_SHOWN : Infinity;
  const senses = distinctFirst(ranked.sort((a, b) => a.tier - b.tier), glossary, perEntry).map((r) => r.sense);
  const grammar = own.flatMap((e) => e.grammar);
  // Only a noun has a gender: `sein` the verb is not `das Sein`.
  const noun = !candidate || candidate.upos === 'NOUN' || candidate.upos === 'PROPN';
  // Ding lists a nominalised adjective or participle as masculine and feminine (`Verletzte {m,f}`): der/die, whichever
  // article the sentence used.
  const both = noun && own.some((e) => e.grammar.includes('m') && e.grammar.includes('f')) ? `${articles.m}/${articles.f}` : undefined;
  // A place's gender is its own entry's (die Schweiz): a namesake listed after it is no gender of the place's (the river
  // Nordau {f} beside the town Nordau, which has none).
  const placeName = candidate?.upos === 'PROPN' && own[0]?.note?.includes(glossary.placeNote);
  // A noun the glossary lists in the plural only (`Kosten {pl}`, `Leute {pl}`) has no gender, but its plural's article,
  // which a dictionary shows with it (die Kosten).
  const nounEntries = own.filter((e) => entryPos(e).has('NOUN'));
  const pluralOnly = noun && glossary.plural && nounEntries.length > 0 && nounEntries.every((e) => e.grammar.includes(glossary.plural!.code) && !e.grammar.some((g) => articles[g]))
    ? glossary.plural.article : undefined;
  const gender = noun ? both ?? (placeName ? own[0]!.grammar : grammar).map((g) => articles[g]).find((g) => g !== undefined) ?? pluralOnly : undefined;
  const card: WordLookup = {
    word,
    // Sentence-initial "Die" is reported as the dictionary writes it: "die".
    lemma: own[0]?.headword ?? exact[0]?.headword ?? lemma,
    pos: !surname && commonNoun(candidate, own[0], glossary) ? 'NOUN' : candidate?.upos ?? grammar.map((g) => POS[g]).find((p) => p !== undefined) ?? null,
    gender: surname ? null : both ?? candidate?.gender ?? gender ?? null,
    plural: surname ? null : candidate?.plural ?? own.find((e) => e.plural)?.plural ?? null,
    senses,
    entries: shownEntries,
    phrases,
  };
  const regions = Object.entries(glossary.regionNotes).filter(([note]) => own[0]?.note?.includes(note)).map(([, region]) => region);
  if (regions.length > 0) card.regions = regions;
  return card;
}
