/**
 * What a language tells the quiz (issue 13): how prompts and answers are worded, and the grammar
 * an option must agree with to fit its blank. The language model carries it as `quiz`; German is
 * `de/quizLanguage.ts`. The quiz code itself holds no word of any language.
 */
import type { Token } from '../analysis';
import type { LanguageModel } from '../languageModel';

/** The wording of prompts and answers. */
export interface QuizTemplates {
  blank: string;
  number: (sentence: string) => string;
  date: (sentence: string) => string;
  cloze: (sentence: string) => string;
  whoSaidDirect: (quote: string) => string;
  /** Reported speech asked as reported, without quotation marks (`Wer sagte laut dem Text, die Pläne seien fertig?`). */
  whoSaidIndirect: (quote: string) => string;
  /** A quote inside a quoted prompt, in the marks one sets inside another (`‚Ja‘`). */
  innerQuote: (quote: string) => string;
  role: (name: string) => string;
  whoIsRole: (role: string) => string;
  who: (rest: string) => string;
  /** `Wann traf Lind Berg?`: the rest of the question after its question word, verb first. */
  when: (rest: string) => string;
  /** Words a date's phrase may open with that `when` does not ask for (`seit August` answers `Seit wann`, not `Wann`). */
  notWhen: ReadonlySet<string>;
  /** `Wie viele Experten schickte Lind?`: a count asked by the thing counted, then the rest of the question. */
  howMany: (things: string, rest: string) => string;
  /** A question opened by a question word the forms give (`Wohin`, `Mit wem`): `Wohin reiste Lind?`. */
  asked: (questionWord: string, rest: string) => string;
  crossNumber: (outlet: string, topic: string) => string;
  crossRole: (outlet: string, name: string) => string;
  crossWhen: (outlet: string, event: string) => string;
  /** An outlet as the subject of a cross-source prompt, with its article where it takes one (`die taz`, `Reuters`). */
  outletName: (outlet: string) => string;
  /** A report without a named outlet, by its title (`der Bericht „Brandt auf dem Weg …“`). */
  reportTitled: (title: string) => string;
  /** A report with neither outlet nor title, in cross-source prompts (`Artikel 2`). */
  articleName: (n: number) => string;
}

/** The grammar and spelling options and prompts must agree with. */
export interface QuizForms {
  /**
   * A number's or date's clause naming the earlier time it is compared with (`cue`: `Ein Jahr zuvor …`), or a sentence
   * opening as an aside for comparison (`aside`: `Zum Vergleich: …`): the figure is a reference, not the news.
   */
  comparison: { cue: RegExp; aside: RegExp };
  /**
   * The words before a ranking's total, ending where the total stands (`auf Platz 149 von ___ Staaten`): the rank is the
   * fact, the size of the list is not.
   */
  rankTotal: RegExp;
  /**
   * The words of a figure's clause up to it that make it a change or a rate (`um ___ Punkte verbessert`, `jährlich nur
   * ___ Normen`), not a count of its thing: it is no part of a count the text gave before (`lesserFigure`).
   */
  changeOrRate: RegExp;
  /**
   * The opening of a sentence that leans on the one before (`So kommt das Telefon auf …`: an example of its claim, or
   * `So lange brauchte …`: its measure): a gap in it asks a detail that illustrates the news, not the news.
   */
  leansOnBefore: RegExp;
  /** Articles that can open a nominative predicate (`Wer ist der junge König?`). */
  nominativeArticles: readonly string[];
  /** A role word in an inflected or plural form (`Präsidenten`): no option beside base forms. */
  inflectedRole: RegExp;
  /** A feminine role word (`Ministerin`): options keep the answer's gender. */
  femaleRole: RegExp;
  /** Role words that fill the options when the texts give too few. */
  roleFallbacks: readonly string[];
  /** A role word that names a relation, not a function (`Mutter`): `Welche Funktion hat …?` cannot ask it. */
  relation: (role: string) => boolean;
  /**
   * The field a role word belongs to (politics, business, sport, …), or null where it says none
   * (`Vorsitzender`): a wrong role comes from the answer's field, as `Sängerin` beside `Leiterin` or
   * `Torwart` beside `Vorsitzender` was judged absurd.
   */
  roleField: (role: string) => string | null;
  /**
   * The office a role word names where other words name it too (`Regierungschef`, `Premier`, `Kanzler`
   * head a government), or null: two options of one office are two right answers, or one guessed by elimination.
   */
  roleOffice: (role: string) => string | null;
  /** An office of some countries only (`Senator`, `Kanzler`): no wrong option unless the story names one. */
  localOffice: (role: string) => boolean;
  /**
   * A role word that says more than its kind (`Verkehrsminister`, `Nordbank-Ökonom`): beside plain role words
   * (`Senator`, `Diplomat`) it was judged given away by its specificity, so it is offered among specific ones.
   */
  roleSpecific: (role: string) => boolean;
  /**
   * The rank of a political office (`head` of state or government, `minister`, `local`), or null: options are offices of
   * the answer's rank (`Bürgermeister` offered for a head of state was judged absurd).
   */
  roleRank: (role: string) => string | null;
  /**
   * Is every holder of role `narrow` a `broad` too (`Botschafter` a `Diplomat`, `Stürmer` a `Spieler`, a minister a
   * `Politiker`)? Two such options are two right ones, or one that names a kind beside its genus.
   */
  roleIncludes: (broad: string, narrow: string) => boolean;
  /** Other roles of the same head and form (`Verkehrsminister` → `Finanzminister`, `Innenminister`), where the language lists them. */
  roleVariants: (role: string) => string[];
  /** A role word of both genders (`Abgeordnete`, `Beauftragte`): offered only beside one of its kind. */
  bothGendersRole: RegExp;
  /** A predicate that does not agree with a singular `who` (`wollen …`): no `Wer …?` question. */
  pluralPredicate: RegExp;
  /**
   * Words that make a clause no plain statement of what happened: a negation (`nicht`, `kein`), a hedge or a
   * source (`angeblich`, `laut`). A question made of its parse would assert what the text does not.
   */
  unassertedWords: RegExp;
  /** A finite verb that says what may, must or would be, or what somebody reports (`kann`, `soll`, `würde`, `sei`). */
  unassertedVerb: RegExp;
  /**
   * Prepositions that take the dative only (`mit`, `nach`) and the article that after one stands before a plural only
   * (`den`): before a noun in the singular it is the text's slip of case (`nach den vierten Zwischenrang`), which a
   * question in its own words would copy.
   */
  caseSlip: { dativePrepositions: ReadonlySet<string>; pluralArticle: string };
  /** Articles of the singular only (`der`, `ein`): a noun after one agrees with a verb in the singular. */
  singularArticles: ReadonlySet<string>;
  /** A date that belongs to a noun, with its preposition (`ein Urteil vom 28. Februar 2013`, `der Rat von 1999`): of something earlier the report cites. */
  nounDate: RegExp;
  /** Words opening a relative clause (`der`, `die`, `dessen`): a date in one tells of what it describes, not of the report. */
  relativePronouns: ReadonlySet<string>;
  /** Finite verbs of the past perfect (`hatte`, `war` before a participle): what they tell came before the story. */
  pastPerfect: ReadonlySet<string>;
  /**
   * The words before a year that make it the end or start of a plan rather than a time the text tells of (`bis 2035`,
   * `ab dem Jahr 2030`), read up to the year: the text's latest year is not a target's.
   */
  targetYear: RegExp;
  /** The words before a date's number that make it the start of a span reaching the text's time (`seit`, `Seit dem Jahr`), read up to the number. */
  since: RegExp;
  /**
   * A span's opening before a date, read up to the date's end (`seit Dezember`, `bis Ende Juni`, `ab dem 1. Oktober`): the
   * date is when a state the news reports began or ends, not the time of an event beside it.
   */
  dateSpan: RegExp;
  /** The copula's dictionary form (`sein`): a clause that only says what something is asks no event. */
  copula: string;
  /** A reflexive pronoun of the verb (`sich`): it stays in the question, before the subject (`Mit wem traf sich Lind?`). */
  reflexives: ReadonlySet<string>;
  /**
   * How a place after its preposition (and article) is asked, by those words as written (`nach` → `Wohin`, `aus` → `Woher`,
   * `in der` → `Wo`); the options keep them (`nach Kiel`, `nach Bremen`).
   */
  placeQuestions: ReadonlyMap<string, string>;
  /** How a place that acts is asked, by its kind (`country` → `Welches Land`): `Wer` asks for a person or a body. */
  placeAsked: ReadonlyMap<string, string>;
  /** Prepositions that say where a name is from (`Hauer von der Uni Linz`): after a name, they belong to it. */
  originPrepositions: ReadonlySet<string>;
  /** How a person after a preposition is asked (`mit` → `Mit wem`). */
  partnerQuestions: ReadonlyMap<string, string>;
  /** Prepositions of a passive clause's agent and the question they ask (`von` → `Von wem`). */
  agentQuestions: ReadonlyMap<string, string>;
  /** Particles a verb's dictionary form may open with, which stand apart from it as a main clause's verb (`abschlagen`: `schlägt … ab`). */
  separableParticles: ReadonlySet<string>;
  /** A one-word organisation that is a common noun (`Regierung`): asked for as a word, not a name. */
  commonNounName: RegExp;
  /** A number in a fixed phrase (`unter vier Augen`): no fact to ask, and its variants would be nonsense. */
  numberIdioms: RegExp;
  /** A counted word that is a part of a whole (`zwei Drittel`): its variants would be impossible (`vier Drittel`). */
  fractionNouns: RegExp;
  /**
   * Is a measure, by its counted word and the words either side, how long something lasted or how long ago it began
   * (`seit 24 Jahren`, `nach 217 Tagen`, `für 81 Tage`, `zu fünf Jahren Haft`, `dauert zehn Tage`, `drei Wochen lang`)?
   * That is news, and its neighbours are as likely, unlike a spec's measure (`12 Megapixel`, `30 Zentimeter`). Not other
   * time spans (judged on dev news: an age, `mit 52 Jahren`, beside 20 for the oldest coach; the window a comparison
   * looks back on, `in den vergangenen zehn Jahren`; a hypothetical `müsste rund 352 Jahre surfen`; a rule's minimum,
   * `für wenigstens fünf Tage`).
   */
  duration: (counted: string, before: string, after: string) => boolean;
  /**
   * What follows a number that is a technical spec or a detail no reader keeps (`8 Megapixel`,
   * `Internet Explorer 6`, `als Nummer 10 gesetzt`, a prize `dotiert`): judged not worth asking.
   */
  triviaAfter: RegExp;
  /**
   * A date a record is measured from (`erstmals seit ___`, `der höchste Stand seit Ende ___`), tested on the text before
   * the date and the date's first word: nothing happened then, so the date is no fact to ask.
   */
  recordSince: RegExp;
  /** What precedes such a number (`Nummer`, `Version`, a product name's last word, a file number's slash). */
  triviaBefore: RegExp;
  /**
   * What stands between two figures of an inventory (`22.105 Stück Granaten, 379 Granatwerfer und …`), tested on the text
   * from one figure's counted words to the next figure: the rest of what the first counts, then a list's comma or conjunction.
   */
  figureListJoin: RegExp;
  /** `21 der 36 Sitze`: a part (before) and its whole (captured, after the word for `of`): a part's options stay below the whole. */
  partOfWhole: RegExp;
  /**
   * The kind of a place (`city`, `country`, `region`, `continent`; '' for a place the language does not know): options
   * are places of the answer's kind, since a country beside a city (`aus Deutschland` beside `aus Berlin`) or a
   * continent beside a country is a second right option.
   */
  placeKind: (name: string) => string;
  /**
   * The kind of place a noun right before a name says it is (`die Hauptstadt Oslo`, `der Stadt Kiel`, `die Provinz
   * Nordland`: `city`, `region`), or null: the text's own word for a place no list of the language knows.
   */
  placeKindNoun: (noun: string) => string | null;
  /** The country a place lies in (a country is its own; `Istanbul` → Türkei), or null where the language does not know it. */
  placeCountry: (name: string) => string | null;
  /**
   * Whether a word names a country by its adjective or its people (`türkischen`, `Türken`): beside a gap for that
   * country, or in its dateline, it gives the answer away.
   */
  namesCountry: (word: string, country: string) => boolean;
  /** A dateline opening the report (`Wien – `) after a teaser: the teaser's lines are no place to ask from. */
  dateline: RegExp;
  /** Whether the tokens hold a finite verb: a first line without one is a headline fragment or teaser, not a lead. */
  hasFiniteVerb: (tokens: readonly Token[]) => boolean;
  /** The same seen from the whole (`21 der ___ Sitze`): the part (captured) ends the text before it, and its options stay above the part. */
  wholeOfPart: RegExp;
  /**
   * A change from one value to the asked one (`von 20 auf ___`): the earlier value (captured) ends the text
   * before the gap, and every option lies on the answer's side of it (a rise stays a rise).
   */
  changeFrom: RegExp;
  /**
   * The other end of a range the gap is one end of, captured: `rangeUpper` after a lower end (`zwischen ___ und 40`)
   * that `rangeLowerBefore` opens (options stay on the answer's side of it, judged: `zwischen 60 und 40` is impossible),
   * `rangeLower` before an upper end (`zwischen fünf und ___`), which is not asked alone.
   */
  rangeUpper: RegExp;
  rangeLowerBefore: RegExp;
  rangeLower: RegExp;
  /**
   * What a qualifier before a figure says of the true value, as the least and most it allows in multiples of the figure
   * (`mehr als 20` → [1, ∞), `fast 20` → [0.8, 1], `rund 20` → [0.85, 1.15]): another figure of the same thing in the text
   * keeps a number's options within them.
   */
  numberBounds: ReadonlyMap<string, readonly [number, number]>;
  /**
   * A figure the sentence compares the asked one with (`im Vergleich zu 23 Prozent`), its number and the word after it
   * captured: the sentence tells which side of it the answer lies on (`überrepräsentiert`, `höher`), so the options keep
   * to that side where the figure counts what the answer does. Global, with indices (flags `dg`): every comparison is read.
   */
  comparedWith: RegExp;
  /** Qualifiers that call a figure small (`nur`, `lediglich`): a share they qualify is offered among no share of nearly all. */
  fewQualifiers: ReadonlySet<string>;
  /**
   * Words that give one share to two sides alike (`Sowohl die Gegner als auch die Befürworter kommen auf ___ Prozent`,
   * `beide Lager`, `jeweils`), tested on the share's sentence: where the two are parts of one whole, each has half of it
   * at most, so a share up to half is offered among shares up to half.
   */
  sharedShare: RegExp;
  /** Words that tell a figure as one step of a sequence (`zunächst`, `später`, `inzwischen`), tested on its sentence. */
  sequence: RegExp;
  /**
   * A threshold the sentence names (`die Fünf-Prozent-Hürde`, `die Marke von fünf Prozent`), its number captured: a share
   * that missed it is offered among shares below it, one that cleared it among shares above (judged ruled out otherwise).
   */
  threshold: RegExp;
  /**
   * Words that make a number follow from another in its sentence: a sum or restatement before it (`…, also ___
   * Offiziere`, `umgerechnet ___ Euro`), tested on the text before the number; the same after the number's words, tested
   * on the text after it (`50 Millionen Franken, umgerechnet …`); and a ratio (`verdoppelte sich`) in a sentence with
   * another number. Either figure gives the other away: neither is asked.
   */
  restatedBefore: RegExp;
  restatedAfter: RegExp;
  ratio: RegExp;
  /** Words that point back to what came before (`ebenfalls`, `dort`): a question made of the clause alone cannot be answered. */
  needsContext: RegExp;
  /**
   * A time counted back from the report's day (`vor einem Monat`, `vor wenigen Wochen`, `kürzlich`): what happened then
   * is an earlier event than the news, and a question of its clause alone does not say which (`Wie viele Menschen starben
   * erst vor einem Monat?` was judged unclear five times: where, how?).
   */
  relativeTime: RegExp;
  /**
   * Adverbs that only join a clause to the story before it (`schließlich`, `dann`, `indes`, `zudem`) and add nothing to
   * what it reports: a question of its own words leaves them out (`Wann verließen schließlich …?` was judged to copy
   * them). Lower case.
   */
  joiningAdverbs: ReadonlySet<string>;
  /**
   * A personal pronoun that points back to someone named before (`treten sie … an`, `erinnerte er`): a gap
   * clause that shows one cannot be understood alone (judged unclear, and its facts side details).
   */
  pointsBack: RegExp;
  /**
   * The opening of a sentence that leans on the one before it (`Das sei eine Lüge`, `Dort liegt …`, `Beide Teams …`,
   * `Hinzu kämen …`): shown alone as a gap's clause, what it speaks of is missing (judged unclear).
   */
  opensBack: RegExp;
  /**
   * A gap in a pair or range of numbers or months (`___ und Februar`, `2004 ___` for `bis 2008`, `iOS 7 und ___`): the
   * other member gives the answer's form and order away. Tested on the prompt before the gap and after it.
   */
  seriesBefore: RegExp;
  seriesAfter: RegExp;
  /**
   * The conjunction that opens a reported statement (`dass`): reported speech opened by another (`wie diese denn
   * aussähen`, `da der Tatort …`) asks or gives a reason; `Wer sagte, wie …?` was judged a fragment.
   */
  statementConjunction: string;
  /** A spokesperson (`Sprecherin`, `Regierungssprecher`): a quote a spokesperson gives is not the words of the one they speak for. */
  spokesperson: RegExp;
  /** A verb of saying that denies what follows (`bestritt`, `dementierte`): the clause is what the speaker says is not so. */
  denialCue: RegExp;
  /**
   * A possessive that points back to a clause's subject and tells its gender (`seinen Ministern`, `ihre Partei`): a
   * `Wer` question's options are of that gender (a woman beside `Wer holte sich von seinen Ministern …?` was judged ruled out).
   */
  subjectGender: { female: RegExp; male: RegExp };
  /**
   * Words besides a possessive that tell the gender of a `Wer` question's subject (`er`, `ihr`, `ist Mutter geworden`):
   * where none stands (nor a role word), people of either gender fit the question alike.
   */
  genderedWords: RegExp;
  /** A noun whose form names a woman (`Intendantin`, plural `Intendantinnen`; not `Termin`, `Magazin`). */
  femaleNoun: (lemma: string, plural: string | undefined) => boolean;
  /** Articles that mark a masculine noun for a person before a name (`den Argentinier ___`). */
  maleNounArticles: ReadonlySet<string>;
  /**
   * The gender an article before a person's name tells in a subject (`die topgesetzte Serena Williams`, `der Kroate
   * Marin Cilic`): a `Wer` question's options keep it (men beside `die topgesetzte …` were ruled out by it).
   */
  articleGender: ReadonlyMap<string, 'female' | 'male'>;
  /**
   * Words that open a noun phrase in the nominative only (`der`, `ein`), and a pattern for those that open one in
   * another case only (`den`, `dem`, `einen`, `ihn`): where neither phrase of a clause shows its case (`Die Angestellte
   * hat Tom Lind identifiziert`), either may be its subject, and a `Wer` question may name the one who was identified (judged).
   */
  nominativeOnly: ReadonlySet<string>;
  notNominative: RegExp;
  /**
   * Articles of the singular and the genders (as the language writes them before a noun) of the nouns each opens a
   * nominative of (German `der` a masculine's only): `Der Nordbank fehlt das Geld` opens with a feminine's dative, no
   * subject, and a `Wer` question of it (`Wer fehlt das Geld?`) asks the wrong case.
   */
  nominativeGenders: ReadonlyMap<string, readonly string[]>;
  /**
   * A reported clause's own subject pronoun or possessive that tells the speaker's gender (`sie könne sich … vorstellen`,
   * `dass ihre Mandantin …`): men beside it were judged ruled out.
   */
  speakerGender: { female: RegExp; male: RegExp };
  /**
   * A speaker's own first person (`ich`, `wir`, `unsere`): words that say it without quotation marks are the speaker's
   * own words as said (a report whose marks were lost, `Wir haben verdient gewonnen, betonte Brandt`), not reported speech.
   */
  firstPerson: RegExp;
  /**
   * Is the clause after a comma an infinitive that completes the noun before it (`die Erlaubnis, Truppen zu schicken`,
   * `…, die Armee einzusetzen`)? Not one of purpose (`um … zu`), which the clause before it does without. Words with
   * their lemma and part of speech, the comma left out.
   */
  nounInfinitive: (words: readonly { text: string; lemma: string; upos: string }[]) => boolean;
  /** Words of a date that tell no month or year apart (`Jahr`, `Ende`): two dates sharing only these are different answers. */
  dateFillers: RegExp;
  /** A clause in the conditional or of conjecture (`wäre`, `kämen`, `dürfte`): what it tells would or may be, not a fact of the story. */
  hypothetical: RegExp;
  /**
   * Places written with an article (`die Schweiz`, `der Iran`, `die USA`) by the article's class; a
   * place options are asked among takes the gap's article, so options are of one class (`im Iran`, `im Irak`).
   */
  placeArticles: ReadonlyMap<string, string>;
  /**
   * A name in a list (`nach ___ oder Italien`, `Lind, ___ und Berg`): what joins it to a name after it (tested on the
   * text after the gap) and to one before it (on the text before). Any member fits such a gap: two right options.
   */
  listAfter: RegExp;
  listBefore: RegExp;
  /**
   * A participle set after a comma with its agent (`…, geleitet von ___`), tested on the text before a gap: it belongs
   * to one of the nouns before the comma, and where there are two (`ein Mitarbeiter des Büros in der Zentrale, geleitet
   * von ___`) the gap's name heads either.
   */
  postposedAgent: RegExp;
  /** Prepositions fused with an article (`im`, `zum`): a place after one must be a place that takes an article (`im Iran`, not `im Israel`). */
  articlePrepositions: ReadonlySet<string>;
  /**
   * Whom a role before a name is of (`der russische Präsident`, `Russlands Präsident`, `US-Präsident`, `SPÖ-Kandidat`), as a
   * key the forms of one country share (`russ`), or null. Given the text before the name, its role word last. A gap
   * after such a role offers only people the text gives a role of the same key (judged: non-Russians ruled out by it).
   */
  roleQualifier: (before: string) => string | null;
  /**
   * The country a noun before a name calls the person from (`den Spanier ___` → Spanien), or null for a noun that tells
   * nothing a name's form shows (`den Ingenieur ___`). A gap after such a noun offers only people the text calls from
   * there too (judged: the one Spanish name among the options gave the answer away).
   */
  originOf: (noun: string) => string | null;
}

/** Why a text gets no quiz (or a short one), shown to the user. */
export interface QuizReasons {
  notThisLanguage: string;
  noSentences: string;
  tooLong: string;
  noFacts: string;
  /** The text is a list (a programme, a table of results): nothing in it reads as a report to ask about. */
  listLike: string;
}

/**
 * Words of a gap's clause that point to what another sentence names (`dort`, `dabei`, `er`, `diese Aktie`, `das Land`):
 * shown alone, the clause does not say what it is about (judged unclear). Lower case, nouns as written.
 */
export interface QuizPointers {
  /** Adverbs for a place or a thing told before (`dort`, `dabei`, `dafür`). */
  adverbs: ReadonlySet<string>;
  /**
   * Adverbs for since a time or event told before (`seitdem`): a gap clause with one is not asked, since the sentence
   * before it seldom gives that time (`Jeden Freitag rufen … auf. ___ fielen den Attentaten seitdem zum Opfer`).
   */
  since: ReadonlySet<string>;
  /** Personal pronouns for a person or body named before (`er`, `ihnen`). */
  pronouns: ReadonlySet<string>;
  /** Demonstratives before a noun (`diese Aktie`): the thing is the one told before. */
  demonstratives: ReadonlySet<string>;
  /** Nouns of time a demonstrative points to the report's own time with (`diese Woche`, `dieses Mal`): no pointer. */
  timeNouns: ReadonlySet<string>;
  /**
   * Nouns for a place or body that with a definite article or a demonstrative and no name after them stand for one named
   * before (`das Land`, `diese Firma`), each with what it stands for: a place or an organisation.
   */
  genericNouns: ReadonlyMap<string, 'place' | 'organisation'>;
  definiteArticles: ReadonlySet<string>;
  /**
   * Adjectives that after a definite article pick out of a set the text told before (`die ersten Autos`, `die beiden
   * Männer`, `die übrigen Gäste`): which cars, which men, a clause alone does not say. Tested on the word in lower case.
   */
  setAdjective: RegExp;
  /**
   * A noun that stands for a person named before by what is said of them (`der 28-Jährige`): a clause that shows it
   * and not the name leaves out whom it is about (judged unclear, rounds ee and ff).
   */
  personDescription: RegExp;
  /**
   * A noun for a side by its standing in a contest (`der Aufsteiger`, `der Titelverteidiger`, `die Gastgeber`): it stands
   * for a team or person the text named before, as `personDescription` does, unless a name follows, after a preposition
   * too (`die Gastgeber aus Nordhafen`).
   */
  standing: RegExp;
  /** Articles a genitive after a noun opens (`die ersten Autos des Modells`): it says which. */
  genitiveArticles: ReadonlySet<string>;
  /**
   * The definite articles of a subject (`der Jahresumsatz`): in a sentence that names no one, the noun after one is
   * someone's of the sentence before (`Der Jahresumsatz liege bei ___ Euro`: whose?).
   */
  subjectArticles: ReadonlySet<string>;
  /**
   * A pronoun that after a copula stands for what was told before (German `sind es ___ Prozent`, `waren es`): the
   * clause says a figure of something it does not name.
   */
  placeholder: { pronoun: string; afterCopula: ReadonlySet<string> };
}

/** What the main-news kinds need (issue 15): people and bodies a common noun names, and the verb `Wer` takes. */
export interface QuizNewsForms {
  /** Does a noun (by lemma) name people or a body that acts (`Gewerkschaft`, `Sicherheitskraft`)? null for a thing. */
  agent: (lemma: string) => 'person' | 'body' | null;
  /** A word for people or a body so general that another phrase may name the same ones (`Konzern`, `Männer`): no option, and an answer only counted (`zwei Männer`). */
  generic: (lemma: string) => boolean;
  /**
   * Does a body's noun (by lemma) name no one body where it stands bare (`die Regierung`, `die Polizei`: which one?)?
   * Judges rejected such options as vague fillers; as the answer it asks nothing a reader must tell apart.
   */
  vague: (lemma: string) => boolean;
  /** Are the people or body `narrow` names among those `broad` names (`Sicherheitskräfte`, `Polizisten`)? Then the two are no options beside each other. */
  includes: (broad: string, narrow: string) => boolean;
  /** Does a body noun (by lemma) name a newspaper, broadcaster or news agency (`Zeitung`, `Staatsfernsehen`)? It reports what others say: no speaker of a who-said question, nor an option. */
  press: (lemma: string) => boolean;
  /** The third person singular of a plural finite verb (`sind` → `ist`), or null where the language's rules cannot tell. */
  singularVerb: (text: string, lemma: string) => string | null;
  /** A noun's nominative article by its gender, definite and indefinite (`der` → `ein`), and the plural's. */
  definite: ReadonlyMap<string, string>;
  /** The definite article's forms in the singular's four cases by the noun's gender (`die` → `die`, `der`): a text that writes another before a noun bears out no gender the lexicon gives it. */
  definiteCases: ReadonlyMap<string, ReadonlySet<string>>;
  indefinite: ReadonlyMap<string, string>;
  pluralArticle: string;
  /** A possessive that would point to the answer once the subject is asked (`Wer hat seine Pläne …?`). */
  possessive: RegExp;
  /**
   * The definite article that takes a possessive's place before a noun of `gender` (its article), in the possessive's
   * case and number (`ihren` → `den`, `seiner Fahrzeuge` → `der Fahrzeuge`), or null where its form does not tell it.
   */
  possessiveArticle: (possessive: string, gender: string | null) => string | null;
  /** A noun that declines as an adjective (`der Abgeordnete`, `ein Abgeordneter`), by its lemma. */
  adjectival: RegExp;
  /** Subordinators of a condition (`wenn`, `falls`): a main clause they follow or precede says what holds only then, no plain report. */
  conditionals: ReadonlySet<string>;
  /** Words opening a part of a count after a comma (`drei Menschen wurden verletzt, davon einer schwer`): no clause of their own. */
  partOfCount: ReadonlySet<string>;
  /** A count's qualifiers that leave it exact and stay in the question as adverbs (`insgesamt 300 Gäste`: `Wie viele Gäste kamen insgesamt?`). */
  exactQualifiers: ReadonlySet<string>;
  /** A match's score as one token, its two sides as groups 1 and 3, the mark between them as group 2 (`2:0`). */
  score: RegExp;
  /** Verbs (by lemma) that report a match's result (`siegen`, `verlieren`): a score in their clause is its result. */
  resultVerbs: ReadonlySet<string>;
  /** The words that ask for the result, before the clause (`Mit welchem Ergebnis`), and the preposition a score may stand after (`mit`), which they replace. */
  resultQuestion: string;
  resultPreposition: string;
  /** How a match report names a game's two sides, to ask its result whoever won (`kinds/result.ts`, `matchOf`). */
  match: MatchForms;
  /** Adverbs that say someone did as another did (`unterzeichneten ebenfalls`, `auch`): whom their sentence names is a second right answer. */
  alsoWords: ReadonlySet<string>;
  /** The verbs (by lemma) that tell the deed a verb tells (`unterschreiben` → `unterzeichnen`), the verb itself among them. */
  sameDeed: (lemma: string) => ReadonlySet<string>;
  /**
   * Who reports a clause, as a question names them (`laut der Zeitung`), from the reporter's tokens after the verb of
   * saying (`die Zeitung`) and the text; null where the language cannot write it.
   */
  reporter: (tokens: readonly Token[], text: string) => string | null;
}

/**
 * A match's result in one clause (`Kasachstan steht nach dem 1:2 gegen Lettland als Absteiger fest`): the words that
 * name the opponent, tell a win from a defeat and a result from a game's state before its end, and the question.
 */
export interface MatchForms {
  /** Prepositions before the opponent (`gegen Lettland`, `ein 3:1 über Kiel`), lower case. */
  opponent: ReadonlySet<string>;
  /** Of these, the ones that name the opponent only right after the score (`3:1 über Kiel`; elsewhere `über` says what about). */
  opponentAfterScore: ReadonlySet<string>;
  /** Verbs (by lemma) or heads of a score's compound (`4:1-Heimerfolg`) that say the clause's side won, and lost. */
  win: RegExp;
  loss: RegExp;
  /** Words (by lemma) of a clause whose score is a state of the game before its end (`führte zur Pause mit 2:0`). */
  interim: RegExp;
  /** Words right before a score that make it a goal or a state on the way (`zum 2:0`, `auf 2:3`), lower case. */
  interimBefore: ReadonlySet<string>;
  /** The article a side's name takes after `game` in the question (`die Ukraine` → `der Ukraine`); a side with another article is not named. */
  sideArticle: ReadonlyMap<string, string>;
  /**
   * The article a country takes as the opponent after the question's preposition, by its class in `placeArticles`
   * (`die Slowakei`, `den Iran`); a country of no class takes none (`Norwegen`).
   */
  opponentArticle: ReadonlyMap<string, string>;
  /** The question: `Wie endete das Spiel der Ukraine gegen Weißrussland?`; `opponent` as the text writes it after its preposition. */
  question: (side: string, opponent: string) => string;
}

export interface QuizLanguage {
  templates: QuizTemplates;
  forms: QuizForms;
  pointers: QuizPointers;
  reasons: QuizReasons;
  news: QuizNewsForms;
}

/**
 * The parts of a language model the quiz reads: its detector (is the text in this language), the
 * fact rules it extracts facts with, the news conventions that tell the body from the headline, and
 * its own wording.
 */
export type QuizLanguageModel = Pick<LanguageModel, 'detect' | 'facts' | 'news' | 'quiz'>;
