/**
 * The German tagger (step 03): named rules stating general German word order (articles before
 * nouns, `zu` before infinitives, auxiliaries with participles, capitals for nouns). Choice
 * rules are tried in order; corrections then adjust the choice. Each rule has a row in
 * tests/unit/core/analysis/03-tag.test.ts.
 */
import type { Article, Upos } from '../analysis';
import { frequentLemma, type Reading } from '../analysis/02-readings/lemmatizer';
import { startsUpper } from '../analysis/capital';
import { CLOSED_DET, CLOSED_PRON, FINITE, FINITE_ONLY, NON_FINITE } from '../analysis/readingTraits';
import type { TagCorrection, TagRule, TaggerRules } from '../analysis/03-tag';
import {
  INNER_CAPITAL, closesQuote, endsClause, NO_READINGS, NOMINAL, NOUN_PHRASE_START, has, narrowed, pick, type SentenceView,
} from '../analysis/03-tag/view';
import { CONTRACTIONS, CURRENCY_GENDERS, PERFECT_WITH_SEIN, SEPARABLE_PARTICLES, UNLISTED_NOUN_GENDER_SUFFIXES } from './closedClass';
import { SCALE_WORDS, VAGUE_NUMBERS } from './numberWords';
import { FIRST_NAMES, TITLES } from './firstNames';
import { germanMorphology } from './morphology';
import { NAME_ORGANISATION_CUES, NAME_PLACE_CUES, ORGANISATION_HEADS, ROLE_HEADS } from './roles';

const OPENERS = new Set(['„', '"', '“', '‚', '‘', '»', '«', '``', "''", "'", '(', ':', '-', '--', '–', '—', '.', '!', '?', ';', '…']);
/** The auxiliary that is a full verb unless a participle follows. */
const POSSESSION = new Set(['haben']);
const COPULA = new Set(['sein']);
const PERIPHRASTIC = new Set(['haben', 'werden', 'sein']);
const PASSIVE = new Set(['werden']);
/** The participle of werden that only the passive uses (`ist vereinbart worden`; the full verb's is `geworden`). */
const PASSIVE_PARTICIPLE = 'worden';
/** werden's participle as a copula (`ist bekannt geworden`). */
const BECOME_PARTICIPLE = 'geworden';
/** Words that introduce a subordinate clause after a comma. */
const CLAUSE_INTRODUCERS = new Set(['da', 'damit', 'als', 'wie', 'denn', 'seitdem', 'bis', 'während', 'seit', 'so']);
/**
 * Kinds of shop or firm a name follows as its title (`die Firma Nordbau`, `im Hotel Sommer`): a capitalised noun in its
 * own form after them is the name, not the common noun it spells. Kinds that news often makes a subject before a bare
 * object are left out (`gab der Konzern Bedenken an`, `der Bank Geld`).
 */
const BUSINESS_KINDS = new Set(['Firma', 'Hotel', 'Restaurant', 'Pizzeria', 'Gasthof', 'Gasthaus', 'Kanzlei', 'Brauerei', 'Bäckerei', 'Metzgerei', 'Autohaus', 'Möbelhaus', 'Modehaus', 'Kaufhaus', 'Pension']);
/**
 * Nouns a name right after them is the name of, not the genitive of whose, by their lemma or as a compound's head, in
 * lower case: roles, kinds of business, organisation, publication and place (`der Trainer Torres`, `die Billig-Tochter
 * Nordwings`, `der Pharmakonzern Xenius`, `die Widerstandsgruppe Sajus`, `das Magazin Fokas`, `die Stadt Lens`) and
 * groups a surname names (`die Familie Peters`). Words of two letters (`SE`, `FC`) are left out: as endings they would
 * match common nouns (`Krise`).
 */
const NAMING_NOUNS: readonly string[] = [
  ...ROLE_HEADS, ...BUSINESS_KINDS, ...NAME_ORGANISATION_CUES, ...ORGANISATION_HEADS, ...NAME_PLACE_CUES,
  'Magazin', 'Zeitschrift', 'Blatt', 'Portal', 'Familie', 'Ehepaar', 'Geschwister', 'Brüder', 'Schwestern', 'Clan',
].filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)).map((w) => w.toLowerCase());
const namingNoun = (w: string): boolean => {
  const lw = w.toLowerCase();
  return NAMING_NOUNS.some((n) => lw.endsWith(n));
};

/**
 * A name's ending that is mostly its own, not a genitive's (`Fokus`, `Pavlopoulos`): beside the noun it belongs to, a
 * name ending so is read as a genitive only right before that noun (`Hugos Vorschlag`, of Hugo).
 */
const NAME_OWN_ENDING = /[ou]s$/;

/** A capitalised word at `j` that may head the noun phrase a genitive name stands before: not another name nobody lists. */
const genitivesNoun = (v: SentenceView, j: number): boolean =>
  j < v.n && startsUpper(v.words[j]!) && !endsClause(v.words[j]!) && !v.readings[j]!.every((o) => o.upos === 'PROPN' && o.source === 'guess');

/**
 * Whether the name in -s at `i` (`r`, its guessed reading) is a genitive. Before its noun (`Frankreichs Präsident`), also
 * past the noun's adjectives (`Lennons zänkische Witwe`); not a first name before its surname (`Boris Brandt`, `Linus
 * Olbrich`: a name nobody lists follows a first name, a genitive's noun is one the lexicon knows). Or right after the
 * noun it belongs to, closing the phrase (`der Sieg Walesas`, `die Bevölkerung Okinawas`), unless that noun names the
 * name (`NAMING_NOUNS`, `nameBefore`) or the text already names someone so, -s and all (`Torres` after his first
 * name: `r.person` with the word as its lemma). A name in -os or -us only right before its noun (`NAME_OWN_ENDING`).
 */
function genitiveName(v: SentenceView, i: number, r: Reading): boolean {
  if (genitivesNoun(v, i + 1)) return true;
  if (NAME_OWN_ENDING.test(v.words[i]!)) return false;
  let j = i + 1;
  while (j < v.n && v.plainAdjectiveAt(j) && !startsUpper(v.words[j]!)) j++;
  if (j > i + 1 && genitivesNoun(v, j)) return true;
  if (i + 1 < v.n && startsUpper(v.words[i + 1]!)) return false;
  const before = i > 0 ? v.words[i - 1]! : '';
  return i > 0 && v.out[i - 1]!.upos === 'NOUN' && startsUpper(before) && !namingNoun(before) &&
    germanMorphology.nameBefore?.(before) === undefined && !(r.person && r.lemma === v.words[i]);
}

const PRESENT_PARTICIPLE = 'end';
const THIRD_PLURAL = 'sie';
const FORMAL_ADDRESS = 'Sie';
/** Pronouns of quantity before a nominalised adjective in its neuter strong form (`nichts Neues`, `etwas Gutes`). */
const QUANTITY_PRONOUNS = new Set(['etwas', 'nichts', 'was', 'viel', 'wenig', 'allerlei', 'genug', 'mehr', 'weniger']);
const NEUTER_STRONG = 'es';
/** The weak ending a dictionary cites a nominalised adjective with (`das Gute`). */
const NEUTER_WEAK = 'e';
/** Words that grade or list an adjective before it (`immer frisch`, `typisch italienisch`). */
const GRADING = new Set(['ADV', 'ADJ']);
/** A nominalised infinitive is neuter (`das Laufen`), as is an adjective nominalised after a quantity (`etwas Gutes`). */
const NOMINALISED_GENDER = 'das';
/** A word in capitals throughout (a headline's, an acronym's) says nothing by its capital. */
const ALL_CAPS = /^\p{Lu}+$/u;
/** An inflected adjective ending (`-e`, `-en`, `-em`, `-er`, `-es`). */
const INFLECTED = /e[nmrs]?$/;

/** Quantities graded like adjectives (`zu viel`, `so wenig`). */
const GRADED_QUANTITIES = new Set(['viel', 'wenig']);
/** The articles' lemmas. */
const ARTICLE_LEMMAS = new Set(['der', 'ein']);

/**
 * A verb form at `j` an auxiliary may govern; a capital inside the sentence marks the noun it spells (`Vertrauen`,
 * `Preisen`), and a determiner before a noun or adjective is no infinitive (`einen Garten`, `sein Haus`).
 */
function nonFiniteAt(v: SentenceView, j: number, zu: boolean): boolean {
  const { words, readings } = v;
  // The traits first: most words are no participle or infinitive, and are passed over without reading their letters.
  if (!v.is(j, NON_FINITE)) return false;
  if ((!zu && j > 0 && v.lowerWords[j - 1] === 'zu') || (startsUpper(words[j]!) && !v.sentenceStart(j))) return false;
  // Between an article and its noun a form that may be an adjective is one (`eine spitzen Logistik`, not the verb spitzen).
  if (j > 0 && j + 1 < v.n && v.has(j, 'ADJ') && v.nounAt(j + 1) && v.is(j - 1, CLOSED_DET) &&
    readings[j - 1]!.some((r) => r.upos === 'DET' && r.source === 'closed' && ARTICLE_LEMMAS.has(r.lemma))) return false;
  return !(v.is(j, CLOSED_DET) && j + 1 < v.n && (startsUpper(words[j + 1]!) || v.has(j + 1, 'ADJ')));
}
/**
 * A word at `j` the lexicon knows only as a finite verb, which heads a clause of its own (`und sind`, `… hat kann`); a
 * verb only guessed from its ending may be a participle too, and a capital inside the sentence marks a name or noun.
 */
/** After the finite verb at `j`: a comma opening its clause (`Fest steht, dass`), or the verb's particle closing it (`fällt … auf`). */
function predicateOpens(v: SentenceView, j: number): boolean {
  if (v.words[j + 1] === ',') return true;
  let end = j + 1;
  while (end < v.n && !endsClause(v.words[end]!)) end++;
  return end > j + 1 && SEPARABLE_PARTICLES.has(v.words[end - 1]!.toLowerCase());
}

const finiteOnly = (v: SentenceView, j: number): boolean => v.is(j, FINITE_ONLY) && (!startsUpper(v.words[j]!) || v.sentenceStart(j));

/**
 * The auxiliaries that may govern the participle at `i`: the nearest before it in its clause, stopping at a full verb
 * (`haben einen Garten und sind … begeistert`: sein), and the next one after it (`war bestätigt worden`).
 */
function auxiliariesOf(v: SentenceView, i: number): { before?: Reading; after?: Reading } {
  const out: { before?: Reading; after?: Reading } = {};
  for (let j = i - 1; j >= v.clauseFrom[i]!; j--) {
    const a = auxiliaryAt(v, j);
    if (a) out.before = a;
    if (a || finiteOnly(v, j)) break;
  }
  for (let j = i + 1; j < v.clauseTo[i]!; j++) {
    const a = auxiliaryAt(v, j);
    if (a) { out.after = a; break; }
  }
  return out;
}

/** The first auxiliary reading of the word at `j`, its readings searched only where its traits say it has one. */
function auxiliaryAt(v: SentenceView, j: number): Reading | undefined {
  return v.has(j, 'AUX') ? v.readings[j]!.find((r) => r.upos === 'AUX') : undefined;
}

/** Whether haben or werden governs the participle at `i` (`auxiliariesOf`). */
function perfectOrPassive(v: SentenceView, i: number): boolean {
  const makesVerbForm = (a: Reading | undefined): boolean => a !== undefined && (POSSESSION.has(a.lemma) || PASSIVE.has(a.lemma));
  const { before, after } = auxiliariesOf(v, i);
  return makesVerbForm(before) || makesVerbForm(after);
}


/**
 * A participle or infinitive the auxiliary at `i` may govern: in its clause up to another finite verb, or past commas that only set off an
 * insertion or a list inside it (`wurden leicht, andere schwer verletzt`, `hatte …, ein freies Land beschworen`). A
 * comma before a conjunction, a relative pronoun or a finite verb opens another clause. `zu`: whether a
 * zu-infinitive counts (`muss … zu tun haben`, not `habe zu tun`); participles that look like the infinitive count.
 */
function governedNonFinite(v: SentenceView, i: number, zu: boolean): boolean {
  const { n, words } = v;
  for (let j = i - 1; j >= v.clauseFrom[i]! && !finiteOnly(v, j); j--) if (nonFiniteAt(v, j, zu)) return true;
  // Last in a subordinate clause (`was … zu tun hat ,`) it governs nothing after it (`, kommentiert er`).
  if (i + 1 < n && endsClause(words[i + 1]!) && subordinateClause(v, i)) return false;
  let j = i + 1;
  for (const to = v.clauseTo[i]!; j < to; j++) {
    if (nonFiniteAt(v, j, zu)) return true;
    if (finiteOnly(v, j)) return false;
  }
  while (j + 1 < n && words[j] === ',') {
    // An article before its noun goes on with the list (`, die Fahrer schwer verletzt`); a pronoun opens a relative clause.
    const article = v.has(j + 1, 'DET') && j + 2 < n && startsUpper(words[j + 2]!);
    if (v.has(j + 1, 'SCONJ') || v.has(j + 1, 'CCONJ') || (v.has(j + 1, 'PRON') && !article)) return false;
    for (j++; j < n && !endsClause(words[j]!); j++) {
      if (nonFiniteAt(v, j, zu)) return true;
      if (v.is(j, FINITE)) return false;
    }
  }
  return false;
}

/** Whether the clause of `i` follows a comma and opens with a conjunction, a pronoun or a preposition and pronoun (`, was …`, `, mit dem …`). */
function subordinateClause(v: SentenceView, i: number): boolean {
  const from = v.clauseFrom[i]!;
  if (v.words[from] !== ',' || from + 1 >= i) return false;
  return v.has(from + 1, 'SCONJ') || v.is(from + 1, CLOSED_PRON) || (v.has(from + 1, 'ADP') && from + 2 < i && v.is(from + 2, CLOSED_PRON));
}

/** Genitive articles that continue a noun phrase (`in der Mitte der Stadt`), not a new one. */
const GENITIVE_AFTER_NOUN = new Set(['der', 'des']);
/** The genitive singular of `der` is feminine only: before a masculine or neuter singular noun it opens a phrase of its own. */
const FEMININE_GENITIVE = 'der';
const GENITIVE_DER: Agreement = { sg: 'die', pl: true };

/**
 * A genitive article at `j` continuing the phrase before it (`für Familien der Stadt`), unless its noun cannot be its
 * genitive (`für Flüchtlinge der Grundstein`: a masculine singular).
 */
function genitiveAfterNoun(v: SentenceView, j: number): boolean {
  const w = v.lowerWords[j]!;
  if (!GENITIVE_AFTER_NOUN.has(w)) return false;
  if (w !== FEMININE_GENITIVE || j + 1 >= v.n) return true;
  const noun = v.readings[j + 1]!.filter((r) => r.upos === 'NOUN');
  const word = v.words[j + 1]!;
  return !noun.length || noun.some((r) => r.gender === undefined || agrees(GENITIVE_DER, word, r));
}

/**
 * A predicate for the copula in its clause (`ist gut`, `war Arzt`); nouns inside a prepositional phrase (`war in dem
 * Hotel`) are none, but the phrase ends after its noun or pronoun (`war für mich Ausgangspunkt`, `ist seit 1988 Minister`)
 * unless a name or a genitive goes on with it. The scan ends at another finite verb (`… und nach und nach kamen Gäste`)
 * unless it is joined to the copula.
 */
function predicateInClause(v: SentenceView, i: number): boolean {
  let inPP = false;
  // Once the phrase has its noun or pronoun: whether that was capitalised, as a name may go on (`bei Küchen Walther`).
  let ended: boolean | undefined;
  for (let j = i + 1; j < v.n; j++) {
    // A verb joined to the copula shares its predicate (`ist und bleibt ein Lager`).
    if (v.clauseFrom[j] !== v.clauseFrom[i] || (finiteOnly(v, j) && !(j === i + 2 && v.has(i + 1, 'CCONJ')))) break;
    const rs = v.readings[j]!;
    const upper = startsUpper(v.words[j]!);
    if (rs[0]!.upos === 'ADP' && rs[0]!.source === 'closed' && !(v.has(j, 'ADJ') && (j + 1 >= v.n || endsClause(v.words[j + 1]!)))) { inPP = true; ended = undefined; continue; }
    // A verb form the copula governs (`ist gegangen`); a capitalised one inside the phrase is its noun (`in dem Essen`).
    if (v.is(j, NON_FINITE) && !(inPP && upper)) return true;
    if (ended !== undefined && !(ended && upper) && !genitiveAfterNoun(v, j) && !v.has(j, 'CCONJ')) { inPP = false; ended = undefined; }
    if (inPP && (v.has(j, 'NOUN') || v.has(j, 'PROPN') || upper || (v.has(j, 'PRON') && !v.has(j, 'DET')))) { ended = upper; continue; }
    // Only an uninflected adjective is predicative (`ist gut`, `ist zufrieden`, not `in dem schönen Ort`), and none
    // before its noun (`ein alter Schrank`).
    if (!v.has(j, 'DET') && !v.has(j, 'ADV') && v.has(j, 'ADJ') && !v.nounAt(j + 1) &&
      (!/e[nms]?$/.test(v.lowerWords[j]!) || pick(rs, 'ADJ', v.lowerWords[j]!)!.lemma === v.lowerWords[j])) return true;
    // A personal pronoun is the subject (`bin ich dabei`; `ich` has the noun das Ich besides).
    const personal = rs[0]!.upos === 'PRON' && rs[0]!.source === 'closed' && !v.has(j, 'DET');
    if (!inPP && !personal && (v.has(j, 'NOUN') || v.has(j, 'PROPN') || v.has(j, 'NUM') || v.has(j, 'DET') || upper)) return true;
  }
  for (let j = i - 1; j >= 0; j--) {
    if (v.clauseFrom[j] !== v.clauseFrom[i]) break;
    if (v.has(j, 'ADJ') || (v.is(j, NON_FINITE) && v.readings[j]!.some((r) => (r.upos === 'VERB') && r.nonFinite))) return true;
  }
  return false;
}

/**
 * Whether the word at `i` opens a clause that ends in a verb that is only finite, as a subordinate clause does (`bis er
 * aufgeben musste`): not inside a clause a conjunction or pronoun already opened (`dass er seit 1991 dort tätig ist`),
 * nor before a number, an adjective or another preposition (`bis zu welchem Punkt man geht`, `als gutes Beispiel`).
 */
function opensVerbFinalClause(v: SentenceView, i: number): boolean {
  const { n, words, out } = v;
  if (i + 1 >= n || v.has(i + 1, 'ADP') || v.has(i + 1, 'NUM') || v.has(i + 1, 'ADJ')) return false;
  for (let j = v.clauseFrom[i]!; j < i; j++) if (out[j]!.upos === 'SCONJ' || out[j]!.upos === 'PRON') return false;
  let end = i + 1;
  while (end < n && !endsClause(words[end]!)) end++;
  return end - 1 > i + 1 && finiteOnly(v, end - 1);
}

/** A personal pronoun at `j` (`er`, `sie`), not a word that may be an article (`die`, `einer`). */
const personalPronounAt = (v: SentenceView, j: number): boolean => v.is(j, CLOSED_PRON) && !v.has(j, 'DET');

/** The equative's `so` after `i`, before the adjective, adverb or quantity it grades (`doppelt so viele`, `halb so groß`). */
const EQUATIVE = 'so';
const equativeAfter = (v: SentenceView, i: number): boolean => i + 2 < v.n && v.lowerWords[i + 1] === EQUATIVE &&
  v.readings[i + 2]!.some((r) => r.upos === 'ADJ' || r.upos === 'ADV' || (r.upos === 'DET' && GRADED_QUANTITIES.has(r.lemma)));

/**
 * A participle at `i` (`vr`) in a clause with an auxiliary that governs another, the clause's last word
 * (`hat Ole wiederholt den Plan gefordert`, `wurde verletzt ins Spital gebracht`): it says how, as an adjective; not
 * one joined to that participle (`hat gekocht und gegessen`), nor before a zu-infinitive (`hat versucht, zu helfen`).
 */
function beforeGovernedParticiple(v: SentenceView, i: number, vr: Reading): boolean {
  if (vr.lemma === v.lowerWords[i] || !v.clauseHasLemma(i, PERIPHRASTIC)) return false;
  for (let j = i + 1; j < v.n; j++) {
    const rs = v.readings[j]!;
    if (endsClause(v.words[j]!) || v.has(j, 'CCONJ')) return false;
    if (j + 1 < v.n && !endsClause(v.words[j + 1]!)) continue;
    const lw = v.lowerWords[j]!;
    return !startsUpper(v.words[j]!) && rs.some((r) => r.upos === 'VERB' && r.nonFinite && r.lemma !== lw && lw.replace(INFINITIVE_MARKER, '') !== r.lemma);
  }
  return false;
}
const INFINITIVE_MARKER = germanMorphology.infinitiveMarker;

/** A modal verb (an auxiliary that makes no perfect or passive) earlier in the clause of `i`. */
function modalBefore(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= v.clauseFrom[i]!; j--) if (v.readings[j]!.some((r) => r.upos === 'AUX' && !PERIPHRASTIC.has(r.lemma))) return true;
  return false;
}

/** Whether the participle is of a verb with a separable particle (`eingetroffen`: eintreffen), by the `ge` after the particle. */
function particleParticiple(participle: string, verb: string): boolean {
  for (let k = 2; k < participle.length - 4; k++) {
    const particle = participle.slice(0, k);
    if (SEPARABLE_PARTICLES.has(particle) && verb.startsWith(particle) && participle.startsWith(PARTICIPLE_PREFIX, k)) return true;
  }
  return false;
}

/** Whether the word at `i` can only be a finite full verb (`wirkten`), not an auxiliary, modal or anything else. */
const finiteFullVerbAt = (v: SentenceView, i: number): boolean =>
  i < v.n && v.readings[i]!.length > 0 && v.readings[i]!.every((r) => r.upos === 'VERB' && !r.nonFinite);

/** Whether an adjective's lemma is a participle of the verb (`besucht`: besuchen, `gestiegen`: steigen), by its ending and beginning. */
function participleAdjective(adjective: string, verb: string): boolean {
  return germanMorphology.participleEndings.some((e) => adjective.endsWith(e)) && (adjective.startsWith(PARTICIPLE_PREFIX) || adjective.slice(0, 3) === verb.slice(0, 3));
}
/** The prefix of most past participles. */
const PARTICIPLE_PREFIX = 'ge';
/** A finite verb in -en agrees with a plural subject; one in -e (indicative) with the first person only. */
const PLURAL_VERB_ENDING = 'en';
const FIRST_PERSON = 'ich';

/** Degree adverbs, which grade adjectives and never a verb's perfect or passive. */
const DEGREE = new Set(['sehr', 'völlig', 'total', 'äußerst', 'ziemlich', 'höchst', 'überaus', 'extrem', 'zutiefst', 'absolut', 'recht', 'richtig', 'echt']);
const COORDINATION = new Set(['und', 'oder', 'sowie']);

/** A plain adjective joined to `i` by a coordinator, before or after it (`freundlich und bemüht`, `bemüht und nicht freundlich`). */
function besidePlainAdjective(v: SentenceView, i: number): boolean {
  const { n, lowerWords } = v;
  if (i > 1 && COORDINATION.has(lowerWords[i - 1]!) && v.plainAdjectiveAt(i - 2)) return true;
  if (i + 2 < n && COORDINATION.has(lowerWords[i + 1]!)) {
    const k = lowerWords[i + 2] === 'nicht' ? i + 3 : i + 2;
    return k < n && v.plainAdjectiveAt(k) && (k + 1 >= n || endsClause(v.words[k + 1]!));
  }
  return false;
}

/** A comparative right before (`größer`, `mehr`, `anders`) or `sowohl` earlier: `als` compares. */
function comparativeBefore(v: SentenceView, i: number): boolean {
  if (i === 0) return false;
  const p = v.lowerWords[i - 1]!;
  if (v.lowerWords.lastIndexOf('sowohl', i) >= 0) return true;
  return (p.endsWith('er') && (v.has(i - 1, 'ADJ') || v.has(i - 1, 'ADV'))) || p === 'anders' || p === 'mehr';
}

/**
 * An article's noun behind a phrase that qualifies it (`der zuvor äußerst freundliche Ton`, `die in der Zeitung genannte
 * Zahl`, `der sie begleitende Minister`): before the clause's next finite verb, an inflected adjective or participle
 * right before a capitalised noun, the adjective not itself after an article or preposition (`die in der großen Stadt
 * wohnt` is a relative clause).
 */
function extendedAttribute(v: SentenceView, i: number): boolean {
  const { n, words, lowerWords } = v;
  // After a preposition that follows a comma it is a relative pronoun (`, in der das … vorgebende Unternehmen`).
  if (i > 1 && v.out[i - 1]!.upos === 'ADP' && words[i - 2] === ',') return false;
  for (let j = i + 1; j + 1 < n && j <= i + 10; j++) {
    if (endsClause(words[j]!) || finiteOnly(v, j)) return false;
    if (j === i + 1 || !v.has(j, 'ADJ') || startsUpper(words[j]!) || !INFLECTED.test(lowerWords[j]!) || !v.nounAt(j + 1)) continue;
    if (!v.has(j - 1, 'DET') && !v.has(j - 1, 'ADP')) return true;
  }
  return false;
}

/**
 * Whether an article before `i` in its clause still waits for its noun: a phrase that qualifies the noun opened right
 * after it, with a preposition or an adverb (`die aus dem Fernsehen bekannte Sängerin`, `einer nie gefährdeten Führung`),
 * and no finite verb has come since, so an inflected participle before a noun here is that phrase's last word, the
 * attribute, not a finite verb (bekennen's past `bekannte`).
 */
function articleAwaitsNoun(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= v.clauseFrom[i]!; j--) {
    const r = v.out[j]!;
    if ((r.upos === 'VERB' || r.upos === 'AUX') && !r.nonFinite) return false;
    if (r.upos === 'DET' && j + 1 < i && QUALIFIER_OPENS.has(v.out[j + 1]!.upos)) return true;
  }
  return false;
}
/** What opens a phrase between an article and its noun (`die aus …`, `die nie …`). */
const QUALIFIER_OPENS: ReadonlySet<Upos> = new Set(['ADP', 'ADV']);

/*
 * Helpers with loops where a rule would pass a closure over its own words to `some`: such a closure made every call of
 * the rule allocate a context for them, whether or not it came to the test (issue 19).
 */
/** Another article (`für die die`) or a personal pronoun (`in der ich`) among the readings of the word after one. */
function articleOrPronounNext(next: readonly Reading[]): boolean {
  const pronoun = !has(next, 'DET') && !has(next, 'ADJ');
  for (const r of next) if (r.source === 'closed' && ((r.upos === 'DET' && (r.lemma === 'der' || r.lemma === 'ein')) || (r.upos === 'PRON' && pronoun))) return true;
  return false;
}
/** An adjective the lexicon lists as written (`lw`, lower case), and where `glossed`, one the glossary lists too. */
function listedAdjective(rs: readonly Reading[], lw: string, glossed: boolean): boolean {
  for (const r of rs) if (r.upos === 'ADJ' && r.source === 'lex' && !(glossed && r.unglossed) && r.lemma === lw) return true;
  return false;
}

/** Closed-class words with more than one reading, tried in order (see closedClassRules). */
export const CLOSED_CLASS_RULES: readonly TagRule[] = [
  {
    // Another article or a personal pronoun next: this one stands alone (`für die die
    // Gesellschaft`, `in der ich`, `Das haben sie`).
    name: 'article or pronoun',
    word: (_w, _lw, _rs, closed) => has(closed, 'DET') && has(closed, 'PRON'),
    tag({ v, i, rs, lw, prev }) {
      const { n, readings, words, out } = v;
      const next = i + 1 < n ? readings[i + 1]! : NO_READINGS;
      const pronounNext = articleOrPronounNext(next);
      const afterAdp = i > 0 && out[i - 1]!.upos === 'ADP' && i + 1 < n && !endsClause(words[i + 1]!);
      // After a comma `die` opens a relative clause: only a noun right after it makes it an article.
      let k = i + 1;
      while (k < n && closesQuote(words[k]!)) k++;
      const nominal = prev === ','
        ? v.nounAt(k) || (k < n && v.has(k, 'ADJ') && v.nounAt(k + 1)) || (k < n && v.has(k, 'NUM'))
        : v.nominalNext(i) || v.nounAhead(i) || afterAdp || (k > i + 1 && v.nounAt(k));
      return pick(rs, (nominal && !pronounNext) || (prev !== ',' && extendedAttribute(v, i)) ? 'DET' : 'PRON', lw);
    },
  },
  {
    // Degree `zu` before an adjective or adverb (`zu spät`, `zu lang`) or a quantity (`zu viele Geräte`, `zu wenig`): too.
    name: 'degree zu',
    word: (_w, lw, rs) => lw === 'zu' && has(rs, 'ADV'),
    tag({ v, i, rs, lw }) {
      const next = v.readings[i + 1];
      if (!next || startsUpper(v.words[i + 1]!)) return undefined;
      if (next.some((r) => r.upos === 'DET' && GRADED_QUANTITIES.has(r.lemma))) return pick(rs, 'ADV', lw);
      if (!(has(next, 'ADJ') || has(next, 'ADV')) || next.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) || has(next, 'DET')) return undefined;
      return pick(rs, 'ADV', lw);
    },
  },
  {
    // Before a number it is `more than` / `less than` (`seit über 20 Jahren`).
    name: 'über or unter a number',
    word: (_w, lw, rs) => (lw === 'über' || lw === 'unter') && has(rs, 'ADV'),
    tag: ({ v, i, rs, lw }) => i + 1 < v.n && v.has(i + 1, 'NUM') ? pick(rs, 'ADV', lw) : undefined,
  },
  {
    // `zu` before an infinitive that ends its clause is the infinitive marker, else a preposition. So is one before an
    // infinitive that its governing verb or particle follows (`zu halten versucht`, `zu hören bekommt`, `lässt zu
    // wünschen übrig`), or a quotation's close (`nichts zu machen "`); a noun after it makes a phrase (`zu bestimmten Zeiten`).
    name: 'infinitive zu',
    word: (_w, lw) => lw === 'zu',
    tag({ v, i, rs, lw }) {
      const { n, readings, words } = v;
      const next = i + 1 < n ? readings[i + 1]! : [];
      const inf = next.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) && !startsUpper(words[i + 1] ?? '');
      const after = i + 2 < n ? readings[i + 2]! : NO_READINGS;
      const governor = i + 2 < n && !startsUpper(words[i + 2]!) && (has(after, 'VERB') || SEPARABLE_PARTICLES.has(v.lowerWords[i + 2]!) ||
        closesQuote(words[i + 2]!) || (has(after, 'ADJ') && (i + 3 >= n || endsClause(words[i + 3]!))));
      return pick(rs, inf && (i + 2 >= n || endsClause(words[i + 2]!) || has(after, 'AUX') || has(after, 'CCONJ') || governor) ? 'PART' : 'ADP', lw);
    },
  },
  {
    // A preposition needs its noun phrase: at the clause end a word that may be an adjective is one (`Es ist laut .`).
    name: 'adjective at the clause end',
    word: (_w, _lw, rs, closed) => has(closed, 'ADP') && has(rs, 'ADJ'),
    tag: ({ v, i, rs, lw }) => i + 1 >= v.n || endsClause(v.words[i + 1]!) ? pick(rs, 'ADJ', lw) : undefined,
  },
  {
    name: 'article or verb',
    word: (_w, _lw, _rs, closed) => has(closed, 'DET') && (has(closed, 'AUX') || has(closed, 'VERB')),
    tag: ({ v, i, rs, lw }) => pick(rs, v.nominalNext(i) ? 'DET' : v.has(i, 'AUX') ? 'AUX' : 'VERB', lw),
  },
  {
    name: 'article or adverb',
    word: (_w, _lw, _rs, closed) => has(closed, 'DET') && has(closed, 'ADV'),
    tag: ({ v, i, rs, lw }) => pick(rs, v.nominalNext(i) || v.nounAhead(i) ? 'DET' : 'ADV', lw),
  },

  {
    name: 'pronoun or adverb',
    word: (_w, _lw, _rs, closed) => has(closed, 'PRON') && has(closed, 'ADV'),
    tag: ({ v, i, rs, lw }) => pick(rs, v.nominalNext(i) || (i + 1 < v.n && v.has(i + 1, 'ADJ')) ? 'ADV' : 'PRON', lw),
  },
  {
    // A preposition that also opens a clause (`bis`, `seit`, `während`) opens one where the clause ends in its finite
    // verb (`opensVerbFinalClause`); else it is the preposition (`bis Montag`, `Seit Jahren steigt der Preis`).
    name: 'preposition or conjunction',
    word: (_w, _lw, _rs, closed) => has(closed, 'ADP') && has(closed, 'SCONJ') && !has(closed, 'CCONJ'),
    tag: ({ v, i, rs, lw }) => pick(rs, opensVerbFinalClause(v, i) ? 'SCONJ' : 'ADP', lw),
  },
  {
    name: 'clause introducer',
    word: (_w, lw, _rs, closed) => CLAUSE_INTRODUCERS.has(lw) && (has(closed, 'SCONJ') || has(closed, 'CCONJ') || has(closed, 'ADV')),
    tag({ v, i, rs, lw, prev, closed, isQuestion }) {
      if (lw === 'wie' && v.sentenceStart(i) && isQuestion) return pick(rs, 'ADV', lw);
      // Before a clause of its own it is the conjunction (`, auch als er kam`, `wie sich herausstellte`).
      if ((lw === 'als' || lw === 'wie') && opensVerbFinalClause(v, i)) return pick(rs, 'SCONJ', lw);
      // `als` after a comparative (`größer als`, `sowohl … als auch`) compares: CCONJ.
      if (lw === 'als') return pick(rs, prev === ',' || i === 0 ? 'SCONJ' : comparativeBefore(v, i) ? 'CCONJ' : 'ADP', lw);
      if (lw === 'wie') return pick(rs, prev === ',' ? 'SCONJ' : v.has(i, 'CCONJ') ? 'CCONJ' : 'ADV', lw);
      if (lw === 'denn') return pick(rs, prev === ',' ? 'CCONJ' : 'ADV', lw);
      if (!has(closed, 'SCONJ')) return undefined;
      const nextVerb = i + 1 < v.n && (v.has(i + 1, 'VERB') || v.has(i + 1, 'AUX'));
      return pick(rs, (prev === ',' || v.sentenceStart(i)) && !nextVerb ? 'SCONJ' : v.has(i, 'ADV') ? 'ADV' : 'SCONJ', lw);
    },
  },
  {
    name: 'weder … noch',
    word: (_w, lw) => lw === 'noch',
    tag: ({ v, rs, lw }) => v.lowerWords.includes('weder') ? pick(rs, 'CCONJ', lw) : undefined,
  },
  {
    // `aber` links clauses or adjectives (`klein, aber fein`); inside a clause it is an adverb:
    // after its finite verb (`Die Zimmer sind aber eher klein`, but not in a coordinated clause
    // without subject: `…, kann aber`) or after a pronoun (`habe ihn aber`).
    name: 'aber inside a clause',
    word: (_w, lw) => lw === 'aber',
    tag({ v, i, rs, lw, prev }) {
      const po = i > 0 ? v.out[i - 1]! : undefined;
      const finiteBefore = po !== undefined && (po.upos === 'VERB' || po.upos === 'AUX') && !po.nonFinite && !(i > 1 && v.words[i - 2] === ',');
      const inside = !v.sentenceStart(i) && !endsClause(prev) && (finiteBefore || po?.upos === 'PRON');
      return pick(rs, inside || i === v.n - 2 ? 'ADV' : 'CCONJ', lw);
    },
  },
  {
    name: 'doch',
    word: (_w, lw) => lw === 'doch',
    tag: ({ v, i, rs, lw, prev }) => pick(rs, v.sentenceStart(i) || prev === ',' ? 'CCONJ' : 'ADV', lw),
  },
];

/**
 * The closed-class rules as choice rules of the tagger's own, in order, each asked only about a word with closed-class
 * readings; then 'closed class', which gives such a word its first closed reading where none of them chose.
 */
export function closedClassRules(rules: readonly TagRule[]): TagRule[] {
  return [
    ...rules.map((rule): TagRule => ({ ...rule, word: (w, lw, rs, closed) => closed.length > 0 && (!rule.word || rule.word(w, lw, rs, closed)) })),
    { name: 'closed class', word: (_w, _lw, _rs, closed) => closed.length > 0, tag: (c) => c.closed[0] },
  ];
}

const CHOOSE: readonly TagRule[] = [
  {
    // A capital inside the sentence marks a noun; a capitalised inflected adjective before a
    // noun is part of a name (`der Hessischen Verbraucherzentrale`), not a nominalised adjective.
    name: 'capitalised noun',
    word: (w, _lw, rs) => startsUpper(w) && (has(rs, 'NOUN') || has(rs, 'PROPN')),
    tag({ v, i, lw, rs }) {
      if (v.sentenceStart(i)) return undefined;
      const attributive = v.has(i, 'ADJ') && INFLECTED.test(lw) && i + 1 < v.n && startsUpper(v.words[i + 1]!) &&
        (v.has(i + 1, 'NOUN') || v.has(i + 1, 'PROPN'));
      return pick(rs, attributive ? 'ADJ' : v.has(i, 'NOUN') ? 'NOUN' : 'PROPN', lw);
    },
  },
  ...closedClassRules(CLOSED_CLASS_RULES),
  {
    // Sentence-initial capital: a noun unless an adverb or a finite verb reading fits better
    // (`Habe ich …`: verb-first questions and colloquial statements).
    name: 'sentence-initial capital',
    word: (w, _lw, rs) => startsUpper(w) && (has(rs, 'NOUN') || has(rs, 'PROPN')),
    tag({ v, i, lw, rs, isQuestion }) {
      if (!v.sentenceStart(i)) return undefined;
      const { n, words } = v;
      // A pronoun next marks verb-first (`Waren es …`); a word that may be its article too (`einer`, `die`) only in a
      // question: a statement opens with the noun it modifies (`Angaben einer Quelle …`).
      const pronNext = i + 1 < n && v.is(i + 1, CLOSED_PRON) && (isQuestion || !v.has(i + 1, 'DET'));
      const nounNext = i + 1 < n && startsUpper(words[i + 1]!) && (v.has(i + 1, 'NOUN') || v.has(i + 1, 'PROPN'));
      if (v.has(i, 'ADV')) return pick(rs, 'ADV', lw);
      if ((pronNext || !v.has(i, 'NOUN')) && (v.has(i, 'VERB') || v.has(i, 'AUX'))) return pick(rs, v.has(i, 'AUX') ? 'AUX' : 'VERB', lw);
      // An inflected adjective before a noun (`Nettes Personal`, `Schöne Zimmer`).
      if ((nounNext || v.nominalNext(i) || (i + 2 < n && v.has(i + 1, 'CCONJ') && v.has(i + 2, 'ADJ'))) && v.has(i, 'ADJ') && INFLECTED.test(lw)) {
        return pick(rs, 'ADJ', lw);
      }
      // Verb-first without a subject (`Habe lange gesucht`): an auxiliary form is rarely the noun.
      if (v.has(i, 'AUX') && !nounNext) return pick(rs, 'AUX', lw);
      // An adjective's bare form the lexicon lists, right before the finite verb, is the fronted predicate or adverbial
      // (`Negativ fällt auf`, `Fest steht, dass`), not a noun without its article, where a clause or the verb's particle
      // follows: before an object or predicate noun it names a thing (`Rot ist meine Farbe`, `Grün steht dir gut`).
      if (i + 1 < n && listedAdjective(rs, lw, false) && finiteOnly(v, i + 1) && predicateOpens(v, i + 1)) return pick(rs, 'ADJ', lw);
      return pick(rs, v.has(i, 'NOUN') ? 'NOUN' : 'PROPN', lw);
    },
  },

  {
    name: 'verb or adjective',
    word: (_w, _lw, rs) => (has(rs, 'VERB') || has(rs, 'AUX')) && has(rs, 'ADJ'),
    tag({ v, i, lw, rs }) {
      const { readings, words, out, n } = v;
      // A present participle not inflected is no finite verb: predicative or adverbial, it is the adjective (`ist
      // hervorragend`, `kommt dauernd`), as in UD.
      if (lw.endsWith(PRESENT_PARTICIPLE)) return pick(rs, 'ADJ', lw);
      const inflected = INFLECTED.test(lw) && pick(rs, 'ADJ', lw)!.lemma !== lw;
      const prevDet = i > 0 && (v.has(i - 1, 'DET') || v.has(i - 1, 'ADJ') || v.has(i - 1, 'ADP'));
      // After a noun phrase the verb slot comes first (`Am Montag besuchte Angela …`).
      const prevNominal = i > 0 && NOMINAL.has(out[i - 1]!.upos);
      // After a quotation the reporting verb comes first (`", erklärte Japans Außenminister`), and after a comma before
      // a name, where quotation marks were left out (`Das sei alles, betonte Ole Brandt.`): no list of attributes
      // goes on with a bare name.
      const reporting = i > 1 && words[i - 1] === ',' &&
        (closesQuote(words[i - 2]!) || (i + 1 < n && readings[i + 1]!.length > 0 && readings[i + 1]!.every((r) => r.upos === 'PROPN')));
      const afterQuote = reporting && rs.some((r) => r.upos === 'VERB' && !r.nonFinite);
      // An attributive adjective needs its noun: at the clause end the form is the verb, and so it is before a personal
      // pronoun, which takes no adjective (`Wiederholt kritisierte er`, `Zusätzlich verlangte sie`), or an article, which
      // opens a noun phrase of its own (`Den Angaben zufolge erreichte die Partei`: after a postposition, no article's).
      const clauseEndNext = i + 1 >= n || endsClause(words[i + 1]!) || personalPronounAt(v, i + 1) || articleOrPronounNext(readings[i + 1]!);
      if (inflected && !afterQuote && !clauseEndNext && (prevDet || (v.nominalNext(i) && !prevNominal))) return pick(rs, 'ADJ', lw);
      // Before its noun an adjective of its own (`es bequeme Sitzgruppen`, `Bedürfnisse bessere Orte`: bequemen, bessern) is
      // one even after a noun or pronoun, unless the verb agrees with it (`Ich liebe`, `Wir Chinesen lieben`); a participle
      // there may be the finite verb (`Am Montag besuchte Angela …`).
      const agrees = i > 0 && (lw.endsWith(PLURAL_VERB_ENDING) ? prevNominal : v.lowerWords[i - 1] === FIRST_PERSON);
      if (inflected && !afterQuote && !agrees && v.nounAt(i + 1) && !participleAdjective(pick(rs, 'ADJ', lw)!.lemma, pick(rs, 'VERB', lw)?.lemma ?? '')) {
        return pick(rs, 'ADJ', lw);
      }
      if (inflected && !afterQuote && v.nounAt(i + 1) && articleAwaitsNoun(v, i)) return pick(rs, 'ADJ', lw);
      if (inflected) return pick(rs, v.has(i, 'VERB') ? 'VERB' : 'AUX', lw);
      const vr = pick(rs, 'VERB', lw) ?? pick(rs, 'AUX', lw)!;
      // A finite form spelt like an adjective a dictionary lists as written (`doppelt`: doppeln) is that adjective where
      // another finite verb has the clause (`Es kamen doppelt so viele`), as a clause has one, or where `so` grades what
      // follows it as a measure of it (`, in Nordland doppelt so viele wie in Ostland`, whose verb is left out).
      if (!vr.nonFinite && listedAdjective(rs, lw, true) && (v.otherVerbInClause(i) || equativeAfter(v, i))) {
        return pick(rs, 'ADJ', lw);
      }
      // Right before a finite full verb, a participle the adjective lexicon and the glossary list is no verb form, which
      // would end in its auxiliary or modal: it says how (`dass die Pläne überholt wirkten`, `wie geplant verlief`).
      const adjectiveLex = rs.some((r) => r.upos === 'ADJ' && r.source === 'lex' && !r.unglossed);
      if (adjectiveLex && vr.nonFinite && finiteFullVerbAt(v, i + 1)) return pick(rs, 'ADJ', lw);
      // Only a participle or infinitive may be the adjective below, so only they need the clause scanned.
      if (!vr.nonFinite) return vr;
      // Governed by the auxiliary after it (`unterhalten konnte`, `geöffnet wird`; not the copula: `geschlossen ist`), or an
      // infinitive by a modal before it (`kann davon nicht genug bekommen`).
      const next = i + 1 < n ? readings[i + 1]! : NO_READINGS;
      // `geworden` is werden's participle as a copula (the passive's is `worden`): what it follows is the adjective the
      // lexicon lists (`ist bekannt geworden`: become known, not bekennen's; `ist beliebt geworden`).
      if (adjectiveLex && v.lowerWords[i + 1] === BECOME_PARTICIPLE) return pick(rs, 'ADJ', lw);
      if (next.some((r) => r.upos === 'AUX' && !COPULA.has(r.lemma))) return vr;
      if (vr.lemma === lw && modalBefore(v, i)) return vr;
      // A participle form is an adjective only when another word is the clause's verb, or
      // when the copula alone goes with a participle the adjective lexicon and the glossary list: a state, weak (`ich bin
      // begeistert`) or strong (`die Kante ist gebogen`), but a strong one is the perfect where a verb it may belong to
      // forms that with sein (`ist gegangen`, `sind zum Opfer gefallen`: fallen beside gefallen) or has a separable
      // particle, as so many verbs of moving do (`ist eingetroffen`, `ist abgefahren`), and so are those no dictionary
      // gives as adjectives (`ist zurückgekehrt`).
      // So is a participle graded like an adjective (`sehr enttäuscht`, `wirkt völlig überfordert`) or joined to a plain
      // adjective (`freundlich und bemüht`, `gehetzt und spät`), unless haben or werden make it a verb form.
      const stative =
        (((lw.endsWith('t') || (!particleParticiple(lw, vr.lemma) && ![vr, ...otherNonFinite(rs, vr)].some((r) => PERFECT_WITH_SEIN.has(r.lemma))))
          && adjectiveLex && v.copulaBefore(i)) ||
          DEGREE.has(v.lowerWords[i - 1] ?? '') || besidePlainAdjective(v, i)) && !perfectOrPassive(v, i);
      return stative || (!v.clauseHasLemma(i, PERIPHRASTIC) && v.otherVerbInClause(i)) || beforeGovernedParticiple(v, i, vr)
        ? pick(rs, 'ADJ', lw) : vr;
    },
  },
  { name: 'verb', word: (_w, _lw, rs) => has(rs, 'VERB') || has(rs, 'AUX'), tag: ({ v, i, lw, rs }) => pick(rs, v.has(i, 'AUX') ? 'AUX' : 'VERB', lw) },
];

/**
 * A compound name guess whose head ends few places (Reading.plainHead: `Solarziegel`, `Kältepumpen`) is a common
 * noun without an article too: at the sentence's start, after a preposition, a number or a conjunction (`mit
 * Solarziegeln`, `drei Kältepumpen`, `Motor und Kältepumpe`). Not after a noun or name, which it may name (`die
 * Firma Nordtöne`), nor after a verb or a comma, where a name stands as often (`sagte Ole Brandtwerker`, `Berg, Kronwerker`).
 */
const PLAIN_COMPOUND_AFTER: ReadonlySet<string> = new Set(['ADP', 'NUM', 'CCONJ']);
const plainCompound = (v: SentenceView, i: number, r: Reading): boolean =>
  r.plainHead === true && (i === 0 || PLAIN_COMPOUND_AFTER.has(v.out[i - 1]!.upos));

const asVerb = (r: Reading): Reading => ({ ...r, upos: 'VERB' });

/** Gender (`der`, `die`, `das` as the lexicon's readings name them) in the singular, and whether the plural, that a word before a noun agrees with in some case. */
interface Agreement { sg: string; pl: boolean }

/** Articles: `das` only with a neuter singular, `die` with a feminine or any plural. */
const ARTICLES: Record<string, Agreement> = {
  das: { sg: 'das', pl: false }, dem: { sg: 'der das', pl: false }, des: { sg: 'der das', pl: false },
  der: { sg: 'der die', pl: true }, die: { sg: 'die', pl: true }, den: { sg: 'der', pl: true },
};
/** Endings of determiners inflected like the article (`dieses`, `jenem`, `welche`) and of adjectives with no determiner before them (strong: `neues`, `neuem`). */
const DER_ENDINGS: Record<string, Agreement> = {
  er: { sg: 'der die', pl: true }, e: { sg: 'die', pl: true }, es: { sg: 'der das', pl: false },
  em: { sg: 'der das', pl: false }, en: { sg: 'der', pl: true },
};
const STRONG_ADJECTIVE: Record<string, Agreement> = { ...DER_ENDINGS, es: { sg: 'das', pl: false }, en: { sg: 'der das', pl: true } };
const EIN_WORDS: readonly string[] = ['ein', 'kein', 'mein', 'dein', 'sein', 'ihr', 'unser'];
/** Endings of `ein` and the words inflected like it (`kein`, `mein` …), which also have a plural (`keine Abkommen`). */
const EIN_ENDINGS: Record<string, Agreement> = {
  '': { sg: 'der das', pl: false }, e: { sg: 'die', pl: true }, en: { sg: 'der', pl: true },
  em: { sg: 'der das', pl: false }, er: { sg: 'die', pl: true }, es: { sg: 'der das', pl: false },
};
const DETERMINER_AGREES: ReadonlyMap<string, Agreement> = (() => {
  const m = new Map(Object.entries(ARTICLES));
  // A preposition fused with its article agrees as the article does (`zum Laufen`: zu dem, the nominalised verb, not a plural).
  for (const [fused, [, article]] of Object.entries(CONTRACTIONS)) if (ARTICLES[article]) m.set(fused, ARTICLES[article]);
  for (const stem of ['dies', 'jen', 'jed', 'welch', 'manch', 'solch']) for (const [end, a] of Object.entries(DER_ENDINGS)) m.set(stem + end, a);
  for (const stem of EIN_WORDS) {
    for (const [end, a] of Object.entries(EIN_ENDINGS)) m.set(stem + end, stem === 'ein' ? { ...a, pl: false } : a);
  }
  return m;
})();
/** After an uninflected `ein`-word, which fits masculine and neuter, the adjective's ending tells them apart (`ein neues Teil`). */
const AFTER_BARE_EIN: Record<string, Agreement> = { er: { sg: 'der', pl: false }, es: { sg: 'das', pl: false } };

const PLURAL_PHRASE: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);
/** A capitalised word the lexicon lacks that step 02 guessed, no acronym and with no inner capital (but after a hyphen). */
const unknownCapitalised = (w: string, r: Reading): boolean =>
  r.source === 'guess' && r.lemma === w && startsUpper(w) && !ALL_CAPS.test(w) && !INNER_CAPITAL.test(w.slice(w.lastIndexOf('-') + 1));
/**
 * Whether word i opens a name's phrase (a number or a capitalised word after it: `das Nordphone 6`, `die Nordos League`)
 * or follows a comma's `das`, `die`, a relative pronoun before its clause's subject (`ein Buch , das Brandtmeyer schrieb`).
 */
const nameAround = (v: SentenceView, i: number): boolean =>
  (i + 1 < v.n && (startsUpper(v.words[i + 1]!) || /^\p{N}/u.test(v.words[i + 1]!))) || (i > 1 && v.out[i - 1]!.upos === 'DET' && endsClause(v.words[i - 2]!));
/**
 * What `den` (and `diesen`, `keinen` …) agrees with, the masculine singular or a dative plural, and the endings of the
 * latter: -s (`Autos`), -en (`Frauen`, `Tischen`), or an -n after an l or r (`Kugeln`, `Kindern`, `Nachbarn`). A word
 * that ends in -n after another letter (`Button`, `Login`, `Marathon`) is no dative plural.
 */
const DATIVE_PLURAL_OR = ARTICLES['den']!;
const DATIVE_PLURAL_END = /(?:[elr]n|s)$/;
/** A dative plural in -n of a noun in -er or -el, after four letters or more (`Bloggern`, `Zwixeln`). */
const DATIVE_PLURAL = /\p{L}{4}e[lr]n$/u;
/** What a noun's dative plural follows with no determiner or with one: a preposition, a conjunction, a number. */
const DATIVE_PLURAL_AFTER: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'NUM', 'DET', 'ADJ']);
/** An English plural that adds `-es` to a sibilant (`Couches`, `Boxes`): its noun ends before the `e`. */
const SIBILANT_PLURAL = /(?:ch|sh|x)es$/;
/** The finite forms of the auxiliaries and modals in the third person plural only (`sie sind`, `sie können`). */
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'sind', 'waren', 'haben', 'hatten', 'werden', 'wurden', 'können', 'konnten', 'müssen', 'mussten', 'sollen', 'sollten', 'dürfen',
  'durften', 'wollen', 'wollten',
]);
/** Articles only a masculine or neuter genitive in the singular follows. */
const GENITIVE_SINGULAR: ReadonlySet<string> = new Set(['des', 'eines']);
/** The two articles of a person of either sex (`der/die`: der, die). */
const PERSON_GENDERS = germanMorphology.nominalisedPerson!.split('/');
/** What a noun's article or adjective is tagged. */
const ATTRIBUTED: ReadonlySet<string> = new Set(['DET', 'ADJ']);
/** Words before an article that give it a case other than the nominative: a preposition, a noun it is the genitive of. */
const GOVERNS_ARTICLE: ReadonlySet<string> = new Set(['ADP', 'NOUN', 'PROPN']);
/** The word is the reading's plural, or its dative in -n (told without joining the two into a new string, issue 19). */
const isPluralOf = (w: string, r: Reading): boolean => r.plural !== undefined && (w === r.plural ||
  (w.length === r.plural.length + DATIVE_N.length && w.endsWith(DATIVE_N) && w.startsWith(r.plural)));
const DATIVE_N = germanMorphology.dativePluralEnding;

/**
 * The one gender in the singular that the article or adjective before word i fits and no plural does (`ein`, `das`,
 * `des neuen`, `ins`), for a noun nobody lists. `den` fits a masculine or a dative plural, which ends in -n or -s: a
 * word that does not is the masculine (`den Nordcourt`).
 */
function singularGender(v: SentenceView, i: number, w: string): Article | undefined {
  if (i === 0 || !(ATTRIBUTED.has(v.out[i - 1]!.upos) || v.lowerWords[i - 1]! in CONTRACTIONS)) return undefined;
  const before = agreementBefore(v, i);
  const plural = before?.pl === true && !(before.sg === DATIVE_PLURAL_OR.sg && !DATIVE_PLURAL_END.test(w));
  return before && !plural && !before.sg.includes(' ') ? before.sg as Article : undefined;
}

/** Whether a noun reading of `w` may follow the determiner: its gender in the singular, or the plural. */
function agrees(det: Agreement, w: string, r: Reading): boolean {
  // An adjective declined as a noun that the lists give as neuter only takes any article's gender, a person's or a
  // thing's (`die Private`, `das Private`): the lists give most of them so whatever they name.
  if (r.adjectival && r.gender === NOMINALISED_GENDER) return true;
  // Not a form of the plural, the dative's too (`Spielen` of Spiel, Spiele).
  const singular = !isPluralOf(w, r) || w === r.lemma || r.singularToo === true;
  return (singular && r.gender !== undefined && det.sg.includes(r.gender)) || (isPluralOf(w, r) && det.pl);
}

/**
 * Whether `w` is `r`'s plural as the words before it allow: its dative in -n only after a determiner that may be a
 * dative plural's (`den`, `ihren`) or none (`mit Armen`), not after `die` or `der` (`die Armen`: the poor).
 */
function pluralHere(w: string, r: Reading, before: Agreement | undefined): boolean {
  if (w === r.plural) return true;
  return isPluralOf(w, r) && (before === undefined || (before.pl && before.sg === DATIVE_PLURAL_OR.sg));
}
/** The article before a masculine nominative (`der Arme`), which is the genitive plural's too (`der Arme` of Arm). */
const MASCULINE_NOMINATIVE = 'der';

/**
 * What the words before a noun agree with: its determiner, past inflected adjectives (`das neue Abkommen`; after a
 * bare `ein` their ending: `ein neues Teil`), or with no determiner the ending of the adjective before it (`mit neuem
 * Abkommen`; a capitalised one may be invariant: `Berliner Abkommen`).
 */
function agreementBefore(v: SentenceView, i: number): Agreement | undefined {
  let adjective: string | undefined;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const det = DETERMINER_AGREES.get(v.lowerWords[j]!);
    if (det) return (adjective && EIN_WORDS.includes(v.lowerWords[j]!) ? AFTER_BARE_EIN[adjectiveEnding(adjective) ?? ''] : undefined) ?? det;
    if (v.out[j]!.upos !== 'ADJ') {
      if (adjective === undefined || v.out[j]!.upos === 'DET' || v.out[j]!.upos === 'PRON') return undefined;
      break;
    }
    adjective ??= startsUpper(v.words[j]!) ? '' : v.lowerWords[j]!;
  }
  const end = adjective ? adjectiveEnding(adjective) : undefined;
  return end ? STRONG_ADJECTIVE[end] : undefined;
}

const adjectiveEnding = (adjective: string): string | undefined => germanMorphology.adjectiveEndings.find((e) => adjective.endsWith(e));

/** Pronouns of quantity before a nominalised adjective in the neuter's weak form (`alles Gute`). */
const WEAK_QUANTITIES = new Set(['alles', 'allem']);

/**
 * Whether the words before an adjective declined as a noun (`r`, written `w`) make it a neuter singular: `only` (`das`,
 * `ins`, `alles Gute`, `nichts Neues`), `may` (`dem`, `im`, `des`: masculine too), `no` (`die`, `der`, `jeden`, and with
 * no article the weak form or -en, which a neuter singular takes only after one: `Grüne und Liberale`, `mit Grünen`; an
 * article is the noun's across a phrase that qualifies it, `das aus Kundensicht Problematische`), or
 * undefined where they do not say. One joined to another such noun shares its article (`im Großen und Ganzen`, `das
 * Gute und Schöne`); one before a first name is a person (`dem Grünen Ole Brandt`).
 */
function neuterBefore(v: SentenceView, i: number, w: string, r: Reading): 'only' | 'may' | 'no' | undefined {
  // Before a first name it is the person's role (`dem Grünen Ole Brandt`).
  if (i + 1 < v.n && FIRST_NAMES.has(v.words[i + 1]!)) return 'no';
  const before = agreementBefore(v, i) ?? qualifiedArticle(v, i);
  if (before) return before.sg === NOMINALISED_GENDER && !before.pl ? 'only' : before.sg.includes(NOMINALISED_GENDER) ? 'may' : 'no';
  const prev = i > 0 ? v.lowerWords[i - 1]! : '';
  if (WEAK_QUANTITIES.has(prev) || (QUANTITY_PRONOUNS.has(prev) && w.endsWith(NEUTER_STRONG))) return 'only';
  const joined = i > 1 && v.out[i - 1]!.upos === 'CCONJ' ? v.out[i - 2]! : undefined;
  if (joined && startsUpper(v.words[i - 2]!) && (joined.adjectival || joined.upos === 'ADJ')) return neuterBefore(v, i - 2, v.words[i - 2]!, joined);
  return w === r.lemma || w === r.plural ? 'no' : undefined;
}

/**
 * What the article of a noun agrees with across a phrase that qualifies the noun, opened right after the article with a
 * preposition or an adverb (`das aus Kundensicht Problematische`), in its clause before any finite verb; the article may
 * have been read as the pronoun it is spelt like.
 */
function qualifiedArticle(v: SentenceView, i: number): Agreement | undefined {
  for (let j = i - 2; j >= v.clauseFrom[i]!; j--) {
    const r = v.out[j]!;
    if ((r.upos === 'VERB' || r.upos === 'AUX') && !r.nonFinite) return undefined;
    const det = DETERMINER_AGREES.get(v.lowerWords[j]!);
    // One inside the phrase is its noun's (`das aus Sicht der Kunden Problematische`).
    if (det && QUALIFIER_OPENS.has(v.out[j + 1]!.upos)) return det;
  }
  return undefined;
}

/** How many readings of `upos` a word has. */
function countOf(rs: readonly Reading[], upos: Upos): number {
  let k = 0;
  for (const r of rs) if (r.upos === upos) k++;
  return k;
}

/** A listed place spelt like the word (`Polen`), among its readings. */
const placeOf = (w: string, rs: readonly Reading[]): Reading | undefined => rs.find((o) => o.upos === 'PROPN' && o.lemma === w && o.source !== 'guess');

/** The reading of the verb with the participle's prefix before `r`'s (`gehören` beside hören's `gehört`). */
const geVerbOf = (rs: readonly Reading[], r: Reading): Reading | undefined =>
  rs.find((o) => o.upos === 'VERB' && o.source === 'lex' && o.lemma === PARTICIPLE_PREFIX + r.lemma);

/** The other verbs whose participle or infinitive the word may be (`gefallen`: fallen beside gefallen). */
const otherNonFinite = (rs: readonly Reading[], r: Reading): Reading[] => rs.filter((o) => o.upos === 'VERB' && o.nonFinite && o.lemma !== r.lemma);

/**
 * Each correction states in `word` what the word alone must be (its form, readings and the choice), which the tagger
 * asks once per word and reading, and in `tag` what the sentence must be.
 */
const CORRECT: readonly TagCorrection[] = [
  {
    // A person named by an adjective before a first name is the noun of a role (`der Vorsitzende Ole Brandt`, `die
    // Angeklagte Anna Berg`): an adjective before a name is written in lower case (`der junge Ole`). Before the
    // agreement below, which then chooses its gender.
    name: 'role before a first name',
    upos: ['ADJ'],
    word: (w, _lw, rs, r) => r.upos === 'ADJ' && startsUpper(w) && has(rs, 'NOUN'),
    tag: ({ v, i, lw, rs }) => i > 0 && i + 1 < v.words.length && FIRST_NAMES.has(v.words[i + 1]!) ? pick(rs, 'NOUN', lw) : undefined,
  },
  {
    // Nouns that share the form (`Abkommen`: das Abkommen, the plural of der Abkomme; `Gründen`: Grund, das Gründen):
    // the words before choose by gender and number (`das Abkommen`, `die Arme` of Arm, `aus diesen Gründen`), then
    // among those that agree a lemma far more frequent than the rest (`den Abkommen`, `Abkommen sind`).
    name: 'noun by agreement and frequency',
    upos: ['NOUN'],
    word: (_w, _lw, rs, r) => r.upos === 'NOUN' && countOf(rs, 'NOUN') >= 2,
    tag({ v, i, w, rs }, r) {
      let nouns = narrowed(rs, (o) => o.upos === 'NOUN');
      const before = agreementBefore(v, i);
      const fit = before ? narrowed(nouns, (o) => agrees(before, w, o)) : nouns;
      if (fit.length) nouns = fit;
      // One lemma of several genders as written after an article that fits them all is the article's nominative
      // (`der Vorsitzende`, not the feminine's dative), unless a preposition governs the article (`in der See`) or it
      // follows a noun as its genitive (`ein Teil der Beute`).
      const governed = i > 1 && GOVERNS_ARTICLE.has(v.out[i - 2]!.upos);
      const nominative = i > 0 && !governed && nouns.every((o) => o.lemma === w) ? narrowed(nouns, (o) => o.gender === v.lowerWords[i - 1]) : NO_READINGS;
      if (nominative.length && nominative.length < nouns.length) nouns = nominative;
      // A noun no dictionary lists (`das Patente`, which the lists derive from an adjective) is no rival of one it lists.
      const listed = narrowed(nouns, (o) => !o.unglossed);
      if (listed.length) nouns = listed;
      // Nor is an adjective declined as a noun of another noun's plural spelt alike (`beide Arme`, `ihre Rechte`: Arm,
      // Recht, not der/die Arme, Rechte), unless its article makes it a singular's nominative (`Der Arme schwieg`); the
      // lists' strong form of it is no other noun (`Toter`, plural Tote).
      const declined = nouns.find((o) => o.adjectival);
      if (declined && nouns.some((o) => !o.adjectival && !o.lemma.startsWith(declined.lemma) && pluralHere(w, o, before)) &&
        !(v.lowerWords[i - 1] === MASCULINE_NOMINATIVE && !governed && w === declined.lemma)) nouns = narrowed(nouns, (o) => !o.adjectival);
      const lemma = frequentLemma(nouns, w);
      const choice = lemma === undefined ? (nouns.includes(r) ? r : nouns[0]!) : r.lemma === lemma && nouns.includes(r) ? r : nouns.find((o) => o.lemma === lemma)!;
      return choice === r ? undefined : choice;
    },
  },
  {
    // A place spelt like another noun's plural (`Polen`: Pole, `Bayern`: Bayer) is the place unless a determiner, a
    // number, an adjective or a noun before it makes a plural phrase (`die Polen`, `viele Bayern`, `Millionen Polen`).
    name: 'place or plural',
    upos: ['NOUN'],
    word: (w, _lw, rs, r) => r.upos === 'NOUN' && r.lemma !== w && isPluralOf(w, r) && placeOf(w, rs) !== undefined,
    tag: ({ v, i, w, rs }) => !(i > 0 && PLURAL_PHRASE.has(v.out[i - 1]!.upos)) ? placeOf(w, rs) : undefined,
  },
  {
    // Verbs that share the form (`fällt`: fallen, fällen): the one met far more often, so that a particle joins the
    // verb meant (`fällt … aus` is ausfallen).
    name: 'verb by frequency',
    upos: ['VERB'],
    word: (_w, _lw, rs, r) => r.upos === 'VERB' && countOf(rs, 'VERB') >= 2,
    tag({ w, rs }, r) {
      const verbs = narrowed(rs, (o) => o.upos === 'VERB');
      const lemma = frequentLemma(verbs, w);
      return lemma === undefined || lemma === r.lemma ? undefined : verbs.find((o) => o.lemma === lemma);
    },
  },
  {
    // A participle two verbs share (`gefallen`: fallen, gefallen): the one its perfect's auxiliary goes with (`sind …
    // zum Opfer gefallen` is fallen, `hat ihm gefallen` is gefallen); the one after it is its own in a verb-final clause.
    name: 'participle by its auxiliary',
    upos: ['VERB'],
    word: (_w, _lw, rs, r) => r.upos === 'VERB' && r.nonFinite === true && rs.length >= 2 && otherNonFinite(rs, r).length > 0,
    tag({ v, i, rs }, r) {
      const { before, after } = auxiliariesOf(v, i);
      const aux = after ?? before;
      if (!aux || !(COPULA.has(aux.lemma) || POSSESSION.has(aux.lemma))) return undefined;
      const withSein = COPULA.has(aux.lemma);
      return PERFECT_WITH_SEIN.has(r.lemma) === withSein ? undefined : otherNonFinite(rs, r).find((o) => PERFECT_WITH_SEIN.has(o.lemma) === withSein);
    },
  },
  {
    // A participle spelt like a finite form of the verb with ge- before it (`gehört`: hören's participle, gehören's
    // present): with no auxiliary in its clause it is that verb's finite form (`Das Haus gehört Ole`, `Das gehört dazu`),
    // after a first part of its clause; one that opens a clause is a participle's (`…, geleitet von Ole Brandt`).
    name: 'ge- verb without auxiliary',
    upos: ['VERB'],
    word: (_w, _lw, rs, r) => r.upos === 'VERB' && r.nonFinite === true && geVerbOf(rs, r) !== undefined,
    tag({ v, i, rs }, r) {
      if (i === v.clauseFrom[i] || endsClause(v.words[i - 1]!)) return undefined;
      const { before, after } = auxiliariesOf(v, i);
      const ge = geVerbOf(rs, r);
      return before || after || !ge ? undefined : { ...ge, nonFinite: false };
    },
  },
  // `haben` is a full verb unless a participle shares its clause.
  {
    name: 'haben without participle',
    upos: ['AUX'],
    word: (_w, _lw, _rs, r) => r.upos === 'AUX' && POSSESSION.has(r.lemma),
    tag: ({ v, i }, r) => !governedNonFinite(v, i, false) ? asVerb(r) : undefined,
  },
  // The copula is a full verb when its clause has no predicate (`Ich war dort`).
  {
    name: 'sein without predicate',
    upos: ['AUX'],
    word: (_w, _lw, _rs, r) => r.upos === 'AUX' && COPULA.has(r.lemma),
    tag: ({ v, i }, r) => !governedNonFinite(v, i, false) && !predicateInClause(v, i) ? asVerb(r) : undefined,
  },
  // Modals and `werden` without an infinitive or participle are full verbs (`Ich will das`, `Er wird Arzt`).
  {
    name: 'modal without infinitive',
    upos: ['AUX'],
    word: (_w, lw, _rs, r) => r.upos === 'AUX' && !COPULA.has(r.lemma) && !POSSESSION.has(r.lemma) && lw !== PASSIVE_PARTICIPLE,
    tag: ({ v, i }, r) => !governedNonFinite(v, i, true) ? asVerb(r) : undefined,
  },
  {
    // `Sie`, `Ihnen` written with a capital inside the sentence address the reader (formal you), not she or they.
    name: 'formal address',
    upos: ['PRON'],
    word: (w, _lw, _rs, r) => r.upos === 'PRON' && r.lemma === THIRD_PLURAL && startsUpper(w),
    tag: ({ v, i }, r) => !v.sentenceStart(i) ? { ...r, lemma: FORMAL_ADDRESS } : undefined,
  },
  {
    // A name's genitive in -s (`genitiveName`) has the name as its lemma: `Walesas` is Walesa's.
    name: 'genitive name',
    upos: ['PROPN'],
    word: (w, _lw, _rs, r) => r.upos === 'PROPN' && r.source === 'guess' && /[^s]s$/.test(w) && w.length > 4 && !FIRST_NAMES.has(w),
    tag: ({ v, i, w }, r) => genitiveName(v, i, r) ? { ...r, lemma: w.slice(0, -1) } : undefined,
  },
  {
    // After a title (`Herr Dr. Sieben`, `die Firma Nordbau`) or a first name the lexicon lacks (`Jim Block`), a
    // capitalised noun is a surname, not the common noun it is spelled like. After a title or a first name the
    // language lists it is a person's, with no article or plural (`Jan Kraft`, not die Kraft, Kräfte); after another
    // name it may be a common noun still (`El Nordland-Gesetz`, `Hofer Aktivitäten`), whose article stays.
    name: 'surname',
    upos: ['NOUN'],
    word: (w, _lw, _rs, r) => r.upos === 'NOUN' && startsUpper(w) && !TITLES.has(w),
    tag({ v, i, w }, r) {
      if (i === 0 || v.sentenceStart(i)) return undefined;
      const before = v.words[i - 1]!, po = v.out[i - 1]!;
      // Only a noun's own form: an inflected one (`Sie zeigte Peter Fotos`) is the noun after a dative name. Titles, kinds
      // and first names are capitalised: a word in lower case before the noun (an article, mostly) is none of them.
      if (startsUpper(before) && (TITLES.has(before) || ((BUSINESS_KINDS.has(before) || FIRST_NAMES.has(before)) && r.lemma === w))) return { lemma: w, upos: 'PROPN', source: r.source };
      const afterName = po.upos === 'PROPN' && po.source === 'guess' && !INNER_CAPITAL.test(before) && !before.endsWith('s');
      return afterName ? { ...r, upos: 'PROPN', lemma: w } : undefined;
    },
  },
  {
    // A capital inside the sentence is no verb's. A form the lexicon knows only as a verb is, as the infinitive, the
    // nominalised verb (`das Bekanntwerden`, a neuter noun); otherwise a noun the lexicon lacks after an article or
    // adjective (`die Sparte`, not sparen's; `nach dem Abpfiff`), or else a name (`bei Xoogle`, as googeln's `google`),
    // which no surname follows (`Xoogle Drive`).
    name: 'capitalised verb form',
    upos: ['VERB'],
    word: (w, _lw, rs, r) => r.upos === 'VERB' && startsUpper(w) && !ALL_CAPS.test(w) && rs.every((o) => o.upos === 'VERB' && o.source !== 'closed'),
    tag({ v, i, w, lw, rs }) {
      if (v.sentenceStart(i)) return undefined;
      if (rs.some((o) => o.lemma === lw)) return { lemma: w, upos: 'NOUN', gender: NOMINALISED_GENDER, nominalised: true, source: 'rule' };
      const attributed = i > 0 && (v.out[i - 1]!.upos === 'DET' || v.out[i - 1]!.upos === 'ADJ');
      return { lemma: w, upos: attributed ? 'NOUN' : 'PROPN', source: 'rule' };
    },
  },
  {
    // A short noun right before an unknown capitalised word, with no article, is a first name
    // (`Horst Görtz`, `Ernst Thälmann`); titles (`Präsident Obama`) are longer or listed.
    name: 'first name',
    upos: ['NOUN'],
    word: (w, _lw, _rs, r) => r.upos === 'NOUN' && startsUpper(w) && w.length <= 6 && !w.endsWith('.') && !TITLES.has(w),
    tag({ v, i, w }, r) {
      const { n, readings, words, out } = v;
      if (i + 1 >= n) return undefined;
      if (i > 0 && NOUN_PHRASE_START.has(out[i - 1]!.upos)) return undefined;
      const next = readings[i + 1]!;
      const unknownName = next.length === 1 && next[0]!.upos === 'PROPN' && next[0]!.source === 'guess' && !INNER_CAPITAL.test(words[i + 1]!);
      return unknownName && (i + 2 >= n || !startsUpper(words[i + 2]!)) ? { ...r, upos: 'PROPN', lemma: w } : undefined;
    },
  },
  {
    // An adjective after a pronoun of quantity and before no noun is nominalised, though typed in lower case
    // (`nichts gutes`, `etwas besseres`: nichts Gutes).
    name: 'adjective after a quantity',
    upos: ['ADJ'],
    word: (w, lw, _rs, r) => r.upos === 'ADJ' && lw.endsWith(NEUTER_STRONG) && !startsUpper(w),
    tag: ({ v, i }, r) => i > 0 && QUANTITY_PRONOUNS.has(v.lowerWords[i - 1]!) && !v.nounAt(i + 1) ? { ...r, upos: 'NOUN' } : undefined,
  },
  {
    // An adjective's bare form written with a capital inside a sentence is a name (`bei Hurtig`, the club; `Ole Kurz`).
    // Not where it may still be the adjective capitalised by mistake, as in reviews: after the copula (`ist
    // Wunderbar`) or after an adverb or adjective that grades or lists it (`immer Frisch`), nor before a capitalised word,
    // whose name's phrase it opens (`Smart Home`, `mit Fertig Remoulade`), nor in capitals throughout (a headline's).
    name: 'capitalised bare adjective',
    upos: ['ADJ'],
    word: (w, lw, _rs, r) => r.upos === 'ADJ' && r.lemma === lw && startsUpper(w) && !ALL_CAPS.test(w),
    tag: ({ v, i, w }) => !v.sentenceStart(i) && !v.copulaBefore(i) && !GRADING.has(v.out[i - 1]!.upos) && !(i + 1 < v.n && startsUpper(v.words[i + 1]!))
      ? { lemma: w, upos: 'PROPN', source: 'rule' } : undefined,
  },
  {
    // Capitalised after a pronoun of quantity, an adjective in its neuter strong form is nominalised (`etwas Lautes`,
    // not der Laut; `nichts Gutes`, not das Gut): the neuter noun, cited in the weak form (das Laute).
    name: 'nominalised adjective after a quantity',
    upos: ['NOUN', 'PROPN', 'ADJ'],
    word: (w, lw, rs) => startsUpper(w) && lw.endsWith(NEUTER_STRONG) && has(rs, 'ADJ'),
    tag: ({ v, i, w }) => i > 0 && QUANTITY_PRONOUNS.has(v.lowerWords[i - 1]!) && !v.nounAt(i + 1)
      ? { lemma: w.slice(0, -NEUTER_STRONG.length) + NEUTER_WEAK, upos: 'NOUN', gender: NOMINALISED_GENDER, source: 'rule' } : undefined,
  },
  {
    // A word typed in lower case after an article is the noun it spells (`das hotel`).
    name: 'lower-case noun',
    upos: ['ADJ'],
    word: (_w, _lw, rs, r) => r.upos === 'ADJ' && r.source === 'guess' && has(rs, 'NOUN'),
    tag: ({ v, i, lw, rs }) => i > 0 && v.out[i - 1]!.upos === 'DET' && !v.nominalNext(i) ? pick(rs, 'NOUN', lw) : undefined,
  },
  {
    // An unknown capitalised word that may be a common noun (see Reading.common), after an article or adjective, is one
    // (a compound's, Reading.compound: `die Audiodateien`, Audiodatei), and so after a preposition fused with an article
    // (`zum Verhängnis`, `im Tiebreak`) unless a capitalised word goes on the name (`im Nordos Media Framework`); a month
    // stays UD's name (`im Jänner`). Acronyms and words with
    // inner capitals (`die EU`, `der EuGH`) stay names, but not for a part before a hyphen (`die NRW-Kältepumpe`).
    name: 'common noun after article',
    upos: ['PROPN'],
    word: (w, _lw, _rs, r) => r.upos === 'PROPN' && r.source === 'guess' && r.common === true && !INNER_CAPITAL.test(w.slice(w.lastIndexOf('-') + 1)) &&
      !germanMorphology.properNounLemmas.has(w),
    tag({ v, i, w }, r) {
      const attributed = i > 0 && (v.out[i - 1]!.upos === 'DET' || v.out[i - 1]!.upos === 'ADJ' ||
        (v.lowerWords[i - 1]! in CONTRACTIONS && !(i + 1 < v.n && startsUpper(v.words[i + 1]!))));
      if (!attributed && !plainCompound(v, i, r)) return undefined;
      if (r.compound) return { ...r.compound, upos: 'NOUN' };
      // No listed noun heads it: the words before it give its gender where they fit one only (`den Endstand`, `eine
      // Lasagne`), but not to a word before a name or a number, whose phrase it opens (`das Nordos Journal`).
      const named = i + 1 < v.n && (/^\p{N}/u.test(v.words[i + 1]!) || v.readings[i + 1]!.every((o) => o.upos === 'PROPN'));
      const gender = named ? undefined : singularGender(v, i, w);
      return gender ? { ...r, upos: 'NOUN', gender } : { ...r, upos: 'NOUN' };
    },
  },
  {
    // Any other unknown capitalised word (a loanword: `ein alternativer Nordbutton`, `das Flipboard`) after an article
    // or adjective that agrees with one gender in the singular only is a common noun of that gender. A name after an
    // article mostly has a number or another name after it (`das Nordphone 6`, `der Nordos Sensor`), or is a firm's,
    // feminine, after a `die` that fits a plural too (`die Nordhansa`), which this leaves alone. Not after a comma's
    // `das`, a relative pronoun before its clause's subject (`ein Buch , das Brandtmeyer schrieb`).
    name: 'unknown noun by agreement',
    upos: ['PROPN'],
    word: (w, _lw, _rs, r) => r.upos === 'PROPN' && r.common !== true && unknownCapitalised(w, r) && !FIRST_NAMES.has(w),
    tag({ v, i, w }, r) {
      const gender = i === 0 || !ATTRIBUTED.has(v.out[i - 1]!.upos) || nameAround(v, i) ? undefined : singularGender(v, i, w);
      return gender ? { ...r, upos: 'NOUN', gender } : undefined;
    },
  },
  {
    // An unknown capitalised word in -s that ends in no listed noun (not `Nordgans`), after a number or after an article or adjective that
    // fits a plural (`zwei Flipboards`, `eines der Flipboards`, `die Nordis`) or a masculine or neuter genitive (`des
    // neuen Flipboards`), is a loanword's plural or genitive: the noun without its -s (`Nordcouches`: -es). Not `-us` (`der Nordus`, Latin), `-as` (names: `die
    // Nordas`, `Thomas`; the plurals of nouns in -a are listed) nor `-ss`, and not before a number or a capitalised word,
    // whose name it opens (`die Nordos League`).
    name: 'unknown noun in -s',
    upos: ['PROPN', 'NOUN'],
    word: (w, _lw, _rs, r) => (r.upos === 'PROPN' || r.upos === 'NOUN') && r.common !== true && w.length >= 4 && unknownCapitalised(w, r) && /[^asu]s$/.test(w),
    tag({ v, i, w }, r) {
      if (nameAround(v, i)) return undefined;
      // Or the subject of a plural auxiliary right after it, with no name before it, nor one it is joined to (`Flipboards
      // sind …`; not `Brandt und Soares sind …`, two names).
      const joined = i > 1 && v.out[i - 1]!.upos === 'CCONJ' && NOMINAL.has(v.out[i - 2]!.upos);
      const subject = i + 1 < v.n && PLURAL_AUXILIARIES.has(v.lowerWords[i + 1]!) && (i === 0 || !NOMINAL.has(v.out[i - 1]!.upos)) && !joined;
      const counted = i > 0 && v.out[i - 1]!.upos === 'NUM' && v.words[i - 1] !== '1';
      const before = i > 0 && ATTRIBUTED.has(v.out[i - 1]!.upos) ? agreementBefore(v, i) : undefined;
      const genitive = i > 0 && (GENITIVE_SINGULAR.has(v.lowerWords[i - 1]!) || (i > 1 && v.out[i - 1]!.upos === 'ADJ' && GENITIVE_SINGULAR.has(v.lowerWords[i - 2]!)));
      return subject || counted || before?.pl || genitive ? { ...r, upos: 'NOUN', lemma: w.slice(0, SIBILANT_PLURAL.test(w) ? -2 : -1) } : undefined;
    },
  },
  {
    // An unknown capitalised word in -ern or -eln with no listed noun's compound reading, after a preposition, a
    // conjunction, a number, or an article or adjective that fits a plural (`von Werbeblockern`, `bei den Youtubern`,
    // `Freunden und Zwixeln`), is a noun's dative plural: the noun without its -n. Names take no such ending (the places
    // in -ern are listed: `Bayern`); not after a preposition fused with `dem` (`beim Googeln`: a nominalised verb).
    name: 'unknown dative plural',
    upos: ['PROPN', 'NOUN'],
    word: (w, _lw, _rs, r) => (r.upos === 'PROPN' || r.upos === 'NOUN') && r.compound === undefined && unknownCapitalised(w, r) && DATIVE_PLURAL.test(w),
    tag({ v, i, w }, r) {
      if (i === 0 || v.sentenceStart(i) || !DATIVE_PLURAL_AFTER.has(v.out[i - 1]!.upos) || nameAround(v, i)) return undefined;
      const before = ATTRIBUTED.has(v.out[i - 1]!.upos) || v.out[i - 1]!.upos === 'ADP' ? agreementBefore(v, i) : undefined;
      const article = ATTRIBUTED.has(v.out[i - 1]!.upos) || DETERMINER_AGREES.has(v.lowerWords[i - 1]!);
      return !article || before?.pl ? { ...r, upos: 'NOUN', lemma: w.slice(0, -1) } : undefined;
    },
  },
  {
    // An adjective declined as a noun that the lists give as neuter only (`das Private`, `das Grüne`) names people where
    // its words rule out a neuter singular: after `die`, `der`, `jeder` or no article in a form no neuter singular takes
    // (`Grüne und Liberale`, `für Private`): both articles, as a dictionary gives them (der/die Grüne). After `dem`, `im` or
    // `des` it may be either and stays the lists'. One they give another gender is neuter where only a neuter fits (`das
    // Gleiche`, `alles Gute`).
    name: 'article of an adjective declined as a noun',
    upos: ['NOUN'],
    word: (_w, _lw, _rs, r) => r.upos === 'NOUN' && r.adjectival === true && r.gender !== undefined && r.gender !== germanMorphology.nominalisedPerson,
    tag({ v, i, w }, r) {
      const neuter = neuterBefore(v, i, w, r);
      if (r.gender === NOMINALISED_GENDER) return neuter === 'no' ? { ...r, gender: germanMorphology.nominalisedPerson! } : undefined;
      return neuter === 'only' ? { ...r, gender: NOMINALISED_GENDER } : undefined;
    },
  },
  {
    // A noun the lexicon lists as masculine and feminine that is an adjective's or participle's (`Beauftragte`,
    // `Vorsitzende`, `Verletzte`, and compounds on them: `Datenschutzbeauftragte`) names a person of either sex: both
    // articles, as a dictionary gives them, whichever its article chose (`den Nordlandbeauftragten`). The derivation
    // decides, as a plain adjective's noun may be a thing of its own (die Weise, manner; die Taube, the pigeon), and a
    // listed word must be that adjective too (not der Rivale); not the strong form, a man (`ein Dritter`).
    name: 'person of either sex',
    upos: ['NOUN'],
    word: (w, _lw, rs, r) => {
      const [m, f] = PERSON_GENDERS;
      const end = germanMorphology.inflectedOnlyEnding;
      return r.upos === 'NOUN' && (r.gender === m || r.gender === f) && r.lemma.endsWith(end) && w !== r.lemma + germanMorphology.strongPerson!.ending &&
        rs.some((o) => o.upos === 'NOUN' && o.lemma === r.lemma && o.gender !== r.gender && (o.gender === m || o.gender === f)) &&
        (r.source !== 'lex' || has(rs, 'ADJ')) && germanMorphology.adjectiveStem!.test(r.lemma.slice(0, -end.length).toLowerCase());
    },
    tag: (_c, r) => ({ ...r, gender: germanMorphology.nominalisedPerson! }),
  },
  {
    // A name the lists give two genders (UD's currencies: das Mark, marrow; die Mark) as the article or adjective before
    // it agrees (`Die Mark wurde abgelöst`, `keine Mark`), as nouns of one form are chosen above.
    name: 'name of two genders by agreement',
    upos: ['PROPN'],
    word: (_w, _lw, rs, r) => r.upos === 'PROPN' && r.gender !== undefined && rs.some((o) => o.upos === 'PROPN' && o.lemma === r.lemma && o.gender !== undefined && o.gender !== r.gender),
    tag({ v, i, w, rs }, r) {
      const before = agreementBefore(v, i);
      return before && !agrees(before, w, r) ? rs.find((o) => o.upos === 'PROPN' && o.lemma === r.lemma && agrees(before, w, o)) : undefined;
    },
  },
  {
    // A currency's name right after its amount (`500 Mark`, `930 Millionen Mark`, `zwei Millionen D-Mark`) is the
    // currency, of its gender, where the lists give its letters another noun's too (das Mark, marrow): no article
    // chooses there.
    name: 'currency after its amount',
    upos: ['PROPN', 'NOUN'],
    word: (_w, _lw, _rs, r) => r.gender !== undefined && currencyGender(r.lemma) !== undefined && r.gender !== currencyGender(r.lemma),
    tag: ({ v, i }, r) => i > 0 && (v.out[i - 1]!.upos === 'NUM' || Object.hasOwn(SCALE_WORDS, v.words[i - 1]!) || VAGUE_NUMBERS.includes(v.words[i - 1]!))
      ? { ...r, gender: currencyGender(r.lemma) } : undefined,
  },
  {
    // A word the lexicon lacks that the words around it made a common noun, with no article that fits one gender only
    // (`der Reader`: also a feminine's dative; `andere Stakeholder`, a plural), takes its ending's gender (der).
    name: 'unlisted noun by its ending',
    upos: ['NOUN'],
    word: (_w, _lw, _rs, r) => r.upos === 'NOUN' && r.gender === undefined && r.source === 'guess' && unlistedGender(r.lemma) !== undefined,
    tag: (_c, r) => ({ ...r, gender: unlistedGender(r.lemma) }),
  },
];

/** The gender an unlisted common noun's ending gives (`UNLISTED_NOUN_GENDER_SUFFIXES`), after a stem of three letters. */
const unlistedGender = (lemma: string): Article | undefined =>
  UNLISTED_NOUN_GENDER_SUFFIXES.find(([e]) => (e.exec(lemma)?.index ?? 0) >= 3)?.[1];

/** The gender of the currency a noun names, of its part after a hyphen too (die D-Mark). */
const currencyGender = (lemma: string): Article | undefined => {
  const name = lemma.slice(lemma.lastIndexOf('-') + 1);
  return Object.hasOwn(CURRENCY_GENDERS, name) ? CURRENCY_GENDERS[name] : undefined;
};

export const germanTaggerRules: TaggerRules = { openers: OPENERS, copula: COPULA, choose: CHOOSE, correct: CORRECT };

