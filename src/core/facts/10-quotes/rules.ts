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
  /** `und fügte hinzu`: the speaker of a coordinated cue is the one before. */
  coordinator: string;
  /** `wurde aufgefordert`: a passive cue's subject is spoken to; the speaker is the agent (`von X`). */
  passiveAuxiliaries: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  /** First names by gender, so `sie` finds `Anna Berg` and not the `Jan Ott` named after her. */
  femaleFirstNames: ReadonlySet<string>;
  maleFirstNames: ReadonlySet<string>;
  /** `nachdem`, `weil` …: open a clause whose subject follows them. */
  subordinators: ReadonlySet<string>;
  /** `des`, `einer` …: continue a noun phrase with a genitive (`Aussage einer Sprecherin`). */
  genitiveArticles: ReadonlySet<string>;
}
