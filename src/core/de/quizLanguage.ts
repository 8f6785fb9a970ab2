/** Everything German the quiz needs beyond the facts: its wording, the grammar options agree with, its reasons. */
import type { QuizLanguage } from '../quiz/language';
import { SEPARABLE_PARTICLES } from './closedClass';
import { hasFiniteVerb } from './finiteVerb';
import { germanQuizPointers } from './quizPointers';
import { germanQuizNews } from './quizNews';
import { germanQuizTemplates } from './quizTemplates';
import { ROLE_HEADS, ROLE_OPTIONS } from './roles';
import { compassBase, countryOfPlace, isCountry, namesCountry, originCountry, placeFacts } from './places';
import { germanCompoundRules } from './compounds';

/** Family words: relations, not functions (`Mutter`, `Witwe`). */
const FAMILY = /^(?:Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Ehefrau|Ehemann|Witwe|Witwer)$/;

/**
 * Is the role a relation to another person rather than a function: a family word, or a word-forming prefix standing
 * alone (`sein Vize`, `ihr Ex`), which is someone's runner-up or deputy, not an office (judged `Vize` among
 * `Beauftragter`, `Ökonom`, `Sportdirektor` options of another kind, round bb)? `Vizepräsident` is an office.
 */
const relation = (role: string): boolean => FAMILY.test(role) || germanCompoundRules.prefixes.has(role.toLowerCase());

/** Number words a threshold or an earlier value is written with (`Fünf-Prozent-Hürde`, `von zwölf auf …`). */
const COUNT_WORDS = '(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig)';

/** Fields of roles by the ending of the role word (lower case, masculine; `-in` is stripped first), the longest ending first. */
const ROLE_FIELDS: Record<string, readonly string[]> = {
  politics: ['minister', 'präsident', 'kanzler', 'regierungschef', 'staatschef', 'bürgermeister', 'senator', 'premier', 'gouverneur', 'staatssekretär', 'parteichef', 'oppositionsführer', 'politiker', 'botschafter', 'diplomat', 'generalsekretär', 'kandidat', 'landeshauptmann', 'kommissar', 'landrat', 'stadtrat', 'gemeinderat'],
  // Offices of any body (`Leiterin`, `Vorsitzender`): beside one another, not beside a singer or a goalkeeper.
  office: ['leiter', 'vorsitzende', 'vorsitzender', 'sprecher', 'direktor', 'chef', 'beauftragte', 'beauftragter', 'funktionär', 'stellvertreter', 'berater', 'obmann'],
  business: ['geschäftsführer', 'vorstand', 'manager', 'gründer', 'aufsichtsratschef', 'konzernchef', 'firmenchef', 'analyst', 'ökonom', 'unternehmer'],
  sport: ['trainer', 'spieler', 'stürmer', 'torwart', 'torhüter', 'verteidiger', 'kapitän', 'sportdirektor', 'schiedsrichter'],
  culture: ['schauspieler', 'sänger', 'autor', 'regisseur', 'musiker', 'künstler', 'tatort-kommissar'],
  media: ['journalist', 'korrespondent', 'redakteur', 'moderator'],
  law: ['richter', 'anwalt', 'staatsanwalt', 'ermittler', 'polizist'],
  science: ['professor', 'forscher', 'wissenschaftler', 'historiker', 'experte'],
  military: ['general', 'kommandeur', 'oberbefehlshaber', 'diktator', 'machthaber', 'soldat'],
  church: ['bischof', 'papst', 'pfarrer', 'kardinal'],
  // A monarch is no option beside an elected office (`Königin` beside `Bildungsministerin` was judged absurd).
  royalty: ['könig', 'kaiser', 'prinz', 'fürst', 'herzog', 'thronfolger'],
};
const ROLE_ENDINGS = Object.entries(ROLE_FIELDS)
  .flatMap(([field, endings]) => endings.map((e) => [e, field] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** The masculine base of a role word: `Anwältin` → `anwalt`. */
const roleBase = (role: string): string => role.toLowerCase().replace(/(?<=..)in$/, '').replace(/(?<=anw)ä(?=lt$)/, 'a');

function roleField(role: string): string | null {
  const base = roleBase(role);
  return ROLE_ENDINGS.find(([e]) => base.endsWith(e))?.[1] ?? null;
}

/** Words for one office (whole role words, masculine base): a head of government or state, of a party, of a firm, of a town. */
const ROLE_OFFICES: Record<string, readonly string[]> = {
  head: ['kanzler', 'bundeskanzler', 'regierungschef', 'premier', 'premierminister', 'ministerpräsident', 'staatschef', 'staatspräsident', 'bundespräsident', 'präsident', 'landeshauptmann'],
  party: ['parteichef', 'parteivorsitzender', 'parteivorsitzende', 'vorsitzender', 'vorsitzende', 'obmann'],
  firm: ['konzernchef', 'firmenchef', 'vorstandschef', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'geschäftsführer', 'chef', 'manager'],
  town: ['bürgermeister', 'oberbürgermeister', 'stadtchef'],
};
const OFFICE_OF = new Map(Object.entries(ROLE_OFFICES).flatMap(([office, words]) => words.map((w) => [w, office] as const)));

/**
 * Ranks of political offices (masculine base): a head of state's options are heads of state or government, a
 * minister's ministers', a mayor's local offices (judged: `Bürgermeister` offered for a head of state, `Kommissar` and
 * `Botschafter` for a president). An office of none of them (`Parteichef`, `Abgeordneter`) is offered among such ones.
 */
const ROLE_RANKS: Record<string, readonly string[]> = {
  head: [...ROLE_OFFICES.head!, 'vizepräsident', 'vizekanzler', 'machthaber', 'diktator', 'könig', 'kaiser'],
  minister: ['minister', 'staatssekretär'],
  local: ['bürgermeister', 'oberbürgermeister', 'stadtchef', 'gouverneur', 'landeshauptmann', 'landrat', 'stadtrat', 'gemeinderat'],
};

/**
 * Role words that every holder of a narrower one is too (masculine base): `Diplomat` beside `Botschafter`, `Spieler`
 * beside `Stürmer`, `Politiker` beside any office, `Funktionär` beside `Sprecher` were judged second right options (rounds
 * c, g, j). The broad word of a field (`politiker`) covers the whole field.
 */
const ROLE_KINDS: Record<string, readonly string[]> = {
  spieler: ['stürmer', 'torwart', 'torhüter', 'verteidiger', 'kapitän'],
  diplomat: ['botschafter', 'gesandter', 'konsul'],
};
const FIELD_WORDS: Record<string, string> = { politiker: 'politics', funktionär: 'office' };

/** Is every `narrow` a `broad` (`Botschafter` a `Diplomat`, `Verkehrsminister` a `Politiker`)? */
function roleIncludes(broad: string, narrow: string): boolean {
  const [b, n] = [roleBase(broad), roleBase(narrow)];
  if (b === n) return false;
  const field = FIELD_WORDS[b];
  return (!!field && roleField(narrow) === field) || !!ROLE_KINDS[b]?.some((k) => n.endsWith(k));
}

/** The rank of a political office, or null. */
function roleRank(role: string): string | null {
  // `US-Präsident` is a `Präsident`; `Ratspräsident` or `Verbandspräsident` heads no state: whole words only, but ministers of any portfolio.
  const base = roleBase(role).split('-').pop()!;
  return Object.entries(ROLE_RANKS).find(([, words]) => words.some((w) => base === w || (w === 'minister' && base.endsWith(w))))?.[0] ?? null;
}

/**
 * Offices of some countries' constitutions only (masculine base): a `Senator` or `Kanzler` offered for a minister
 * of Yemen was judged absurd. Offered only where the story names one.
 */
const LOCAL_OFFICES = new Set(['senator', 'gouverneur', 'kanzler', 'bundeskanzler', 'landeshauptmann', 'premier', 'premierminister', 'ministerpräsident', 'bundespräsident', 'landesrat', 'bundesrat']);

/** Portfolios of a role head: `Verkehrsminister` is asked among `Finanzminister`, `Innenminister`, never beside a plain `Senator`. */
const ROLE_PORTFOLIOS: Record<string, readonly string[]> = {
  minister: ['Außen', 'Innen', 'Finanz', 'Verteidigungs', 'Gesundheits', 'Verkehrs', 'Justiz', 'Wirtschafts', 'Umwelt', 'Bildungs', 'Sozial', 'Arbeits', 'Landwirtschafts', 'Familien', 'Kultur'],
};

/** Words before a portfolio that say whose government it is of (`Bundesarbeitsministerin`, `Landesinnenminister`). */
const PORTFOLIO_PREFIXES = ['', 'Bundes', 'Landes'];

/** The prefix, portfolio and head of a role compound (`Bundesarbeitsministerin` → `Bundes`, `Arbeits`, `minister`), or null. */
function portfolioOf(role: string): { prefix: string; portfolio: string; head: string } | null {
  const base = roleBase(role);
  for (const [head, portfolios] of Object.entries(ROLE_PORTFOLIOS)) {
    for (const prefix of PORTFOLIO_PREFIXES) {
      const portfolio = portfolios.find((p) => base === `${prefix}${p}${head}`.toLowerCase());
      if (portfolio) return { prefix, portfolio, head };
    }
  }
  return null;
}

/** A role word with something before its head (`Verkehrsminister`, `Nordbank-Ökonom`): specific, unlike a plain `Minister`. */
function specificRole(role: string): boolean {
  const base = roleBase(role);
  const ending = ROLE_ENDINGS.find(([e]) => base.endsWith(e))?.[0];
  return !!ending && base.length > ending.length + 2 && !OFFICE_OF.has(base);
}

export const germanQuizLanguage: QuizLanguage = {
  templates: germanQuizTemplates,
  forms: {
    nominativeArticles: ['der', 'die', 'das'],
    // `Präsidenten`, `Ministern`: weak or plural forms.
    inflectedRole: /en$/,
    femaleRole: /in$/,
    // Relations are not functions: no option for `Welche Funktion hat …?`.
    roleFallbacks: [...ROLE_HEADS.filter((r) => !relation(r)), ...ROLE_OPTIONS],
    relation,
    roleField,
    roleOffice: (role) => OFFICE_OF.get(roleBase(role)) ?? null,
    localOffice: (role) => LOCAL_OFFICES.has(roleBase(role)),
    roleSpecific: specificRole,
    roleRank,
    roleIncludes,
    roleVariants: (role) => {
      const own = portfolioOf(role);
      if (!own) return [];
      // `Bundesarbeitsministerin` → `Bundesfamilienministerin` (judged a good option beside it), never `Familienministerin`.
      const ending = role.slice(own.prefix.length + own.portfolio.length);
      return ROLE_PORTFOLIOS[own.head]!.filter((p) => p !== own.portfolio).map((p) => (own.prefix ? `${own.prefix}${p.toLowerCase()}${ending}` : `${p}${ending}`));
    },
    bothGendersRole: /(?:Abgeordnete|Beauftragte|Vorsitzende|Angestellte|Delegierte)$/,
    // `Wer wollen …?`: a plural verb opening the predicate.
    pluralPredicate: /^(?:\p{Ll}+en|sind)\b/u,
    // A forecast (`voraussichtlich`), a hedge (`zumindest`, `scheinbar`), a reputation (`gilt als Favoritin`) and a threat
    // (`droht zu scheitern`: it has not failed) report no plain fact either.
    unassertedWords:
      /(?<!\p{L})(?:nicht|kein\p{Ll}*|nie|niemals|nichts|weder|keineswegs|kaum|angeblich|offenbar|vermutlich|mutmaßlich|möglicherweise|wohl|womöglich|laut|zufolge|demnach|wahrscheinlich|eventuell|vielleicht|zwar|voraussichtlich|zumindest|scheinbar|anscheinend|vermeintlich|(?:gilt|gelten|galt|galten)(?!\p{L}).{0,80}?(?<!\p{L})als|droh(?:t|en|te|ten)(?!\p{L}).{0,80}?(?:(?<!\p{L})zu\s+\p{Ll}+n|\p{Ll}{2,}zu\p{Ll}{3,}n))(?!\p{L})/iu,
    // Modals in any form, the conditional and the subjunctive of reported speech (`sei`, `habe`, `werde`).
    unassertedVerb:
      /^(?:(?:kann|kannst|können|konnte|konnten|könnte|könnten|könne|soll|sollen|sollte|sollten|solle|will|wollen|wollte|wollten|wolle|muss|müssen|musste|mussten|müsste|müssten|müsse|darf|dürfen|durfte|durften|dürfte|dürften|dürfe|mag|mögen|möchte|möchten|möge)|(?:würde|würden|wäre|wären|hätte|hätten|käme|kämen|sei|seien|habe|werde|gebe|scheint|scheinen|schien|schienen))$/iu,
    caseSlip: { dativePrepositions: new Set(['aus', 'bei', 'mit', 'nach', 'seit', 'von', 'zu']), pluralArticle: 'den' },
    nounDate: /^vo[mn]\s+\d/iu,
    relativePronouns: new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'dessen', 'deren', 'welcher', 'welche', 'welches', 'welchem', 'welchen']),
    pastPerfect: new Set(['hatte', 'hatten', 'war', 'waren']),
    // `seit 2009`, `Seit dem Jahr 2009`.
    since: /(?<!\p{L})seit(?:\s+\p{L}+){0,2}\s*$/iu,
    // Up to four words after it (`bis zum 13. November 2005`); more are a phrase of its own (`seit der ersten Befragung im Februar`).
    dateSpan: /(?<!\p{L})(?:seit|bis|ab|spätestens)(?:\s+[\p{L}\d.]+){1,4}\s*$/iu,
    // `bis 2035`, `ab dem Jahr 2030`, `bis spätestens Ende 2018`.
    targetYear: /(?<!\p{L})(?:bis|ab)(?:\s+(?:zum|zur|dem|spätestens|Ende|Anfang|Mitte|Jahr|Jahre|Jahres))*\s+$/iu,
    // `der` before a plural is a genitive, no subject; `die` is both.
    singularArticles: new Set(['der', 'das', 'ein', 'eine']),
    copula: 'sein',
    reflexives: new Set(['sich']),
    placeQuestions: new Map([
      ['nach', 'Wohin'], ['in die', 'Wohin'], ['ins', 'Wohin'],
      ['aus', 'Woher'], ['aus der', 'Woher'], ['aus dem', 'Woher'], ['aus den', 'Woher'],
      ['in', 'Wo'], ['im', 'Wo'], ['in der', 'Wo'],
    ]),
    placeAsked: new Map([['country', 'Welches Land'], ['city', 'Welche Stadt']]),
    originPrepositions: new Set(['von', 'vom', 'aus']),
    partnerQuestions: new Map([['mit', 'Mit wem'], ['gegen', 'Gegen wen']]),
    // `vom` is `von dem`, before a role (`vom Minister Ole Brandt`); `durch` names a means as often as an agent, `über` a channel.
    agentQuestions: new Map([['von', 'Von wem'], ['vom', 'Von wem']]),
    separableParticles: SEPARABLE_PARTICLES,
    // Every German noun is capitalised: a single capitalised word is a common noun (`Regierung`) as often as a name.
    commonNounName: /^\p{Lu}\p{Ll}+$/u,
    numberIdioms:
      /unter vier Augen|auf allen vieren|in den eigenen vier Wänden|fünf vor zwölf|fünf gerade sein|zwei Fliegen mit einer Klappe|zwischen zwei Stühlen|auf zwei Hochzeiten|mit zweierlei Maß|zwei Seiten einer Medaille|Nummer eins|eins zu eins|ein für alle Mal|seine sieben Sachen|siebten Himmel|dritten Welt|zweiter Klasse|zweite Geige|hundertprozentig|tausend Dank|(?:wenigen?|einigen?|mehreren?|ein paar)\s+(?:100|1\.000|hundert|tausend)(?!\d)|\S+ von (?:zehn|hundert|10|100)(?![\d\p{L}])/iu,
    triviaAfter:
      /^\s*(?:[MGk][Bb]it\/s|MB\/s|GB\/s|fps|Megapixel|Pixel|PPI|dpi|Shots|GPU|CPU|Chip|Millimeter|mm|Zentimeter|cm|Zoll|Gigabyte|GB|Megabyte|MB|Terabyte|TB|Gigahertz|GHz|Megahertz|MHz|Watt|mAh|Bändern?|Kerne|Prozessorkerne|Schläge|Schlägen|Bällen?|Asse|Doppelfehler|Breaks?|Breakbälle|Breakchancen|Chancen|Matchbälle|Satzbälle|Torschüsse|Eckbälle|Sätzen|Runden|Würfe|Versuche|Zuschauer\p{L}*|Fans|Auswärtsfans|Aufeinandertreffen|(?:Spiele|Partien|Siege|Niederlagen)\s+(?:in\s+Folge|hintereinander)|Punkte[n]?\s+(?:Rückstand|Vorsprung|pro|je))(?!\p{L})|^\s*(?:\p{L}+\s+){0,2}(?:dotiert|gesetzt)|^\s*(?:\p{L}+\.?\s*)?(?:Euro|Dollar)?\s*\/\s*Par\b|^\s*unter\s+Par|^\s*\p{Lu}{1,4}\s+\d+\/\d+/u,
    // A file number's parts (`S 73 KR 1635/10`: its register before, its year after a slash) count nothing.
    // `Alle drei Anbieter wollen …`: the size of a group the text names as a whole (judged not worth asking: counted from
    // the names it gives), or a rhythm (`alle fünf Jahre`).
    triviaBefore: /(?:Runde der letzten|Nummer|Nr\.|Artikel|Art\.|Paragraph|Paragraf|§|Absatz|Abs\.|Version|Explorer|Android|iOS|Windows|iPhone|Galaxy|Nexus|Firefox|Chrome|(?<!\p{L})[Aa]lle)\s*$|\d\/$/u,
    // `erstmals seit`, `zum ersten Mal seit`, a superlative's noun (`den niedrigsten Stand seit`, `das schwerste Beben seit`).
    recordSince: /(?<!\p{L})(?:erstmal(?:s|ig)|zum\s+ersten\s+Mal|\p{Ll}+ste[nmrs]?\s+\p{Lu}[\p{L}-]*)\s+seit\s+(?:(?:\p{L}+\s+)?[\p{L}\d.]+\s)?$/u,
    // `285.379 Stück Granaten, außerdem für 68 Granatwerfer`: lower-case adverbs and prepositions may follow the joiner.
    figureListJoin: /^(?:\s+[\p{L}-]+){0,2}\s*(?:,|;|(?<=\s)(?:und|sowie|oder))(?:\s+\p{Ll}+){0,2}\s*$/u,
    partOfWhole: /^\s+(?:der|von|aus)\s+(\d[\d.]*)(?!\s*(?:Prozent|%|Jahren?|Euro|Dollar))/u,
    // A capital is a city among cities (`in Oslo` beside `in Bergen`); `Südserbien`, `Ostukraine`: a part of a country
    // the lists name is a region.
    placeKind: (name) => {
      const kind = placeFacts(name)?.kind;
      return kind === 'capital' ? 'city' : kind ?? (isCountry(compassBase(name) ?? '') ? 'region' : '');
    },
    // `Bundesland` and `Bundesstaat` before `Land` and `Staat`; every compound of `Stadt` is one (`Hafenstadt`, `Landeshauptstadt`).
    placeKindNoun: (noun) =>
      /^(?:Bundesland|Bundesstaat|Region|Provinz|Kanton|Insel|Bezirk|Landkreis|Grafschaft)$/u.test(noun) ? 'region'
        : /(?:stadt|Stadt|Metropole|Gemeinde|Dorf)$/u.test(noun) ? 'city'
        : /^(?:Land|Staat|Nachbarland|Nachbarstaat|Inselstaat|Königreich|Emirat)$/u.test(noun) ? 'country'
        : null,
    placeCountry: countryOfPlace,
    namesCountry,
    dateline: /(?<=[.!?]["“”»«')]?\s+)\p{Lu}[\p{L}./-]*(?:\s\p{Lu}[\p{L}./-]*){0,2}\s[–—]\s/u,
    hasFiniteVerb,
    wholeOfPart: /(\d[\d.]*)\s+(?:der|von)\s+$/u,
    // `von 20 auf ___`, `von zuvor zwölf im Vorjahr auf ___`.
    changeFrom: new RegExp(`(?<!\\p{L})von\\s+(?:\\p{Ll}+\\s+)?(\\d[\\d.,]*|${COUNT_WORDS})\\s+(?:[\\p{L}\\d.]+\\s+){0,3}auf\\s+(?:\\p{L}+\\s+)?$`, 'u'),
    // `zwischen ___ Menschen und 40 Menschen`, `von ___ bis 40`: the range's upper end, after the gap.
    rangeUpper: new RegExp(`^(?:\\s+\\p{L}+){0,2}\\s+(?:und|bis)\\s+(?:zu\\s+)?(\\d[\\d.,]*|${COUNT_WORDS})(?![\\d\\p{L}])`, 'u'),
    rangeLowerBefore: /(?<!\p{L})(?:zwischen|von)\s+$/iu,
    // `zwischen fünf und ___ Prozent`, `von 20 Menschen bis ___`, spoken `von 1.000, ___ Menschen`: the range's lower
    // end, before the gap.
    rangeLower: new RegExp(`(?<!\\p{L})(?:zwischen|von)\\s+(\\d[\\d.,]*|${COUNT_WORDS})(?:(?:\\s+\\p{L}+){0,2}\\s+(?:und|bis)|,)\\s+(?:zu\\s+)?$`, 'iu'),
    // Read as a reader takes them: `knapp`, `fast` a little under (a fifth at most), `gut` a little over, `rund` near.
    numberBounds: new Map<string, readonly [number, number]>([
      ...['mehr als', 'über', 'mindestens'].map((q) => [q, [1, Infinity]] as const),
      ...['weniger als', 'unter', 'bis zu', 'höchstens', 'nicht mehr als'].map((q) => [q, [0, 1]] as const),
      ...['fast', 'knapp', 'nahezu', 'beinahe', 'knapp unter'].map((q) => [q, [0.8, 1]] as const),
      ...['gut', 'knapp über', 'etwas mehr als'].map((q) => [q, [1, 1.25]] as const),
      ...['rund', 'etwa', 'circa', 'ca.', 'ungefähr', 'annähernd'].map((q) => [q, [0.85, 1.15]] as const),
    ]),
    // `mit ___ Prozent (im Vergleich zu 23 Prozent an den Volksschulen) überrepräsentiert`, `gegenüber 18 Prozent im Vorjahr`.
    comparedWith: new RegExp(`(?<!\\p{L})(?:im\\s+Vergleich\\s+(?:zu[mr]?|mit)|verglichen\\s+mit|gegenüber)\\s+(?:(?:de[mn]|jeweils|rund|etwa|nur|knapp|gut)\\s+)?(\\d[\\d.,]*|${COUNT_WORDS})\\s+([\\p{L}%]+)`, 'dgiu'),
    // `nur ___ Prozent`, `lediglich ___ Prozent`: less than one would think, so no share of nearly all.
    fewQualifiers: new Set(['nur', 'lediglich']),
    // `Sowohl die Gegner als auch die Befürworter … auf 41 Prozent`, `beide Lager`, `jeweils 30 Prozent`: one share, two sides.
    sharedShare: /(?<!\p{L})(?:sowohl\s[^.;:]+\sals\s+auch|beide[nrs]?|jeweils)(?!\p{L})/iu,
    sequence: /(?<!\p{L})(?:zunächst|anfangs|ursprünglich|zuerst|später|danach|inzwischen|mittlerweile|zuletzt|nunmehr)(?!\p{L})/iu,
    threshold: new RegExp(`(?<!\\p{L})(\\d+(?:,\\d+)?|${COUNT_WORDS})[- ]?Prozent-?(?:Hürde|Marke|Grenze|Schwelle|Klausel)|(?:Hürde|Marke|Grenze|Schwelle|Klausel)\\s+von\\s+(\\d+(?:,\\d+)?|${COUNT_WORDS})\\s+Prozent`, 'giu'),
    restatedBefore: /(?<!\p{L})(?:also|somit|umgerechnet|das\s+sind|das\s+entspricht|entsprechend|insgesamt\s+also)\s+(?:(?:rund|etwa|knapp|fast|gut|mehr\s+als|über|unter|circa|ca\.)\s+)?$/iu,
    restatedAfter: /^(?:\s+[\p{L}%€$.]+){0,3}\s*(?:[,(–-]\s*)?(?:also|somit|umgerechnet|das\s+sind|das\s+entspricht|entspricht)(?!\p{L})/iu,
    ratio: /(?<!\p{L})(?:verdoppel|verdreifach|vervierfach|verfünffach|verzehnfach|halbier|gedrittelt|geviertelt)\p{L}*/iu,
    fractionNouns: /^(Hälfte|Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel)/u,
    duration: (counted, before, after) =>
      /^(?:Tagen?|Wochen|Monaten?|Jahren?)$/u.test(counted) &&
      (/(?<!\p{L})(?:seit|nach|für|(?<!bis\s)zu|dauer\p{L}*)\s+(?:(?:rund|etwa|fast|knapp|gut|über|mehr\s+als|weitere)\s+)?$/iu.test(before) || /^\s+\p{L}+\s+lang(?!\p{L})/u.test(after)),
    // `darüber`, `daran`: a preposition with a pronoun for what was said before; `daraufhin`, `seitdem`: after what was
    // told before (`Wie viele fielen den Anschlägen seitdem zum Opfer?` was judged unclear: since when?).
    needsContext: /(?<!\p{L})(ebenfalls|auch|dabei|dort|damals|seitdem|seither|damit|dazu|deshalb|daher|daraufhin|jedoch|aber|freilich|dies(?:e[mnrs]?)?|solch\p{L}*|er|sie|es|ihn|ihm|ihr|ihnen|dar(?:an|auf|aus|in|über|um|unter)|da(?:bei|durch|für|gegen|hinter|mit|nach|neben|von|vor|zu|zwischen))(?!\p{L})/iu,
    // `vor einem Monat`, `vor gut zwei Wochen`, `vor wenigen Tagen`; not `vor dem Gipfel` (an event the clause names).
    relativeTime:
      /(?<!\p{L})(?:vor\s+(?:(?:rund|etwa|knapp|gut|fast|über|mehr\s+als|kaum|nur|erst)\s+)?(?:einem|einer|eineinhalb|anderthalb|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|wenigen|einigen|mehreren|vielen|\d+)\s+(?:\p{L}+\s+)?(?:Tag|Woche|Monat|Jahr|Jahrzehnt|Stunde)\p{Ll}*|kürzlich|unlängst|neulich|jüngst|zuvor)(?!\p{L})/iu,
    // Not `auch`, `ebenfalls` (another did the same: two right answers, `needsContext`), nor `erst`, `schon`, `noch`, which
    // say something of the time itself (`erst nach der Wahl`).
    joiningAdverbs: new Set(['schließlich', 'dann', 'nun', 'indes', 'indessen', 'zudem', 'außerdem', 'ferner', 'immerhin', 'inzwischen', 'mittlerweile', 'wiederum', 'doch', 'nämlich', 'jedenfalls', 'ohnehin', 'übrigens']),
    // Not `es` (`es gibt`) nor `ihr` (also a possessive): the pronouns that stand for a person or group named elsewhere.
    pointsBack: /(?<!\p{L})(?:er|sie|ihn|ihm|ihnen)(?!\p{L})/iu,
    // `Das`, `Dies`, `Diese` as pronouns (a verb or adverb after them, not a noun: `Das Gericht` names what it means), also after `Und` (`Und sie sieht …`).
    opensBack: /^(?:(?:Und|Aber|Doch|Denn)\s+(?:er|sie|das|dies|dort|damals)(?!\p{L})|(?:Das|Dies|Diese[srnm]?|Jene[srnm]?)\s+\p{Ll}|(?:Dort|Damals|Dabei|Daher|Darum|Dafür|Dazu|Davor|Danach|Hinzu|Beide[nr]?|Letztere[rsn]?|Ersterer?)(?!\p{L}))/u,
    // A number right before the gap is one too (`2004 ___` for `bis 2008`); a month only with a joining word (`im Mai ___ Trikots` is no pair).
    // With an article or a part of a month between (`vom 24. März ___ bis zum 10. Juni`: options after its end were offered).
    seriesBefore: /(?:\d\.?\s*(?:(?:und|bis|oder|sowie|[–-])\s*(?:(?:zum|zur|Ende|Anfang|Mitte)\s+)?)?|(?:Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(?:und|bis|oder|sowie|[–-])\s*(?:(?:zum|zur|Ende|Anfang|Mitte)\s+)?)$/u,
    seriesAfter: /^\s*(?:und|bis|oder|sowie|[–-])\s*(?:(?:zum|zur|Ende|Anfang|Mitte)\s+)?(?:\d|Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)/u,
    statementConjunction: 'dass',
    spokesperson: /(?<!\p{L})\p{L}*(?:Sprecher|sprecher)(?:in|innen|s)?(?!\p{L})/u,
    denialCue: /^(?:bestreit|bestritt|dementier|leugne|geleugnet|abstreit|abgestritten|verneint)/iu,
    // Inflected possessives only: `sein` is also the verb, `ihr` also `to her` or `you`.
    nounInfinitive: (words) => {
      const verb = words[words.length - 1];
      if (!verb || (verb.upos !== 'VERB' && verb.upos !== 'AUX') || ['um', 'ohne', 'statt', 'anstatt'].includes(words[0]!.text.toLowerCase())) return false;
      // `zu schicken`, or `zu` inside a separable verb (`einzusetzen` of `einsetzen`).
      const inside = /^(\p{Ll}+)zu(\p{Ll}+)$/u.exec(verb.text);
      return words[words.length - 2]?.text === 'zu' || (!!inside && inside[1]! + inside[2]! === verb.lemma);
    },
    // Nominative singular: a subject's article (the verb agrees in the singular).
    articleGender: new Map([['die', 'female'], ['eine', 'female'], ['der', 'male'], ['ein', 'male']]),
    // Not `der`, also the feminine's dative and genitive (`der Familie Lind`).
    maleNounArticles: new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']),
    nominativeOnly: new Set(['der', 'ein']),
    // `der` before a feminine is its dative or genitive (`der Nordbank`), before a neuter a plural's genitive.
    nominativeGenders: new Map([['der', ['der']], ['ein', ['der', 'das']], ['eine', ['die']]]),
    notNominative: /^(?:den|dem|des|ihn|ihm|(?:ein|kein|mein|dein|sein|ihr|unser|eur)(?:en|em|es))$/iu,
    // `sie` with a verb of the singular (`sie könne`, `sie arbeitet`; not `sie können`), `er`, and their possessives.
    speakerGender: {
      female: /(?<!\p{L})(?:sie\s+(?:\p{Ll}+[et]|sei|kann|will|muss|soll|darf|mag)|ihr(?:e|en|em|er|es)?)(?!\p{L})/u,
      male: /(?<!\p{L})(?:er|sein(?:e|en|em|er|es))(?!\p{L})|(?<!\p{L})sein\s+\p{Lu}/u,
    },
    firstPerson: /(?<!\p{L})(?:ich|mich|mir|wir|uns|mein|meine[mnrs]?|unser|unsere[mnrs]?)(?!\p{L})/iu,
    subjectGender: { female: /(?<!\p{L})ihr(?:e|en|em|er|es)(?!\p{L})/u, male: /(?<!\p{L})sein(?:e|en|em|er|es)(?!\p{L})/u },
    // Pronouns of the third person singular (`ihr` also the dative `to her`), the nouns of kin and sex, and what a subject
    // is made or taken as (`zum Intendanten ernannt`, `als Trainer`, `zur …`), whatever the noun.
    genderedWords: /(?<!\p{L})(?:(?:er|ihm|ihn|ihr|Frau|Frauen|Mann|Männer|Mutter|Vater|Tochter|Sohn|Schwester|Bruder|Witwe|Witwer)(?!\p{L})|(?:als|zum|zur)\s+(?:\p{Ll}+\s+)?\p{Lu})/u,
    // Only a noun of the female suffix makes its plural in -innen.
    femaleNoun: (lemma, plural) => lemma.endsWith('in') && plural === `${lemma}nen`,
    comparison: { cue: /(?<!\p{L})(?:zuvor|davor|vorher)(?!\p{L})/iu, aside: /^\s*(?:zum|im) Vergleich\s*:/iu },
    // `Platz 149 von`, `Rang 3 unter den`, `dem 12. Platz von insgesamt`.
    rankTotal: /(?<!\p{L})(?:(?:Platz|Rang|Position)\s+\d+\.?|\d+\.\s+(?:Platz|Rang|Position))\s+(?:von|unter)\s+(?:den\s+)?(?:insgesamt\s+)?$/u,
    // `um vier Punkte`, `je 50`, `jährlich nur 20 bis 30`, `pro Tag`: a change or a rate, read in its clause up to the figure.
    changeOrRate: /(?<!\p{L})(?:(?:um|je|pro)\s+(?:\p{Ll}+\s+)?$|(?:jährlich|täglich|wöchentlich|monatlich|pro\s+(?:Jahr|Tag|Woche|Monat))(?!\p{L}))/u,
    // `So` and a lower-case word (`So enthält`, `So war`, `So lange`), not the name `So` nor `So, …` answering the before.
    leansOnBefore: /^\s*So\s+\p{Ll}/u,
    dateFillers: /^(?:Jahr|Jahres|Jahre|Jahren|Ende|Anfang|Mitte|Beginn|Im|Am|Vom|Seit|Bis|Ab)$/u,
    hypothetical: /(?<!\p{L})(?:wäre|wären|würde|würden|käme|kämen|hätte|hätten|könnte|könnten|dürfte|dürften)(?!\p{L})/u,
    // Not a comma alone: `die US-Präsidentschaft, ___, ist` and `Hollande, Präsident …` are appositions; a comma and a
    // name joined on by `und` are a list (`___, Stan Wawrinka und Andy Murray`).
    listAfter: /^(?:\s+(?:und|oder|sowie|bzw\.)\s+\p{Lu}|,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:und|oder|sowie)\s+\p{Lu})/u,
    listBefore: /\p{Lu}[\p{L}-]*\s+(?:und|oder|sowie|bzw\.)\s+$/u,
    // `, geleitet von ___`, `, angeführt vom ___`: a past participle (`-t`, `-en`) and `von`.
    postposedAgent: /,\s*\p{Ll}+(?:t|en)\s+vo[nm]\s+$/u,
    articlePrepositions: new Set(['im', 'ins', 'am', 'ans', 'zum', 'zur', 'vom', 'beim']),
    roleQualifier: (before) => {
      const words = before.trim().split(/\s+/);
      const role = words[words.length - 1] ?? '';
      // `US-Präsident`, `SPÖ-Kandidat`: the body or country glued on.
      const prefix = /^(\p{L}+)-\p{L}/u.exec(role)?.[1];
      if (prefix) return prefix.toLowerCase();
      // `russische`, `deutschen` and `Russlands`, `Frankreichs` share their first letters (`russ`, `fran`); `britisch` and `Großbritanniens` do not, which only leaves a gap unasked.
      const prev = words[words.length - 2] ?? '';
      const stem = /^(\p{L}{3,}?)i?sch(?:e|en|er|es|em)?$/iu.exec(prev)?.[1] ?? /^(\p{Lu}\p{L}{2,})s$/u.exec(prev)?.[1];
      return stem ? stem.slice(0, 4).toLowerCase() : null;
    },
    originOf: originCountry,
    // Countries used with their article, by the article's class; every other place goes without one.
    placeArticles: new Map([
      ...['Schweiz', 'Türkei', 'Ukraine', 'Slowakei', 'Mongolei', 'Dominikanische Republik', 'Zentralafrikanische Republik'].map((p) => [p, 'die'] as const),
      ...['Iran', 'Irak', 'Libanon', 'Jemen', 'Sudan', 'Südsudan', 'Tschad', 'Kongo', 'Vatikan', 'Kosovo', 'Senegal', 'Niger'].map((p) => [p, 'der'] as const),
      ...['USA', 'Vereinigten Staaten', 'Niederlande', 'Philippinen', 'Vereinigten Arabischen Emirate', 'Malediven', 'Seychellen'].map((p) => [p, 'die (Plural)'] as const),
    ]),
  },
  pointers: germanQuizPointers,
  news: germanQuizNews,
  reasons: {
    notThisLanguage: 'Der Text scheint nicht deutsch zu sein.',
    noSentences: 'Der Text enthält keine Sätze.',
    tooLong: 'Der Text ist zu lang für ein Quiz.',
    noFacts: 'Im Text wurden keine Fakten gefunden, aus denen sich Fragen bilden lassen.',
    listLike: 'Der Text ist eine Aufzählung, kein Bericht: Daraus lassen sich keine guten Fragen bilden.',
  },
};
