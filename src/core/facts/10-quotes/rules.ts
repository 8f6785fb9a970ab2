/** The language data quote extraction needs; German in `de/quoteCues.ts`. */


export interface QuoteRules {
  quotePairs: Record<string, string[]>;
  cueVerbs: ReadonlySet<string>;
  separableCueVerbs: ReadonlyMap<string, string[]>;
  sourcePrepositions: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  speakerlessFrames: ReadonlySet<string>;
  reportedSpeechVerbs: ReadonlySet<string>;
  clauseAdverbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  /** Relatives that open the reporter's comment on a whole clause (`…, was er auf … zurückführte`) when a subject pronoun follows. */
  commentRelatives: ReadonlySet<string>;
  femalePronoun: string;
  malePronoun: string;
  postposedSource: string;
  sourceNeedsNoun: string;
  soCue: string;
  clauseBreakers: ReadonlySet<string>;
  impersonal: string;
  /** Opinion nouns and adjectives that end a cue clause (`vertritt die Ansicht, …`). */
  cueNouns: ReadonlySet<string>;
  /** Verbs that report only with a zu-infinitive after them (`plant, … zu erweitern`). */
  intentVerbs: ReadonlySet<string>;
  /** `zitiert X mit den Worten`: the object is the speaker. */
  quotingVerbs: ReadonlySet<string>;
  wordsNoun: string;
  /** `In dem Bericht heißt es`, `aus Kreisen verlautete`: the source is a prepositional phrase. */
  impersonalCues: ReadonlySet<string>;
  sourcePlacePrepositions: ReadonlySet<string>;
  /** Pronouns that stand alone as a subject (`Diese bestätigte`, `, der betonte`). */
  referringPronouns: ReadonlySet<string>;
  /** Words that cannot start a nominative subject (`den`, `dem`, `ihn`). */
  nonSubjectStarts: ReadonlySet<string>;
  /** Object pronouns between a cue verb and its subject (`charakterisierte ihn der Chef`). */
  objectPronouns: ReadonlySet<string>;
  /** `Dies gab die Stadt bekannt`: demonstratives that, as a cue's first word, stand for the sentence before. */
  anaphoricObjects: ReadonlySet<string>;
  /**
   * Demonstratives that open a reported clause as its subject (`Dieser habe abgelehnt`), lower case, by the pronoun they
   * agree with (`er`): they point past the person named last, and the cue's pronoun then stands for the same person.
   */
  demonstrativeSubjects?: ReadonlyMap<string, string>;
  /** `und fügte hinzu`: the speaker of a coordinated cue is the one before. */
  coordinator: string;
  /** `wurde aufgefordert`: a passive cue's subject is spoken to; the speaker is the agent (`von X`). */
  passiveAuxiliaries: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  /** First names by gender, so `sie` finds `Anna Berg` and not the `Jan Ott` named after her. */
  femaleFirstNames: ReadonlySet<string>;
  maleFirstNames: ReadonlySet<string>;
  /** The gender of a person's first name from longer lists than those two, which say what is a first name at all. */
  firstNameGender: (name: string) => 'female' | 'male' | null;
  /** `nachdem`, `weil` …: open a clause whose subject follows them. */
  subordinators: ReadonlySet<string>;
  /** `des`, `einer` …: continue a noun phrase with a genitive (`Aussage einer Sprecherin`). */
  genitiveArticles: ReadonlySet<string>;
  /** `wie der Sprecher mitteilte`: the word that opens a comparison clause around a cue. */
  comparisonCue: string;
  /** Words that open a relative clause after a comma (`dessen`, `dem`); the oblique ones also after a preposition. */
  relativeOpeners: ReadonlySet<string>;
  obliqueRelatives: ReadonlySet<string>;
  /** Articles that cannot stand before a postposed source frame, which takes a dative (`der Zeitung zufolge`). */
  nonDativeArticles: ReadonlySet<string>;
  /** Possessives before an opinion noun (`seiner Ansicht`). */
  possessives: ReadonlySet<string>;
  /** First-person pronouns: a verb next to them is not reported speech. */
  firstPersonPronouns: ReadonlySet<string>;
  /** Prefix of a past participle (`gesagt`). */
  participlePrefix: string;
  /** A participle's shape, prefix inside or a `t` ending (`angekündigt`, `erklärt`): a passive may follow. */
  participleShape: RegExp;
  /** A possible Konjunktiv-I form (`müsse`, `gebe`), and endings that are rather a past tense (`sagte`, `wurde`). */
  subjunctiveShape: RegExp;
  notSubjunctive: RegExp;
  /** An inflected adjective or determiner-like word before a noun (`neue`, `ersten`). */
  inflectedAdjective: RegExp;
  /** An infinitive (`senken`) and the word before it (`zu`), or one with `zu` inside (`anzubieten`). */
  infinitive: RegExp;
  infinitiveMarker: string;
  joinedZuInfinitive: RegExp;
  /** Text right before a quote that makes it a name, not speech (`bekannt als „…“`). */
  namingBefore: RegExp;
  /** A female role ending (`Ministerin`), article (`die Sprecherin`) and a plural phrase that takes `die` too. */
  femaleHead: RegExp;
  femaleArticle: RegExp;
  /** `der Sprecher`, `ein Polizist`: an article that tells a man (or a body of that gender the pronoun `er` also stands for). */
  maleArticle: RegExp;
  pluralPhrase: RegExp;
  /** A noun that names an organisation or a maker (`Firma`, `Autobauer`): a speaker it heads is no person. */
  bodyNoun: (word: string) => boolean;
}
