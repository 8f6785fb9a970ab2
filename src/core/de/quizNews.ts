/**
 * German for the quiz's main-news kinds (issue 15, `src/core/quiz/kinds/eventNewsPhrase.ts`): which common nouns name
 * people or bodies that act (`Die EU-Kommission hat … gutgeheißen`, `Zwei Männer sind … verletzt worden`), and the
 * finite verb in the singular, which `Wer` takes whatever the answer's number (`Wer ist … verletzt worden?`).
 */
import type { QuizNewsForms } from '../quiz/language';
import { reporterPhrase } from './quizReporter';
import { ORGANISATION_DESCRIPTORS, ORGANISATION_HINTS, ORGANISATION_SUFFIXES, ROLE_HEADS, ROLE_SUFFIXES } from './roles';

/** Heads of a body's common name beyond the entity cues' (`die Gewerkschaften`, `die Armee`, `die Feuerwehr`). */
const BODY_ENDINGS = [
  ...ORGANISATION_SUFFIXES, ...ORGANISATION_DESCRIPTORS, 'gewerkschaft', 'armee', 'feuerwehr', 'staatsanwaltschaft', 'justiz',
  'ministerium', 'gerichtshof', 'rat', 'verein', 'stiftung', 'universität', 'hochschule', 'klinik', 'krankenhaus', 'amt',
  'kommission', 'regierung', 'parlament', 'opposition', 'koalition', 'fraktion', 'unternehmen', 'firma', 'verlag',
].map((w) => w.toLowerCase());

/**
 * Heads of a noun for people (by lemma, the end of a compound counts: `Autofahrer`, `Sicherheitskraft`): who news says
 * acted or was hit, beside the role words of the entity cues.
 */
const PERSON_ENDINGS = [
  ...ROLE_SUFFIXES, 'mann', 'frau', 'kind', 'mensch', 'person', 'leute', 'täter', 'opfer', 'arbeiter', 'bewohner',
  'einwohner', 'bürger', 'polizist', 'soldat', 'schüler', 'student', 'lehrer', 'fahrer', 'lenker', 'passant', 'besucher',
  'demonstrant', 'gegner', 'aktivist', 'flüchtling', 'migrant', 'kraft', 'jährige', 'mitarbeiter', 'angestellte',
  'beamte', 'kunde', 'nutzer', 'anwohner', 'mieter', 'patient', 'sanitäter', 'retter', 'helfer', 'häftling',
  'verdächtige', 'unbekannte', 'räuber', 'dieb', 'einbrecher', 'sportler', 'athlet', 'läufer', 'wähler', 'bauer',
  'unternehmer', 'händler', 'investor', 'aktionär', 'gläubiger', 'mediziner', 'pilot', 'tourist', 'urlauber',
].map((w) => w.toLowerCase());

/**
 * Words for people or bodies so general that another phrase of the text most likely names the same ones (`der Konzern`
 * is the company named before, `die Menschen` those the story is about). `Militär` is no agent at all here: the lexicon
 * cannot tell `das Militär` from `der Militär` (an officer).
 */
const GENERIC = new Set(['Unternehmen', 'Konzern', 'Firma', 'Gruppe', 'Team', 'Mensch', 'Person', 'Leute', 'Mann', 'Frau', 'Kind', 'Behörde', 'Organisation', 'Verein', 'Seite', 'Partner', 'Anbieter', 'Hersteller']);

/** Endings that name people only in a compound (`Einsatzkraft`; `Kraft` alone is strength). */
const COMPOUND_ONLY = new Set(['kraft', 'rat', 'amt']);

const bodyHints = new Set(ORGANISATION_HINTS);
const personHeads = new Set(ROLE_HEADS);

/** `Sicherheitskraft` ends in `kraft`; the whole word must be longer than its ending unless it is that word. */
const endsIn = (lemma: string, endings: readonly string[]): boolean => {
  const l = lemma.toLowerCase().split('-').pop()!;
  return endings.some((e) => (l === e && !COMPOUND_ONLY.has(e)) || (l.endsWith(e) && l.length > e.length + 2));
};

/** Verbs of the plural whose singular is no rule's: the auxiliaries and `tun`. */
const SINGULAR: ReadonlyMap<string, string> = new Map([
  ['sind', 'ist'], ['haben', 'hat'], ['werden', 'wird'], ['waren', 'war'], ['hatten', 'hatte'], ['wurden', 'wurde'], ['tun', 'tut'],
]);

/**
 * Strong verbs whose present changes its vowel in the singular, by their ending, so a verb with a prefix counts too
 * (`sprechen` → `spricht`, `entsprechen` → `entspricht`, `erhalten` → `erhält`).
 */
const VOWEL_CHANGE: ReadonlyMap<string, string> = new Map([
  ['geben', 'gibt'], ['nehmen', 'nimmt'], ['sehen', 'sieht'], ['lesen', 'liest'], ['sprechen', 'spricht'], ['treffen', 'trifft'],
  ['helfen', 'hilft'], ['werfen', 'wirft'], ['sterben', 'stirbt'], ['brechen', 'bricht'], ['essen', 'isst'], ['messen', 'misst'],
  ['treten', 'tritt'], ['gelten', 'gilt'], ['werben', 'wirbt'], ['fahren', 'fährt'], ['fallen', 'fällt'], ['fangen', 'fängt'],
  ['halten', 'hält'], ['lassen', 'lässt'], ['laufen', 'läuft'], ['raten', 'rät'], ['schlafen', 'schläft'], ['schlagen', 'schlägt'],
  ['tragen', 'trägt'], ['waschen', 'wäscht'], ['wachsen', 'wächst'], ['laden', 'lädt'], ['stoßen', 'stößt'], ['wissen', 'weiß'],
  ['empfehlen', 'empfiehlt'], ['befehlen', 'befiehlt'], ['stehlen', 'stiehlt'], ['vergessen', 'vergisst'], ['erschrecken', 'erschrickt'],
]);
/** Verbs ending like a changing one that do not change (`beantragen` is no `tragen`, `pressen` no `essen`). */
const REGULAR = new Set(['beantragen', 'pressen', 'stressen', 'erpressen']);

/**
 * The third person singular of a plural finite verb, or null where no rule can tell it. The past of a weak verb drops
 * its `n` (`forderten` → `forderte`), a strong verb's its `en` (`kamen` → `kam`); the present adds `t` to the stem
 * (`befürchten` → `befürchtet`, `fordern` → `fordert`, `rechnen` → `rechnet`) or changes its vowel (`spricht`).
 */
function singularVerb(text: string, lemma: string): string | null {
  const lower = text.toLowerCase();
  const aux = SINGULAR.get(lower);
  if (aux) return aux;
  const stem = lemma.replace(/e?n$/u, '');
  if (lower === `${stem}ten` || lower === `${stem}eten`) return text.slice(0, -1);
  if (lower === lemma) {
    const changing = REGULAR.has(lemma) ? undefined : [...VOWEL_CHANGE.keys()].find((v) => lower.endsWith(v));
    if (changing) return text.slice(0, text.length - changing.length) + VOWEL_CHANGE.get(changing)!;
    const base = text.slice(0, text.length - (lemma.length - stem.length));
    // `rechnen` → `rechnet`, `arbeiten` → `arbeitet`: a stem ending in d, t or a consonant before m, n takes `et`.
    return /(?:[dt]|[^aeiouäöülrhm][mn]|[^aeiouäöü]h[mn])$/u.test(stem) ? `${base}et` : `${base}t`;
  }
  return /[^t]en$/u.test(lower) && !lower.startsWith(stem) ? text.slice(0, -2) : null;
}

/**
 * People one word names among others (`Sicherheitskräfte` are police and soldiers, `die Polizei` its officers): offered
 * beside the broader word, they are a second right answer. Keys and members are endings, lower case.
 */
const INCLUDES: ReadonlyMap<string, readonly string[]> = new Map([
  ['kraft', ['polizist', 'soldat', 'feuerwehrmann', 'sanitäter', 'retter', 'helfer', 'beamte', 'polizei', 'armee', 'feuerwehr']],
  ['armee', ['soldat']],
  ['polizei', ['polizist', 'beamte']],
  ['feuerwehr', ['feuerwehrmann']],
  // A ministry is part of the government; a central bank is a country's `Notenbank` too.
  ['regierung', ['ministerium']],
  ['zentralbank', ['notenbank']],
  ['notenbank', ['zentralbank']],
]);

const ending = (w: string): string => w.toLowerCase().split('-').pop()!;

/** Heads of the press's common names (`die Zeitung`, `das Staatsfernsehen`, `die Nachrichtenagentur`): they report, others speak. */
const PRESS_ENDINGS = ['zeitung', 'blatt', 'magazin', 'sender', 'fernsehen', 'rundfunk', 'radio', 'agentur', 'presse', 'portal', 'redaktion'];

/** The third person's possessives (`sein`, `ihren`), their ending apart: the article that takes their place reads it. */
const POSSESSIVE = /^(?:sein|ihr)(e|en|em|er|es)?$/iu;
/** A possessive's ending → the definite article of its case and number. */
const POSSESSIVE_ARTICLES: ReadonlyMap<string, string> = new Map([['e', 'die'], ['en', 'den'], ['em', 'dem'], ['er', 'der'], ['es', 'des']]);

/**
 * Verbs news writes for one deed, by lemma, so a sentence that tells it again in other words (`Lind unterschrieb …`, `Berg
 * und Roth unterzeichneten ebenfalls`) is read as the same deed: near synonyms only, not verbs of saying (whose speakers
 * the who-said kind tells apart).
 */
const SAME_DEED: readonly (readonly string[])[] = [
  ['unterschreiben', 'unterzeichnen'],
  ['festnehmen', 'verhaften', 'festsetzen'],
  ['fordern', 'verlangen'],
  ['ablehnen', 'zurückweisen'],
  ['kritisieren', 'bemängeln'],
  ['gewinnen', 'siegen'],
  ['sterben', 'umkommen'],
  ['zurücktreten', 'abtreten'],
];
const deedOf = new Map(SAME_DEED.flatMap((verbs) => verbs.map((v) => [v, new Set(verbs)] as const)));

export const germanQuizNews: QuizNewsForms = {
  agent: (lemma) => {
    if (lemma === 'Militär') return null;
    if (bodyHints.has(lemma) || endsIn(lemma, BODY_ENDINGS)) return 'body';
    return personHeads.has(lemma) || endsIn(lemma, PERSON_ENDINGS) ? 'person' : null;
  },
  generic: (lemma) => GENERIC.has(lemma),
  // The bare head itself, not a compound that says whose (`Landesregierung`, `EU-Kommission`, `Hafenbehörde`).
  vague: (lemma) => BODY_ENDINGS.includes(lemma.toLowerCase()),
  press: (lemma) => PRESS_ENDINGS.some((e) => ending(lemma).endsWith(e)),
  includes: (broad, narrow) => [...INCLUDES].some(([b, members]) => ending(broad).endsWith(b) && members.some((m) => ending(narrow).endsWith(m))),
  singularVerb,
  definite: new Map([['der', 'der'], ['die', 'die'], ['das', 'das']]),
  definiteCases: new Map([['der', new Set(['der', 'des', 'dem', 'den'])], ['die', new Set(['die', 'der'])], ['das', new Set(['das', 'des', 'dem'])]]),
  indefinite: new Map([['der', 'ein'], ['die', 'eine'], ['das', 'ein']]),
  pluralArticle: 'die',
  possessive: POSSESSIVE,
  // The possessive's ending is the article's (`ihre` die, `seinen` den, `ihrem` dem, `seiner` der, `seines` des); the bare
  // form is a masculine nominative or a neuter's nominative or accusative (`sein Sohn`, `ihr Programm`).
  possessiveArticle: (possessive, gender) => {
    const ending = POSSESSIVE.exec(possessive)?.[1]?.toLowerCase();
    if (ending) return POSSESSIVE_ARTICLES.get(ending) ?? null;
    return gender === 'der' || gender === 'das' ? gender : null;
  },
  // Nouns made of adjectives and participles: `Minderjährige`, `Beamte`, `Angestellte`, `Vorsitzende`, `Deutsche`, `Verwandte`.
  adjectival: /(?:ige|te|de|ene|sche)$/u,
  // `sobald`, `solange`: what holds from or while something else does, as a condition.
  conditionals: new Set(['wenn', 'falls', 'sofern', 'soweit', 'sobald', 'solange']),
  partOfCount: new Set(['davon', 'darunter']),
  // Not `rund`, `mehr als` (the count is not the answer), nor `nur`, `weitere` (moved after the verb, they say another thing).
  exactQualifiers: new Set(['insgesamt', 'bereits', 'schon']),
  score: /^(\d{1,3})(:)(\d{1,3})$/u,
  // Winning, losing, a draw: `siegen gegen`, `schlagen`, `sich behaupten gegen`, `unterliegen`, `sich trennen … unentschieden`.
  resultVerbs: new Set(['gewinnen', 'siegen', 'besiegen', 'schlagen', 'bezwingen', 'behaupten', 'durchsetzen', 'verlieren', 'unterliegen', 'trennen', 'spielen']),
  resultQuestion: 'Mit welchem Ergebnis',
  resultPreposition: 'mit',
  match: {
    opponent: new Set(['gegen', 'über']),
    opponentAfterScore: new Set(['über']),
    // `besiegte Kiel`, `behauptete sich gegen`, `setzte sich durch`; `ein 4:1-Heimerfolg`, `der 6:0-Auswärtssieg`.
    win: /^(?:gewinnen|siegen|besiegen|schlagen|bezwingen|behaupten|durchsetzen)$|(?:sieg|erfolg|triumph)$/iu,
    loss: /^(?:verlieren|unterliegen)$|(?:niederlage|pleite)$/iu,
    // `führte zur Pause mit 2:0`, `lag mit 0:2 zurück`, `die 2:0-Satzführung`: a state of the game, not how it ended (not
    // `Tabellenführung`, the league's lead a result may bring).
    interim: /^(?:führen|pause|halbzeit|rückstand|zurückliegen|zurück|verkürzen|ausgleichen|(?:satz|pausen|halbzeit)?führung|(?:zwischen|halbzeit|pausen)?stand)$/iu,
    interimBefore: new Set(['zum', 'zur', 'auf', 'bis', 'von']),
    sideArticle: new Map([['die', 'der']]),
    // After `gegen`, the accusative.
    opponentArticle: new Map([['die', 'die'], ['der', 'den'], ['die (Plural)', 'die']]),
    question: (side, opponent) => `Wie endete das Spiel ${side} gegen ${opponent}?`,
  },
  reporter: reporterPhrase,
  alsoWords: new Set(['ebenfalls', 'auch', 'ebenso', 'gleichfalls']),
  sameDeed: (lemma) => deedOf.get(lemma) ?? new Set([lemma]),
};
