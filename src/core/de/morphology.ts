/**
 * German morphology rules for the lemmatizer and tagger, assembled from the readable tables
 * in closedClass.ts (issue 4).
 */
import type { Upos } from '../analysis';
import type { MorphRules } from '../analysis/02-readings/lemmatizer';
import type { SepRules } from '../analysis/05-separableVerbs';
import {
  ADVERBS, AUXILIARIES, CLOSED_CLASS, IRREGULAR_COMPARISON, NOUN_GENDER_SUFFIXES, ORDINAL_STEMS, PROPER_NOUN_LEMMAS,
  SEPARABLE_PARTICLES, SUFFIX_RULES,
} from './closedClass';
import { FIRST_NAMES, firstNameGender, TITLES } from './firstNames';
import { nameOfAdjective } from './nameAdjectives';
import { compassBase, isListedPlace } from './places';
import { PLACES, ROLE_HEADS, ROLE_SUFFIXES } from './roles';

/** `form lemma/UPOS …`, a reading's base word after `=` where a learner looks up another (`meist/DET=viel`). */
function parseClosedClass(table: string): Map<string, { lemma: string; upos: Upos; baseWord?: string }[]> {
  const map = new Map<string, { lemma: string; upos: Upos; baseWord?: string }[]>();
  for (const line of table.split('\n')) {
    const [form, ...readings] = line.trim().split(/\s+/);
    if (!form || !readings.length) continue;
    map.set(form, readings.map((r) => {
      const [reading, baseWord] = r.split('=');
      const slash = reading!.lastIndexOf('/');
      const out: { lemma: string; upos: Upos; baseWord?: string } = { lemma: reading!.slice(0, slash), upos: reading!.slice(slash + 1) as Upos };
      if (baseWord) out.baseWord = baseWord;
      return out;
    }));
  }
  return map;
}

const ROLE_PLACES: ReadonlySet<string> = new Set(PLACES);
const listed = (w: string): boolean => isListedPlace(w) || ROLE_PLACES.has(w);
const ROLES: ReadonlySet<string> = new Set(ROLE_HEADS);
const ROLE_ENDINGS: ReadonlySet<string> = new Set(ROLE_SUFFIXES);
/** The lengths of the role endings, so that a word is asked once per length, not once per ending. */
const ROLE_LENGTHS = [...new Set(ROLE_SUFFIXES.map((s) => s.length))];
/** A role compound (`Wirtschaftsminister`, `ÖVP-Chef`) by its head: its own letters before the role. */
const roleCompound = (w: string): boolean => {
  const lw = w.toLowerCase();
  return ROLE_LENGTHS.some((n) => lw.length > n && ROLE_ENDINGS.has(lw.slice(-n)));
};

/**
 * Plurals and oblique forms of persons' nouns the lexicon lacks (`Zinkistinnen`, `Zinkisten`, `Zinkanten`): the
 * feminine -in doubles its n before the plural's -en, and the weak masculines in -ist and -ant take -en in every form
 * but the nominative singular, so the lemma drops it.
 */
const PERSON_PLURALS: MorphRules['suffixRules'] = [
  { suffix: 'innen', upos: 'NOUN', cut: 3, add: '', capital: true, gender: 'die' },
  { suffix: 'isten', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'der' },
  { suffix: 'anten', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'der' },
];

export const germanMorphology: MorphRules = {
  closedClass: parseClosedClass(CLOSED_CLASS),
  adverbs: new Set(ADVERBS.trim().split(/\s+/)),
  // An adjective's -er before -weise or -maßen (dummerweise, bekanntermaßen); nouns in -weise follow a noun or a verb's
  // stem (die Bauweise, Vorgehensweise), and the lexicon lists none in -erweise.
  adverbEndings: /\p{L}{3}er(?:weise|maßen)$/u,
  auxiliaries: AUXILIARIES,
  separableParticles: SEPARABLE_PARTICLES,
  irregularComparison: IRREGULAR_COMPARISON,
  ordinalStems: ORDINAL_STEMS,
  properNounLemmas: PROPER_NOUN_LEMMAS,
  adjectiveEndings: ['en', 'em', 'er', 'es', 'e'],
  umlauts: { a: 'ä', o: 'ö', u: 'ü' },
  // Derivational suffixes after a stem (not English `close`), and participles: a prefix or ge before a stem in -t or
  // -en (`zugekauft`, `unerzwungen`).
  adjectiveStem: /(?:\p{L}{3}(?:lich|ig|isch|bar|sam|haft|los|voll|fach|al|il|ell|iv|ös|end|iert)|(?:ge|be|ver|ent|zer|er)\p{L}{2,}(?:t|en))$/u,
  // `Belauscher` (belauschen), `Zuhörer`: masculine, the plural the same.
  agentNoun: { suffix: 'er', gender: 'der', verbEndings: ['en', 'n'] },
  nominalisedPerson: 'der/die',
  nominalisedPersonPlural: 'n',
  // -los makes adjectives of nouns (wohnungslos, perspektivlos) whose nominalised persons news names often (die
  // Wohnungslosen); a compound on das Los (Rubbellos) is rarer, and the lexicon lists the common ones (Freilos).
  nounSpellingAdjectiveSuffixes: new Set(['los']),
  nominalisedInfinitive: 'das',
  suffixRules: [...PERSON_PLURALS, ...SUFFIX_RULES],
  nounGenderSuffixes: NOUN_GENDER_SUFFIXES,
  // Genitive -(e)s and dative -e of masculine and neuter nouns, -(e)n of weak masculines, and
  // the -(e)n plural of feminines the lexicon lists with another plural (`Banken` beside `Bänke`).
  capitalisedNouns: true,
  genderArticles: { m: 'der', f: 'die', n: 'das' },
  nounCaseEndings: [['es', 'mn'], ['s', 'mn'], ['en', 'mf'], ['n', 'mf'], ['e', 'mn']],
  dativePluralEnding: 'n',
  secondPluralEnding: 'e',
  strongPerson: { ending: 'r', gender: 'm' },
  pluralS: 's',
  femininePlural: PERSON_PLURALS[0]!.suffix,
  infinitiveMarker: 'zu',
  comparisonEndings: ['er', 'est', 'st'],
  superlativePrefix: 'aller',
  participleEndings: ['end', 't', 'n'],
  ordinalNumeral: /(?:(?:zig|ßig|hundert|tausend)s|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)t$/,
  // Dictionaries list these in the weak form (die zweite, die nächste, die untere); UD's lemma is the stem.
  inflectedOnlyEnding: 'e',
  inflectedOnly: new Set(['nächst', 'unter', 'ober', 'inner', 'äußer', 'hinter', 'vorder', 'mittler']),
  ownComparatives: new Set(['weiter', 'früher']),
  unknownVerb: /(ieren|eln|ern)$/,
  nameAdjective: (w) => {
    const a = nameOfAdjective(w);
    return a?.inflected ? a.lemma : undefined;
  },
  placesOfAdjective: (w) => w.length >= 6 && w.endsWith('er') ? [w.slice(0, -2), w.slice(0, -2) + 'n', w.slice(0, -3) + 'en'] : [],
  listedPlace: (w) => listed(w) || listed(compassBase(w) ?? ''),
  nameBefore: (w) => TITLES.has(w) || FIRST_NAMES.has(w) ? 'sure' : ROLES.has(w) || roleCompound(w) || firstNameGender(w) !== null ? 'likely' : undefined,
};

export const germanSepRules: SepRules = {
  particles: SEPARABLE_PARTICLES,
  clauseBreakers: new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'dass', 'daß', 'weil', 'wenn', 'als', 'ob', 'wie']),
  prepositions: new Set(['ab', 'an', 'auf', 'aus', 'bei', 'durch', 'mit', 'nach', 'über', 'um', 'unter', 'vor', 'zu', 'statt', 'gegenüber', 'entlang']),
  adverbial: new Set(['wieder']),
  // her- and hin- with a preposition give a direction to any verb of moving or handling.
  productive: new Set('herab heran herauf heraus herbei herein herüber herum herunter hervor hinab hinauf hinaus hinein hinüber hinunter'.split(' ')),
  coordinators: new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'als']),
  infinitiveMarker: 'zu',
};
