/**
 * How German news attributes speech: verbs of saying, prepositional frames (`laut`, `zufolge`),
 * quote marks and Konjunktiv I forms. Data for `src/core/facts/quotes.ts`, which knows no German.
 */
import type { QuoteRules } from '../facts/10-quotes';
import { FEMALE_FIRST_NAMES, firstNameGender, MALE_FIRST_NAMES } from './firstNames';
import { ORGANISATION_DESCRIPTORS, ORGANISATION_HINTS, ORGANISATION_SUFFIXES } from './roles';

/** Opening mark → closing marks that may end it. Straight quotes open and close alike. */
export const QUOTE_PAIRS: Record<string, string[]> = {
  '„': ['“', '”', '"'],
  '»': ['«'],
  '«': ['»'],
  '“': ['”'],
  '"': ['"'],
  '›': ['‹'],
  '‚': ['‘'],
};

/**
 * Verbs of saying, one verb a line with every form a report uses: finite forms, infinitive and participle, and for a
 * separable verb its joined forms (`mitteilte`, `mitzuteilen`); its separated forms are in SEPARATED_CUE_FORMS.
 * A plain table rather than forms built from stems (issue 13), so what is matched can be read here.
 */
const CUE_VERB_FORMS = [
  'sagt sagen sagte sagten sage gesagt',
  'erklärt erklären erklärte erklärten erkläre',
  'betont betonen betonte betonten betone',
  'behauptet behaupten behauptete behaupteten behaupte',
  'berichtet berichten berichtete berichteten berichte',
  'meldet melden meldete meldeten melde gemeldet',
  'äußert äußern äußerte äußerten äußere geäußert',
  'erläutert erläutern erläuterte erläuterten erläutere',
  'kritisiert kritisierte kritisierten kritisiere',
  'bestätigt bestätigen bestätigte bestätigten bestätige',
  'warnt warnen warnte warnten warne gewarnt',
  'fordert fordern forderte forderten fordere gefordert',
  'erzählt erzählen erzählte erzählten erzähle',
  'fragt fragen fragte fragten frage gefragt',
  'antwortet antworten antwortete antworteten antworte geantwortet',
  'versichert versichern versicherte versicherten versichere',
  'bekräftigt bekräftigen bekräftigte bekräftigten bekräftige',
  'ergänzt ergänzen ergänzte ergänzten ergänze',
  'schätzt schätzen schätzte schätzten schätze geschätzt',
  'vermutet vermuten vermutete vermuteten vermute',
  'glaubt glauben glaubte glaubten glaube geglaubt',
  'hofft hoffen hoffte hofften hoffe gehofft',
  'meint meinen meinte meinten meine gemeint',
  'kommentiert kommentierte kommentierten kommentiere',
  'zitiert zitierte zitierten zitiere',
  'argumentiert argumentierte argumentierten argumentiere',
  'klagt klagen klagte klagten klage geklagt',
  'beklagt beklagen beklagte beklagten beklage',
  'mahnt mahnen mahnte mahnten mahne gemahnt',
  'befürchtet befürchten befürchtete befürchteten befürchte',
  'fürchtet fürchten fürchtete fürchteten fürchte gefürchtet',
  'verkündet verkünden verkündete verkündeten verkünde',
  'beteuert beteuern beteuerte beteuerten beteuere',
  'droht drohen drohte drohten drohe gedroht',
  'wiederholt wiederholen wiederholte wiederholten wiederhole',
  'dementiert dementierte dementierten dementiere',
  'spekuliert spekulierte spekulierten spekuliere',
  'urteilt urteilen urteilte urteilten urteile geurteilt',
  'folgert folgern folgerte folgerten folgere gefolgert',
  'prognostiziert prognostizierte prognostizierten prognostiziere',
  'appelliert appellierte appellierten appelliere',
  'verlangt verlangen verlangte verlangten verlange',
  'bekundet bekunden bekundete bekundeten bekunde',
  'unterstellt unterstellen unterstellte unterstellten unterstelle',
  'erinnert erinnern erinnerte erinnerten erinnere',
  'präzisiert präzisierte präzisierten präzisiere',
  'räsoniert räsonierte räsonierten räsoniere',
  'resümiert resümierte resümierten resümiere',
  'konstatiert konstatierte konstatierten konstatiere',
  'bilanziert bilanzierte bilanzierten bilanziere',
  'signalisiert signalisierte signalisierten signalisiere',
  'entgegnet entgegnen entgegnete entgegneten entgegne',
  'protestiert protestierte protestierten protestiere',
  'twittert twittern twitterte twitterten twittere getwittert',
  'verlautbart verlautbaren verlautbarte verlautbarten verlautbare',
  'schildert schildern schilderte schilderten schildere geschildert',
  'begründet begründen begründete begründeten begründe',
  'charakterisiert charakterisierte charakterisierten charakterisiere',
  'verdeutlicht verdeutlichen verdeutlichte verdeutlichten verdeutliche',
  'bemängelt bemängeln bemängelte bemängelten bemängele',
  'moniert monierte monierten moniere',
  'lobt loben lobte lobten lobe gelobt',
  'rechtfertigt rechtfertigen rechtfertigte rechtfertigten rechtfertige gerechtfertigt',
  'insistiert insistierte insistierten insistiere',
  'mitteilt mitteilen mitteilte mitteilten mitteile mitgeteilt mitzuteilen',
  'hinzufügt hinzufügen hinzufügte hinzufügten hinzufüge hinzugefügt hinzuzufügen',
  'ankündigt ankündigen ankündigte ankündigten ankündige angekündigt anzukündigen',
  'einräumt einräumen einräumte einräumten einräume eingeräumt einzuräumen',
  'feststellt feststellen feststellte feststellten feststelle festgestellt festzustellen',
  'klarstellt klarstellen klarstellte klarstellten klarstelle klargestellt klarzustellen',
  'deutlichmacht deutlichmachen deutlichmachte deutlichmachten deutlichmache deutlichgemacht deutlichzumachen',
  'andeutet andeuten andeutete andeuteten andeute angedeutet anzudeuten',
  'bezeichnet bezeichnen bezeichnete bezeichneten bezeichne',
  'vermeldet vermelden vermeldete vermeldeten vermelde',
  'plädiert plädierte plädierten plädiere',
  'beanstandet beanstanden beanstandete beanstandeten beanstande',
  'auffordert auffordern aufforderte aufforderten auffordere aufgefordert',
  'beschuldigt beschuldigen beschuldigte beschuldigten beschuldige',
  'verdächtigt verdächtigen verdächtigte verdächtigten verdächtige',
  'schreibt schreiben schrieb schrieben geschrieben',
  'spricht sprechen sprach sprachen gesprochen',
  'ruft rufen rief riefen gerufen',
  'verweist verweisen verwies verwiesen',
  'hingewiesen hinweisen hinwies hinweist hinzuweisen',
  'angegeben angeben angab angibt anzugeben bekanntgegeben bekanntgab bekanntgibt bekanntzugeben',
  'fortgefahren',
  'bestreitet bestreiten bestritt bestritten',
  'unterstreicht unterstreichen unterstrich unterstrichen',
  'beschreibt beschreiben beschrieb beschrieben',
  'gesteht gestehen gestand gestanden eingestanden',
  'nennt nennen nannte nannten genannt',
  'denkt denken dachte dachten gedacht',
  'weiß wissen wusste wussten gewusst',
  'verlautet verlautete verlauten',
  'rät raten riet rieten geraten',
  'vorgeworfen vorwirft vorwarf',
  'verspricht versprechen versprach versprachen',
  'betont betonen betonte betonten',
  'heißt hieß',
  'empfiehlt empfehlen empfahl empfahlen empfohlen',
  'vorgeschlagen vorschlagen vorschlug vorschlägt vorzuschlagen',
  'angeboten anbieten anbot anbietet anzubieten',
  'aufgerufen aufrufen aufrief aufruft aufzurufen',
  'so',
];

/** Separated finite forms of separable verbs of saying, with the particle that must close their clause (`teilte … mit`). */
const SEPARATED_CUE_FORMS = [
  'teilt|mit teilen|mit teilte|mit teilten|mit teile|mit',
  'fügt|hinzu fügen|hinzu fügte|hinzu fügten|hinzu füge|hinzu',
  'kündigt|an kündigen|an kündigte|an kündigten|an kündige|an',
  'räumt|ein räumen|ein räumte|ein räumten|ein räume|ein',
  'stellt|fest stellen|fest stellte|fest stellten|fest stelle|fest',
  'stellt|klar stellen|klar stellte|klar stellten|klar stelle|klar',
  'macht|deutlich machen|deutlich machte|deutlich machten|deutlich mache|deutlich',
  'deutet|an deuten|an deutete|an deuteten|an deute|an',
  'fordert|auf fordern|auf forderte|auf forderten|auf fordere|auf',
  'schlug|vor schlugen|vor schlägt|vor',
  'bot|an boten|an bietet|an',
  'rief|auf riefen|auf ruft|auf',
  'gibt|an gab|an gaben|an',
  'gibt|bekannt gab|bekannt gaben|bekannt',
  'weist|hin wies|hin wiesen|hin',
  'wirft|vor werfen|vor warf|vor warfen|vor',
  'fährt|fort fuhr|fort',
  'gesteht|ein gestand|ein',
];

/** Cue verb forms that need no particle (joined separable forms included: `mitteilte`). */
export const CUE_VERBS: ReadonlySet<string> = new Set(CUE_VERB_FORMS.flatMap((l) => l.split(' ')));

/** Finite form → particles, for separable cue verbs (`teilte … mit`). */
export const SEPARABLE_CUE_VERBS: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const e of SEPARATED_CUE_FORMS.flatMap((l) => l.split(' '))) {
    const [f, p] = e.split('|') as [string, string];
    m.set(f, [...(m.get(f) ?? []), p]);
  }
  return m;
})();

/** Prepositions that frame a source before it: `laut Polizei`, `nach Angaben der Polizei`, `gemäß`. */
export const SOURCE_PREPOSITIONS = ['laut', 'nach', 'gemäß', 'zufolge'];
/** Nouns that make `nach X` a source frame (`nach Angaben`, `nach Informationen`). */
/** Matched as word endings, so compounds count too (`Polizeiangaben`, `Zeugenaussagen`, `NASA-Angaben`). */
export const SOURCE_NOUNS = [
  'angaben', 'angabe', 'informationen', 'berichten', 'bericht', 'aussage', 'aussagen', 'worten', 'ansicht',
  'einschätzung', 'meinung', 'schätzungen', 'schätzung', 'auffassung', 'darstellung', 'erkenntnissen',
  'untersuchungen', 'zählung', 'recherchen', 'einschätzungen', 'meldungen', 'meldung', 'studie', 'hochrechnung',
  'umfrage', 'prognose', 'berechnungen', 'vorstellungen', 'daten', 'statistik', 'zahlen', 'ermittlungen',
];
/** Frames that introduce an indirect quote without naming a speaker (`es heißt`, `demnach`). */
export const SPEAKERLESS_FRAMES = ['demnach', 'wonach'];

/**
 * Konjunktiv I (and Konjunktiv II replacement) forms common in reported speech.
 * Only forms that are not also indicative or nouns are listed: `sei`, not `haben`.
 */
export const REPORTED_SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'sei seien seiest habe hätten hätte werde würden würde könne könnten müsse müssten solle wolle dürfe möge ' +
    'gebe liege stehe gehe komme bleibe wisse brauche handle gelte fehle sehe plane trage lasse halte ' +
    'wäre wären arbeite besitze bestehe betrage beginne biete diene drohe erhalte erwarte falle finde ' +
    'folge führe gehöre kenne kläre laufe lebe leide mache nehme passe reiche rechne scheine sorge spiele ' +
    'steige stelle suche treffe verfüge verliere versuche wachse wirke zahle zeige ziehe ' +
    'dauere koste sinke entstehe bedeute betreffe entspreche erfolge ermögliche gelinge'
  ).split(' '),
);

/** Subject pronouns of speech, with the gender they refer to ('' = any or plural). */
export const SPEAKER_PRONOUNS: Record<string, 'm' | 'f' | 'pl'> = { er: 'm', sie: 'f', Er: 'm', Sie: 'f' };

/** Words that start a clause without being its subject, so the subject follows the verb (V2). */
export const CLAUSE_ADVERBS = new Set(
  (
    'dann später zuvor zudem außerdem auch gestern heute morgen damals jetzt nun danach daraufhin weiter ' +
    'ferner gleichzeitig zugleich ebenfalls allerdings jedoch aber trotzdem dennoch schließlich zuletzt ' +
    'bereits schon inzwischen mittlerweile erneut wiederum zunächst anschließend insgesamt darüber dazu ' +
    'deshalb deswegen daher somit also so offenbar offensichtlich ausdrücklich wörtlich immer dort hier ' +
    'vorher nachher bisher kürzlich jüngst zuerst abschließend ergänzend unterdessen indes indessen damit ' +
    'dabei ähnlich ebenso hierzu dazu demnach gestern vorgestern heute morgen nämlich zwar sogar selbst nur ' +
    'bislang seither erst noch stets oft häufig wiederholt mehrfach etwa beispielsweise zusätzlich'
  ).split(' '),
);

/** Finite auxiliaries and modals that can stand before a cue participle (`hat … erklärt`). */
export const AUXILIARIES = new Set(
  (
    'hat haben hatte hatten habe ist sind war waren sei wird werden wurde wurden will wollte wollten ' +
    'kann konnte könne muss musste soll sollte ließ ließen lässt'
  ).split(' '),
);

/** Nominative determiners/pronouns that start a subject noun phrase. */
export const DETERMINERS = new Set(
  'der die das ein eine einer eines dem den des kein keine sein seine ihr ihre dieser diese dieses jener mehrere viele einige alle beide zwei drei'.split(' '),
);

/** Prepositions that end a subject noun phrase or start an adverbial (`am Montag`, `gegenüber der Zeitung`). */
export const PREPOSITIONS = new Set(
  (
    'in im am an auf bei beim nach vor seit mit während gegenüber über unter zum zur für aus um trotz wegen ' +
    'angesichts laut durch ohne gegen bis zwischen neben hinter innerhalb außerhalb anlässlich als'
  ).split(' '),
);

/** Words that open the clause a verb of saying governs. */
export const COMPLEMENTIZERS = new Set(['dass', 'ob', 'wonach', 'warum', 'wie', 'wann', 'wer', 'was', 'weshalb', 'wieso']);

/** Words inside a name that are written lower case (`Ursula von der Leyen`, `Bashar al-Assad`). */
export const NAME_PARTICLES = new Set(['von', 'vom', 'van', 'de', 'der', 'des', 'da', 'di', 'al', 'bin', 'ibn', 'zu', 'und']);

/**
 * The same particles as the entity tagger reads a person's name through them (facts' `nameParticles`): a lead opens them
 * (`von`, `Van`) and only after it may a follow-word stand (`der`), so `Schmidt der Bayern` or `Lind und Brandt` is no name.
 */
export const NAME_PARTICLE_LEADS = new Set(['von', 'van', 'zu', 'de', 'di', 'da', 'del', 'du', 'ten', 'ter']);
export const NAME_PARTICLE_FOLLOWS = new Set(['der', 'den', 'dem', 'la', 'le', 'zu']);
/**
 * A surname glued to an elided `de` (`Valéry Giscard d’Estaing`, `Susan le Jeune d’Allegeershecque`, written
 * `dAllegeershecque` where the source lost the apostrophe): the tagger, which never saw such a word, ended the name
 * before it, and the quiz offered `Susan le Jeune`.
 */
export const NAME_PARTICLE_ELIDED = /^d['’]?\p{Lu}\p{Ll}/u;

/**
 * Nouns and adjectives that carry an opinion or statement as the last word of their clause
 * (`vertritt die Ansicht, dass …`, `ist der Meinung, …`, `zeigte sich zuversichtlich, …`).
 */
export const CUE_NOUNS = new Set(
  (
    'ansicht auffassung meinung überzeugung standpunkt einschätzung befürchtung hoffnung vorwurf vorwürfe ' +
    'forderung warnung position vermutung behauptung einwand erwartung angst sorge zuversichtlich überzeugt'
  ).split(' '),
);

/** Verbs that report speech only with a zu-infinitive or clause after them (`plant, … zu erweitern`). */
export const INTENT_VERBS = new Set(
  (
    'plant planen plante planten geplant beabsichtigt beabsichtigte bittet bat gebeten ' +
    'entscheidet entscheiden entschied entschieden beschließt beschließen beschloss beschlossen'
  ).split(' '),
);

/** `zitiert X mit den Worten`: the quoted person is the object, the subject only passes the words on. */
export const QUOTING_VERBS = new Set(['zitiert', 'zitierte', 'zitieren', 'zitierten']);
/** `mit den Worten`, `mit folgenden Worten`. */
export const WORDS_NOUN = 'worten';

/** Verbs whose speaker is a place in a text or a circle of sources (`In dem Bericht heißt es`, `aus Kreisen verlautete`). */
export const IMPERSONAL_CUES = new Set(['heißt', 'hieß', 'verlautete', 'verlautet', 'verlauteten']);
/** Prepositions that name such a source: `in dem Schreiben`, `aus Regierungskreisen`. */
export const SOURCE_PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus']);

/** Relative pronouns that are the subject of their clause (`…, der betonte, …`). */
export const REFERRING_PRONOUNS = new Set(['der', 'die', 'welcher', 'welche']);

/** Forms that cannot start a nominative subject (`nennt den Vorgang`, `sagte dem Sender`). */
export const NON_SUBJECT_STARTS = new Set(
  'den dem einen einem des eines ihn ihm ihnen sich uns mir mich dich dir euch'.split(' '),
);

/** Object pronouns and particles that may stand between a cue verb and its subject (`so charakterisierte ihn der Chef`). */
export const OBJECT_PRONOUNS = new Set('ihn ihm ihnen sich uns mir mich dies'.split(' '));

/** Passive auxiliaries: `wurde … aufgefordert` names its speaker, if at all, after `von`/`durch`. */
export const PASSIVE_AUXILIARIES = new Set('wird werden wurde wurden worden'.split(' '));
/** Prepositions that introduce the agent of a passive (`von der Polizei`, `über den Sender`). */
export const AGENT_PREPOSITIONS = new Set(['von', 'vom', 'durch', 'über']);

/** Conjunctions that open a subordinate clause before its subject (`Nachdem die Anwältin mitgeteilt hatte`). */
export const SUBORDINATORS = new Set(
  'nachdem weil obwohl obgleich indem während bevor seit seitdem sobald solange falls wenn da damit sodass'.split(' '),
);

/** Articles that open a genitive attribute after a noun (`nach Aussage einer Sprecherin`). */
export const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

/**
 * Pronouns that can be a speaker; `es` only stands in for one (`hieß es`). Demonstratives (`Diese bestätigte`)
 * and `demnach` refer back to a source named before, so they are speakers but never a name to ask for.
 */
export const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'man', 'wir', 'ich', 'es', 'diese', 'dieser', 'jener', 'jene', 'letzterer', 'letztere', 'demnach']);

const BODY_NOUNS: ReadonlySet<string> = new Set(ORGANISATION_HINTS);
const BODY_ENDINGS = [...ORGANISATION_DESCRIPTORS, ...ORGANISATION_SUFFIXES];
/** `die Firma Nordwerk`, `der Autobauer Nordmobil`, `das Landwirtschaftsministerium`: a speaker headed so is a body. */
const bodyNoun = (word: string): boolean => BODY_NOUNS.has(word) || BODY_ENDINGS.some((e) => word.toLowerCase().endsWith(e));

export const germanQuoteRules: QuoteRules = {
  quotePairs: QUOTE_PAIRS,
  cueVerbs: CUE_VERBS,
  separableCueVerbs: SEPARABLE_CUE_VERBS,
  sourcePrepositions: new Set(SOURCE_PREPOSITIONS),
  sourceNouns: new Set(SOURCE_NOUNS),
  speakerlessFrames: new Set(SPEAKERLESS_FRAMES),
  reportedSpeechVerbs: REPORTED_SPEECH_VERBS,
  clauseAdverbs: CLAUSE_ADVERBS,
  auxiliaries: AUXILIARIES,
  determiners: DETERMINERS,
  prepositions: PREPOSITIONS,
  complementizers: COMPLEMENTIZERS,
  nameParticles: NAME_PARTICLES,
  subjectPronouns: SUBJECT_PRONOUNS,
  femalePronoun: 'sie',
  malePronoun: 'er',
  /** `laut`: source follows; `zufolge`: source precedes; `nach`: needs a source noun. */
  postposedSource: 'zufolge',
  sourceNeedsNoun: 'nach',
  /** `…, so der Sprecher.` */
  soCue: 'so',
  /** `…, denn …`: a new main clause after a reported one is the reporter's again. */
  clauseBreakers: new Set(['denn', 'aber', 'doch', 'sondern', 'jedoch', 'allerdings']),
  commentRelatives: new Set(['was', 'womit', 'wodurch', 'weshalb', 'weswegen']),
  impersonal: 'es',
  cueNouns: CUE_NOUNS,
  intentVerbs: INTENT_VERBS,
  quotingVerbs: QUOTING_VERBS,
  wordsNoun: WORDS_NOUN,
  impersonalCues: IMPERSONAL_CUES,
  sourcePlacePrepositions: SOURCE_PLACE_PREPOSITIONS,
  referringPronouns: REFERRING_PRONOUNS,
  nonSubjectStarts: NON_SUBJECT_STARTS,
  objectPronouns: OBJECT_PRONOUNS,
  coordinator: 'und',
  anaphoricObjects: new Set(['Dies', 'Das', 'Dieses']),
  demonstrativeSubjects: new Map([['dieser', 'er'], ['jener', 'er'], ['letzterer', 'er'], ['diese', 'sie'], ['jene', 'sie'], ['letztere', 'sie']]),
  subordinators: SUBORDINATORS,
  genitiveArticles: GENITIVE_ARTICLES,
  passiveAuxiliaries: PASSIVE_AUXILIARIES,
  agentPrepositions: AGENT_PREPOSITIONS,
  femaleFirstNames: FEMALE_FIRST_NAMES,
  maleFirstNames: MALE_FIRST_NAMES,
  firstNameGender,
  comparisonCue: 'wie',
  relativeOpeners: new Set(['dessen', 'deren', 'dem', 'den']),
  obliqueRelatives: new Set(['dem', 'den']),
  nonDativeArticles: new Set(['die', 'das', 'ein', 'eine', 'des']),
  possessives: new Set(['seiner', 'ihrer', 'unserer', 'deren', 'dessen', 'seinen', 'ihren']),
  firstPersonPronouns: new Set(['ich', 'wir']),
  participlePrefix: 'ge',
  participleShape: /^\p{Ll}{2,8}ge\p{Ll}{2,}(t|en)$|t$/u,
  subjunctiveShape: /^\p{Ll}{3,}e$/u,
  notSubjunctive: /[td]e$/,
  inflectedAdjective: /^\p{Ll}+(e|en|er|es|em)$/u,
  infinitive: /^\p{Ll}+(e|er|el)?n$/u,
  infinitiveMarker: 'zu',
  joinedZuInfinitive: /^\p{Ll}{2,}zu\p{Ll}{3,}n$/u,
  namingBefore: /\bals\s*$/,
  femaleHead: /in$|innen$/,
  femaleArticle: /^(die|eine)\s/i,
  maleArticle: /^(der|ein)\s/i,
  pluralPhrase: /^die\s+\p{Lu}\S*en\b/u,
  bodyNoun,
};
