/**
 * What the facts steps (08-entities … 12-align) and the article metadata parser need to know about a language
 * and its news texts. The German side is `de/factRules.ts` and `de/newsConventions.ts`; the language model
 * holds them as `facts` and `news`.
 */
import type { Token } from '../analysis';
import type { QuoteRules } from './10-quotes';
import type { NerModel } from '../ner/model';
import type { NerWeights } from '../ner/weights';

export interface NumberMarks {
  decimal: string;
  group: string;
}

/** Entity, quote, number and date cues of one language. */
export interface FactsLanguage {
  quotes: QuoteRules;
  /** How numbers are written (`11.000`, `2,5`): the one number parser and the quiz's number options read it. */
  numberMarks: NumberMarks;
  numberWords: Record<string, number>;
  /** Number words that are also articles or pronouns (`ein`, `beide`): a value where one is asked for, never a counted fact alone. */
  articleNumberWords: ReadonlySet<string>;
  vagueNumbers: ReadonlySet<string>;
  scaleWords: Record<string, number>;
  qualifiers: readonly string[];
  /**
   * Qualifiers a count takes and a year does not (`insgesamt`, `rund`; not `bereits`, `nur`: `bereits 2015 Flüchtlinge
   * aufgenommen` is a year's): a number of a year's shape after one and before a plural noun is counted.
   */
  countQualifiers: ReadonlySet<string>;
  percentWords: ReadonlySet<string>;
  currencyWords: ReadonlySet<string>;
  measureWords: ReadonlySet<string>;
  /** A noun or name as the language writes it: what a number counts (`11.000 Container`) starts with one. */
  isNoun: (token: Pick<Token, 'text' | 'upos'>) => boolean;
  rangeWords: ReadonlySet<string>;
  countedLinks: ReadonlySet<string>;
  /** Time word after a number (`Uhr`): the number is a time, not a count. */
  clockWord: string;
  months: Record<string, number>;
  weekdays: readonly string[];
  weekdayAliases: Record<string, number>;
  dayParts: readonly string[];
  relativeDays: Record<string, number>;
  relativeUnits: Record<string, 'day' | 'week' | 'month' | 'year'>;
  relativeModifiers: Record<string, -1 | 1>;
  /** Words that point a bare weekday or month forward from the article's date (`will`, `soll`) or back (`war`, `hatte`). */
  futureCues: ReadonlySet<string>;
  pastCues: ReadonlySet<string>;
  /** `vor 24 Jahren`: the word before a relative span. */
  agoWord: string;
  yearCues: ReadonlySet<string>;
  /** Prepositions kept in a date phrase (`am Mittwoch`, `im Juni`). */
  datePrepositions: ReadonlySet<string>;
  roleHeads: ReadonlySet<string>;
  /** Capitalised words of credits and captions (`Copyright`, `Foto`) that are never part of a name. */
  nonNameWords: ReadonlySet<string>;
  /** Definite articles that open a description of someone named before (`der Präsident`). */
  definiteArticles: ReadonlySet<string>;
  roleSuffixes: readonly string[];
  /** Titles between a role and a name, no part of the name (`Chefärztin Dr. Anna Weber`). */
  nameTitles?: ReadonlySet<string>;
  organisationHints: ReadonlySet<string>;
  organisationSuffixes: readonly string[];
  /**
   * Endings of nouns that say what kind of company stands named after them (`der Autobauer X`, `die Fluggesellschaft X`)
   * but name none alone (`ein Autobauer`), lower case; none in a language without them.
   */
  organisationDescriptors?: readonly string[];
  /** Words that end or open an organisation's name (`GmbH`, `Verlag`, `FC`): evidence for the entity tagger; none in a language without them. */
  organisationHeads?: ReadonlySet<string>;
  /** Organisations the language's news names most, as written (`CDU`, `Deutsche Bank`): evidence for the entity tagger. */
  organisationNames?: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /**
   * Words right before a name that make it a place (`in Hudson`, `die Gemeinde Pflückuff`: a preposition as written, a noun
   * for a kind of place by its lemma): the entity tagger reads an unknown name as a person and is overruled by them.
   */
  namePlaceCues?: ReadonlySet<string>;
  /** Nouns for a kind of organisation right before a name that make it one (`die Firma Century Media`), by lemma or compound head. */
  nameOrganisationCues?: ReadonlySet<string>;
  /** Nouns for a kind of work or product right before a name that make it a title (`der Film Roman Holiday`), by lemma or compound head. */
  nameTitleCues?: ReadonlySet<string>;
  /** The word between such a noun and the titles it gives as examples (`Filme wie Roman Holiday`). */
  nameTitleLink?: string;
  /**
   * Particles inside a person's name (`Ursula von der Leyen`, `Alexander Van der Bellen`): `lead` may open the particles,
   * `follow` only after a lead (`der`, so `Schmidt der Bayern` is no name); none in a language without them. `elided`:
   * a surname glued to its particle (`d’Estaing`), which goes on with the name before it.
   */
  nameParticles?: { lead: ReadonlySet<string>; follow: ReadonlySet<string>; elided?: RegExp };
  placePrepositions: ReadonlySet<string>;
  /** The genitive ending of a name (`Roths`): a mention of the name all the same. */
  genitiveEnding: string;
  /** Adjectives that open a role (`schwedische Ministerin`) and a description (`der neue Minister`). */
  roleAdjective: RegExp;
  descriptionAdjective: RegExp;
  /** A plural or oblique ending dropped from a counted noun so singular and plural align (`Containern` → `Container`). */
  countedEnding: RegExp;
  /** Nouns for a year kept in a date phrase (`im Jahr 2004`). */
  yearNouns: ReadonlySet<string>;
  /** A weak past-tense form (`sagte`), which points a bare weekday back. */
  pastTense: RegExp;
  /** Endings of common nouns, which are never part of a personal name. */
  commonNounSuffixes: RegExp;
  /** Function words whose share tells whether a text is in this language. */
  functionWords: ReadonlySet<string>;
  /**
   * Lemmas of courtesy (thanks, greetings, congratulations, honour, joy): a quote made of them and little else says
   * nothing a reader must know (issue 15: judged not worth asking as who-said).
   */
  courtesyWords?: ReadonlySet<string>;
  /** The trained named-entity tagger (parsed on first use); a language without one finds names by its cues alone. */
  nerModel?: () => NerModel;
  /** Where that tagger's weights come from: a resources file each host reads and provides (issue 19: kept out of the bundles). */
  nerWeights?: NerWeights;
  /** What tells reports of one event apart and lines up their facts (12-align); without it, facts align by their words alone. */
  stories?: StoryRules;
}

/**
 * Words that say what a fact is about across reports (issue 16). Cue lists hold lower-case words; a word ending
 * in `*` stands for every word it begins (`verletz*`: `verletzt`, `Verletzte`).
 */
export interface StoryRules {
  /** Counted nouns that name one thing (`Beschäftigte`, `Mitarbeiter`, `Angestellte`), singular and plural forms. */
  countedSynonyms: readonly (readonly string[])[];
  /** What a number is in the event (`verletzt` vs `im Einsatz`), with a label shown beside the counted thing. */
  numberRoles: readonly { label: string; cues: readonly string[] }[];
  /** A word that makes a number count only part of a span (`seit September`): its label and the word. */
  sinceWord: { label: string; word: string };
  /** What a date is the date of (arrival, signing), by the words of its clause; the label names the row. */
  dateEvents: readonly { label: string; cues: readonly string[] }[];
  /** Words too common to tell events apart (the language's stop words for content overlap). */
  commonWords: ReadonlySet<string>;
}

/** How news texts in one language announce their metadata and wrap their body in page furniture. */
export interface NewsConventions {
  datePatterns: RegExp[];
  /**
   * Short lines this language marks as credits, sources, bylines or stamps (`Quelle:`, `von X`); each is tested on a
   * whole line of at most a few dozen words and must run in linear time. The language-neutral features
   * (©, links, capitals, `|`) are in `articleMeta.ts`.
   */
  boilerplateCues: RegExp[];
  outletPatterns: RegExp[];
  titleNoise: RegExp[];
  /** An export marker at the start of a block that is not part of the text (` date 2024-06 `). */
  leadingMarker: RegExp;
  /** Reading speed for the estimate; learners read news slower than natives (~250). */
  wordsPerMinute: number;
}
