/**
 * Candidate readings (lemma + UPOS) of one word out of context (issue 4): the closed-class
 * table, the lexicon, then rules for what the lexicon lacks (comparison, ordinals, participles
 * used as adjectives, unknown words by suffix). Language data comes in as `MorphRules`.
 */
import type { Article, Upos } from '../../analysis';
import type { Lexicon, LexEntry } from './lexicon';
import { startsUpper } from '../capital';

export interface MorphRules {
  /** lower-case form → readings, most frequent first; `baseWord` where a learner looks up another word (`Reading`). */
  closedClass: ReadonlyMap<string, readonly { lemma: string; upos: Upos; baseWord?: string }[]>;
  adverbs: ReadonlySet<string>;
  /**
   * Endings that make an adverb of an adjective (German `-erweise`, `-ermaßen`: glücklicherweise, einigermaßen), which
   * open sentences as `adverbs` do: capitalised there, the compound splitter read them as nouns (Glücklicher|weise).
   */
  adverbEndings?: RegExp;
  auxiliaries: ReadonlySet<string>;
  separableParticles: ReadonlySet<string>;
  /** Inflected stem of comparison → positive (`besser` → `gut`). */
  irregularComparison: Readonly<Record<string, string>>;
  ordinalStems: Readonly<Record<string, string>>;
  /** Common-noun lemmas that UD tags PROPN (weekdays, months, currencies). */
  properNounLemmas: ReadonlySet<string>;
  /** Adjective endings, longest first (`en`, `em`, `er`, `es`, `e`). */
  adjectiveEndings: readonly string[];
  /** Vowel → umlaut pairs for comparison (`a` → `ä`). */
  umlauts: Readonly<Record<string, string>>;
  /** Nouns are written with a capital (German): a lower-case form of a listed noun is a misspelling, read last. */
  capitalisedNouns: boolean;
  /** The lexicon's gender codes (`m`, `f`, `n`) as the article a learner sees before the noun (German `der`, `die`, `das`). */
  genderArticles: Readonly<Record<string, Article>>;
  /** Case endings the lexicon's noun lists leave out, with the genders (`m`, `f`, `n`) that take them. */
  nounCaseEndings: readonly (readonly [ending: string, genders: string])[];
  /** The dative plural ending added to a listed plural (`Worte` → `Worten`). */
  dativePluralEnding: string;
  /**
   * A plural ending beside the one the lexicon gives (German `-e`: `Worte` beside `Wörter`),
   * which it lists as a form only: before the dative plural's ending that form is the plural.
   */
  secondPluralEnding?: string;
  /**
   * The strong ending and gender (lexicon code) of a person named by an adjective, which the lists give in the weak
   * form only, for either sex (German `r`, `m`: `ein Abgeordneter`, `Nordländer wählen Beigeordneter`, of der/die
   * Abgeordnete): a form that is such a noun's lemma, listed for that gender and another, plus the ending.
   */
  strongPerson?: { ending: string; gender: string };
  /** The ending of borrowed plurals and of genitives, which a word the lexicon lacks may carry (`Highlights`). */
  pluralS: string;
  /**
   * The plural of the suffix that makes a woman's noun of a man's (German `innen`: `Gamerinnen` ← der Gamer): after
   * such a noun (a listed one, or one in the agent noun's suffix) it is no compound's head's end (not Game|rinnen).
   */
  femininePlural?: string;
  /** The infinitive marker, also inside particle verbs (`anzukündigen`). */
  infinitiveMarker: string;
  /** Comparative and superlative endings (`-er`, `-est`, `-st`). */
  comparisonEndings: readonly string[];
  /** A prefix that intensifies a superlative (`aller`: `allergrößte` is groß). */
  superlativePrefix?: string;
  /** Endings of participles, which inflect as adjectives (`kommend`, `gestiegen`, `gesagt`). */
  participleEndings: readonly string[];
  /** Ordinals of numerals the lexicon lacks (`zwanzigst`, `einundzwanzigst`). */
  ordinalNumeral: RegExp;
  /**
   * The ending a dictionary writes after the stem of an adjective used only inflected (German `e`: zweite, nächste,
   * untere): an ordinal's or one of `inflectedOnly`, whose analysis lemma (UD's) is the bare stem. A nominalised
   * adjective is cited with it too (der/die 18-Jährige).
   */
  inflectedOnlyEnding: string;
  /** Adjective stems besides the ordinals that are used only inflected (`nächst`, `unter`, `ober`). */
  inflectedOnly: ReadonlySet<string>;
  /**
   * Comparatives a dictionary lists as adjectives of their own meaning (`weiter`: further, additional; `früher`:
   * former): the base word of their forms (`weitere`), while the analysis lemma stays UD's positive (`weit`).
   */
  ownComparatives: ReadonlySet<string>;
  /** A lower-case word the lexicon lacks that is a verb by its ending (`-ieren`). */
  unknownVerb: RegExp;
  /**
   * The lemma of a capitalised word the lexicon lacks that is, by its inflected ending, an adjective made from a name
   * (German `Merkelsche` → Merkelsch), which it is before a common noun (`die Merkelsche Politik`).
   */
  nameAdjective?: (word: string) => string | undefined;
  /** Place names an adjective may come from (`Hamburger` → Hamburg, `Bremer` → Bremen). */
  placesOfAdjective: (word: string) => readonly string[];
  /**
   * Places the language lists beside the lexicon's (whose glossary marks some countries as no place: `Russland` is
   * only neuter there), and parts of them named by a compass point (`Ostnordland`): a capitalised word they name is a
   * name, never a compound of nouns (not Ruß|land).
   */
  listedPlace: (word: string) => boolean;
  /**
   * The end of an adjective's stem by its derivation (`-lich`, `-bar`, `-end`, a participle's `ge…t`): a lower-case
   * word nobody lists that is such a stem plus an adjective ending is read as that stem (`selbstfahrende` →
   * selbstfahrend, `zugekauftes` → zugekauft), as an adjective's lemma is uninflected.
   */
  adjectiveStem?: RegExp;
  /** Nouns of the one who does what a verb says: the suffix on the verb's stem, their gender and the verb's endings. */
  agentNoun?: { suffix: string; gender: Article; verbEndings: readonly string[] };
  /**
   * The articles of an adjective nominalised after a figure, a person of either sex (German `der/die`: der/die
   * 18-Jährige), as dictionaries give them.
   */
  nominalisedPerson?: Article;
  /**
   * What the weak form of such a person adds in the plural (German `n`: der/die Verletzte, die Verletzten), for the
   * card of one the lexicon lacks (`Wohnungslose`, `18-Jährige`), which otherwise knew no plural.
   */
  nominalisedPersonPlural?: string;
  /**
   * Adjective suffixes that also spell a noun (German `los`: das Los): a capitalised word the lexicon lacks that ends in
   * one with an adjective's ending names a person of either sex (`die Wohnungslosen`: der/die Wohnungslose), which the
   * compound splitter would read as that noun's compound (das Wohnungslos).
   */
  nounSpellingAdjectiveSuffixes?: ReadonlySet<string>;
  /** The article of a verb's infinitive used as a noun (German `das`: das Herumsitzen). */
  nominalisedInfinitive?: Article;
  suffixRules: readonly { suffix: string; upos: 'NOUN' | 'ADJ' | 'VERB' | 'ADV'; cut: number; add: string; capital?: boolean; gender?: Article }[];
  /**
   * Noun suffixes of one gender: the article of a capitalised word nobody lists once an article makes it a common
   * noun (its part of speech is the sentence's to decide, not theirs).
   */
  nounGenderSuffixes?: readonly (readonly [ending: RegExp, gender: Article])[];
  /**
   * A word after which a capitalised word the lexicon lacks names a person: a first name, a title or a role (German
   * `Ole`, `Herr`, `Ministerin`, `Wirtschaftsminister`). The text's other uses of that word name the person too
   * (`Brandtner sagte`), not the compound or agent noun its letters spell (Brand|Tner; Mitte|Lehner). After a title or
   * a common first name (`sure`; a rarer one is spelt like words too: `eine Art Fenster`), a listed noun is a surname
   * too (`Ole Kraft`), which names the person where no article, adjective or preposition makes it the noun (`sagte
   * Kraft`, not `mit aller Kraft`).
   */
  nameBefore?: (word: string) => 'sure' | 'likely' | undefined;
}

export interface Reading {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
  /** Nouns and verbs of a form others of their kind share: the lexicon's frequency class (`LexEntry.frequency`). */
  frequency?: number;
  /** Where it came from; the tagger trusts 'closed' and 'lex' over rule guesses. */
  source: 'closed' | 'lex' | 'rule' | 'guess';
  /** Verbs: the form is a past participle, infinitive or zu-infinitive (non-finite). */
  nonFinite?: boolean;
  /** Nouns: a nominalised infinitive (`das Fragen`). */
  nominalised?: boolean;
  /**
   * Nouns: the form is the plural and a singular's case too, as its genitive is the form plus -s (`dem Herzen`, des
   * Herzens; `den Namen`): a singular determiner does not rule it out.
   */
  singularToo?: true;
  /**
   * Nouns: declined as an adjective, as the lexicon lists a listed adjective used as a noun (`das Private`, `das Arme`,
   * `der/die Verletzte`): its lemma the adjective with the weak ending, its plural that plus -n, no genitive -s (not
   * `das Finale`, des Finales). The lists give many of them as neuter only, which the sentence's words may overrule: a
   * person (die Private, der/die Grüne), or another noun's plural spelt alike (die Arme of der Arm).
   */
  adjectival?: true;
  /** Name guesses: the glossary knows the word, so after an article it is a common noun. */
  common?: boolean;
  /**
   * The glossary lacks the lemma (`LexEntry.unglossed`): an adjective that is a participle the lists give, no word of
   * its own; a noun the lists give that no dictionary does (`das Patente`, a nominalised adjective beside Patent's plural).
   */
  unglossed?: true;
  /** The base word a learner looks up where it differs from the lemma (`Token.baseWord`). */
  baseWord?: string;
  /**
   * Name guesses of a compound's form, of a verb's agent noun or of a word with a noun suffix of one gender (`common`):
   * the noun's reading, which an article before it makes the word.
   */
  compound?: Reading;
  /** Name guesses with a `compound` reading: its head ends no two listed place names, so no name need stand before it. */
  plainHead?: true;
  /** A person's name by the text's own evidence (`Readings.names`): `Token.person`. */
  person?: true;
}

const ACRONYM = /^\p{Lu}+$/u;

/** No lower-case letter (ASCII and Latin-1 checked without allocating). */
const isAllCaps = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const x = w.charCodeAt(i);
    if ((x >= 97 && x <= 122) || (x >= 0xdf && x <= 0xff && x !== 0xf7)) return false;
    if (x > 0xff) return w === w.toUpperCase();
  }
  return true;
};
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export function fromEntry(e: LexEntry, form: string, rules: MorphRules): Reading {
  if (e.kind === 'N') {
    // An acronym without a plural of its own names one thing (`EU`, `USA`, `NATO`); `PCs`, `AKWs` are common nouns.
    const acronym = e.lemma.length > 1 && ACRONYM.test(e.lemma) && (!e.plural || e.plural === e.lemma);
    const r: Reading = { lemma: e.lemma, upos: acronym || rules.properNounLemmas.has(e.lemma) ? 'PROPN' : 'NOUN', source: 'lex' };
    if (e.gender) r.gender = rules.genderArticles[e.gender];
    if (e.plural) r.plural = e.plural;
    if (e.frequency !== undefined) r.frequency = e.frequency;
    if (e.unglossed) r.unglossed = true;
    return r;
  }
  if (e.kind === 'V') {
    const r: Reading = { lemma: e.lemma, upos: rules.auxiliaries.has(e.lemma) ? 'AUX' : 'VERB', source: 'lex' };
    if (form === e.lemma || e.participles?.includes(form) || (e.particle && form.startsWith(e.particle + rules.infinitiveMarker))) r.nonFinite = true;
    if (e.frequency !== undefined) r.frequency = e.frequency;
    return r;
  }
  return e.unglossed ? { lemma: e.lemma, upos: 'ADJ', source: 'lex', unglossed: true } : { lemma: e.lemma, upos: 'ADJ', source: 'lex' };
}

/** The shortest tail of a word looked up as a listed participle (`endsUninflected`). */
const MIN_PARTICIPLE = 4;

/**
 * The shortest adjective or infinitive read as joined to a verb (`fest|gehalten`): shorter ones join participles used
 * as adjectives more often than verbs (`neu|gebaut`, `gut|gemeint`).
 */
const MIN_JOINED_WORD = 4;

/** Frequency classes a lemma must lead the others by to win on frequency alone (2³: eight times as frequent). */
const FAR_MORE_FREQUENT = 3;

/**
 * The lemma among readings of one part of speech met far more often than every other (`LexEntry.frequency`); none
 * where another's frequency is unknown, or where the word as written is another's lemma (`die Rate`, not a dative of
 * `Rat`; the infinitive `flößen`, not a subjunctive of `fließen`), unless a nominalised verb (`das Gründen`).
 */
export function frequentLemma(candidates: readonly Reading[], w: string): string | undefined {
  let best = candidates[0]!;
  for (const o of candidates) if ((o.frequency ?? -1) > (best.frequency ?? -1)) best = o;
  const top = best.frequency;
  if (top === undefined) return undefined;
  // The word in lower case only where a rival lemma is far less frequent: most calls never ask (issue 19).
  let lw: string | undefined;
  return candidates.every((o) => o.lemma === best.lemma ||
    (o.frequency !== undefined && o.frequency + FAR_MORE_FREQUENT <= top && (o.lemma.toLowerCase() !== (lw ??= w.toLowerCase()) || o.nominalised))) ? best.lemma : undefined;
}

/**
 * The readings with a far more frequent noun or verb first among those of its part of speech (`Abkommen`: das
 * Abkommen before der Abkomme), for whoever takes the first reading of a word out of context (a lookup).
 */
function frequentFirst(out: Reading[], word: string): Reading[] {
  for (const upos of ['NOUN', 'VERB'] as const) {
    const slots: number[] = [];
    for (let k = 0; k < out.length; k++) if (out[k]!.upos === upos) slots.push(k);
    if (slots.length < 2) continue;
    const same = slots.map((k) => out[k]!);
    const lemma = frequentLemma(same, word);
    if (lemma === undefined || same[0]!.lemma === lemma) continue;
    const ordered = [...same.filter((r) => r.lemma === lemma), ...same.filter((r) => r.lemma !== lemma)];
    slots.forEach((k, j) => { out[k] = ordered[j]!; });
  }
  return out;
}

/** Adds a reading unless one with the same lemma, tag and gender is there (`das`/`die Steuer` are two). */
function addReading(out: Reading[], r: Reading): void {
  for (const o of out) if (o.lemma === r.lemma && o.upos === r.upos && o.gender === r.gender) return;
  out.push(r);
}

export class Lemmatizer {
  private readonly cache = new Map<string, readonly Reading[]>();

  constructor(private readonly lex: Lexicon, private readonly rules: MorphRules) {
    this.umlautPairs = Object.entries(rules.umlauts);
  }

  /** All readings of a word as written; `sentenceStart` also tries it in lower case. */
  readings(word: string): readonly Reading[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const out = this.compute(word);
    for (let i = 0; i < out.length; i++) out[i] = this.withBaseWord(out[i]!, word);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  private compute(word: string): Reading[] {
    const out: Reading[] = [];
    if (!word.trim()) return out;
    const rules = this.rules;
    const lower = word.toLowerCase();

    // Numbers and punctuation (skipped for the common case, a word starting with a letter).
    const c0 = word.charCodeAt(0);
    const letter = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0x24f);
    if (!letter) {
      if (/^\d+\.$/.test(word)) return [{ lemma: word, upos: 'ADJ', source: 'rule' }];
      if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return [{ lemma: word, upos: 'NUM', source: 'rule' }];
      if (/^[\p{P}`´]+$/u.test(word)) return [{ lemma: word, upos: 'PUNCT', source: 'rule' }];
      if (/^[\p{S}]+$/u.test(word)) return [{ lemma: word, upos: word === '€' || word === '%' ? 'X' : 'SYM', source: 'rule' }];
    }

    // A closed-class verb written as its lemma is its infinitive (`sein`), which an auxiliary or `zu` governs.
    for (const r of rules.closedClass.get(lower) ?? []) {
      addReading(out, (r.upos === 'AUX' || r.upos === 'VERB') && r.lemma === lower ? { ...r, source: 'closed', nonFinite: true } : { ...r, source: 'closed' });
    }

    const allCaps = word.length > 1 && word !== lower && isAllCaps(word);
    const variants = allCaps ? [word, capitalise(lower), lower] : startsUpper(word.charAt(0)) ? [word, lower] : [word, capitalise(word)];
    // A lower-case word is a noun only when written so by mistake (`super`, `klasse` are
    // adjectives; `weitere` is `weit`): such readings wait until no other reading exists.
    const miswritten: Reading[] = [];
    for (const v of variants) {
      for (const e of this.lex.lookup(v)) {
        if (rules.capitalisedNouns && e.kind === 'N' && !startsUpper(v.charAt(0))) continue;
        if (e.kind !== 'N' && startsUpper(v.charAt(0))) continue;
        if (rules.capitalisedNouns && e.kind === 'N' && !allCaps && !startsUpper(word.charAt(0))) miswritten.push(fromEntry(e, v, rules));
        else addReading(out, this.declension(this.mixedSingular(fromEntry(e, v, rules), v)));
      }
    }
    for (const r of out) if (r.upos === 'NOUN' && r.lemma === word && this.lex.lemma(lower, 'V')) r.nominalised = true;
    if (startsUpper(word.charAt(0)) && !allCaps && !out.some((r) => r.upos === 'NOUN' || r.upos === 'PROPN')) {
      for (const e of this.nounForms(word)) addReading(out, fromEntry(e, word, rules));
    }
    if (rules.adverbs.has(lower)) addReading(out, { lemma: lower, upos: 'ADV', source: 'closed' });
    else if (rules.adverbEndings?.test(lower)) addReading(out, { lemma: lower, upos: 'ADV', source: 'rule' });
    // A verb form that is also a suppletive comparative (`bessere`: bessern / gut), or an inflected adjective of a
    // derivation that only the glossary lists, spelt as a form of a verb made on it (`verdächtigen`: verdächtig,
    // `willige`); not a participle's shape (`berichten`, `bewerten` are no forms of berichtet, bewertet), nor a verb's
    // stem nobody lists (berücksichtig).
    if (out.length && !startsUpper(word.charAt(0)) && !out.some((r) => r.upos === 'ADJ' || r.source === 'closed')) {
      for (const end of ['', ...rules.adjectiveEndings]) {
        const irr = lower.endsWith(end) ? rules.irregularComparison[lower.slice(0, lower.length - end.length)] : undefined;
        if (irr) { addReading(out, { lemma: irr, upos: 'ADJ', source: 'rule' }); break; }
      }
      const adjective = this.guessedAdjective(lower);
      if (adjective !== lower && !rules.participleEndings.some((e) => adjective.endsWith(e)) && this.lex.inGlossary(adjective) &&
        !out.some((r) => r.lemma === adjective)) addReading(out, { lemma: adjective, upos: 'ADJ', source: 'guess' });
    }
    // A capitalised comparison or participle form may open a sentence before its noun (`Weitere Fakten`), which the
    // noun it also spells (das Weitere) would hide.
    if (out.length && startsUpper(word.charAt(0)) && !allCaps && !out.some((r) => r.upos === 'ADJ')) {
      for (const r of this.adjectiveRules(lower)) addReading(out, r);
    }
    if (out.length) return this.withMiswritten(frequentFirst(out, word), miswritten);

    // Comparison, ordinals and inflected participles (lower-case words only).
    for (const r of this.adjectiveRules(lower)) addReading(out, r);
    if (out.length) return this.withMiswritten(out, miswritten);
    // A separable particle before a listed verb form (`vorbeischleichen`, `mitzustreiten`).
    if (!startsUpper(word.charAt(0))) for (const r of this.particleVerb(lower)) addReading(out, r);
    if (out.length) return this.withMiswritten(out, miswritten);
    const prefix = rules.superlativePrefix;
    if (prefix && lower.startsWith(prefix) && lower.length > prefix.length + 3 && !startsUpper(word.charAt(0))) {
      for (const r of this.readings(lower.slice(prefix.length))) if (r.upos === 'ADJ') addReading(out, { lemma: r.lemma, upos: 'ADJ', source: 'rule' });
    }
    if (out.length) return this.withMiswritten(out, miswritten);
    if (miswritten.length) {
      // No other reading: the adjective guess first (`super`), the noun as typed in lower case after.
      // Not where the noun is the word as typed: a nominalised infinitive's verb (`vereinbaren`) is no adjective's form.
      const asTyped = miswritten.some((r) => r.lemma === capitalise(lower));
      return [{ lemma: asTyped ? lower : this.guessedAdjective(lower), upos: 'ADJ', source: 'guess' }, ...miswritten];
    }
    for (const r of this.suffixGuess(word)) addReading(out, r);
    return out;
  }

  /**
   * A dictionary's base word where UD's lemma is another (issue 14): an adjective used only inflected in its
   * dictionary form (`zweit` → zweite, `nächst` → nächste); closed-class words carry theirs in their table
   * (`meisten`: meist, viel).
   */
  private withBaseWord(r: Reading, word: string): Reading {
    const rules = this.rules;
    if (r.upos !== 'ADJ' || r.baseWord) return r;
    const own = this.ownComparative(word.toLowerCase());
    if (own !== undefined) return { ...r, baseWord: own };
    if (!(rules.inflectedOnly.has(r.lemma) || rules.ordinalStems[r.lemma] === r.lemma || rules.ordinalNumeral.test(r.lemma))) return r;
    // The lexicon lists some as adjectives of their own; UD's lemma is then the positive (`nächst` → nah).
    return { ...r, lemma: rules.irregularComparison[r.lemma] ?? r.lemma, baseWord: r.lemma + rules.inflectedOnlyEnding };
  }

  /** A noun's reading marked `adjectival` where the lexicon lists it as an adjective declined as a noun (`Reading.adjectival`). */
  private declension(r: Reading): Reading {
    const { inflectedOnlyEnding: weak, dativePluralEnding: n, pluralS: s } = this.rules;
    const lemma = r.lemma;
    if (r.upos !== 'NOUN' || !lemma.endsWith(weak) || (r.plural !== undefined && r.plural !== lemma + n)) return r;
    if (!this.lex.lemma(lemma.slice(0, -weak.length).toLowerCase(), 'A')) return r;
    return this.lex.lookup(lemma + s).some((e) => e.kind === 'N' && e.lemma === lemma) ? r : { ...r, adjectival: true };
  }

  /** A noun's reading of its plural form marked as a singular's too where its genitive adds -s to it (`Herzen`, Herzens). */
  private mixedSingular(r: Reading, form: string): Reading {
    if (r.upos !== 'NOUN' || r.plural !== form || form === r.lemma) return r;
    const genitive = form + this.rules.pluralS;
    return this.lex.lookup(genitive).some((e) => e.kind === 'N' && e.lemma === r.lemma) ? { ...r, singularToo: true } : r;
  }

  /** The comparative of its own meaning a form inflects (`weiteren` → weiter), if any. */
  private ownComparative(w: string): string | undefined {
    if (this.rules.ownComparatives.has(w)) return w;
    const end = this.rules.adjectiveEndings.find((e) => w.endsWith(e) && this.rules.ownComparatives.has(w.slice(0, -e.length)));
    return end === undefined ? undefined : w.slice(0, -end.length);
  }

  /**
   * The lemma of a lower-case word guessed to be an adjective nobody lists: without its ending where what is left has
   * an adjective's derivation (`selbstfahrende` → selbstfahrend; `MorphRules.adjectiveStem`), else the word.
   */
  guessedAdjective(w: string): string {
    const stem = this.rules.adjectiveStem;
    if (!stem) return w;
    const end = this.rules.adjectiveEndings.find((e) => w.length > e.length + 3 && w.endsWith(e) && stem.test(w.slice(0, -e.length)));
    return end === undefined || this.endsUninflected(w, stem) ? w : w.slice(0, -end.length);
  }

  /**
   * A word that ends in a listed participle as written, or an adjective of a participle's shape, is uninflected
   * (`ungeschnitten`: geschnitten, not ungeschnitt + en); not an infinitive (`…kaufen`), an inflected form (`…gekauften`)
   * nor a plain adjective that happens to end it (`unverschlüs|selten`).
   */
  private endsUninflected(w: string, stem: RegExp): boolean {
    for (let i = 1; i <= w.length - MIN_PARTICIPLE; i++) {
      const tail = w.slice(i);
      const listed = (r: Reading): boolean => r.source === 'lex' && (r.upos === 'ADJ' ? r.lemma === tail && stem.test(tail) : r.nonFinite === true && r.lemma !== tail);
      if (this.readings(tail).some(listed)) return true;
    }
    return false;
  }

  /**
   * `vorbei` + `schleichen`: particle verbs the lexicon does not list, from their verb; also an adjective, participle or
   * infinitive joined to a verb's non-finite form (`verloren|gegangen`, `fest|zuhalten`, `sitzen|geblieben`), which
   * writes a verb of its own.
   */
  private particleVerb(w: string): Reading[] {
    for (let k = 2; k <= Math.min(10, w.length - 4); k++) {
      const particle = w.slice(0, k);
      const joined = !this.rules.separableParticles.has(particle);
      // An infinitive joins a participle only (`sitzen|geblieben`; `zahlen|mäßigen` is no verb).
      const infinitive = joined && !this.lex.lemma(particle, 'A') && this.lex.lemma(particle, 'V') !== undefined;
      if (joined && (k < MIN_JOINED_WORD || !(infinitive || this.lex.lemma(particle, 'A')))) continue;
      const rest = w.slice(k);
      const marker = this.rules.infinitiveMarker;
      const zu = marker !== '' && rest.startsWith(marker) && rest.length > marker.length + 3;
      for (const form of zu ? [rest, rest.slice(marker.length)] : [rest]) {
        // After the zu of a zu-infinitive comes the infinitive, never a participle: `hinzu|gekommen`, not hin|zu|gekommen.
        const afterZu = form !== rest;
        for (const e of this.lex.lookup(form)) {
          if (e.kind !== 'V' || e.particle || (afterZu && e.lemma !== form)) continue;
          const r = fromEntry(e, form, this.rules);
          if (joined && !(infinitive ? e.participles?.includes(form) : r.nonFinite || zu)) continue;
          return [{ lemma: particle + e.lemma, upos: 'VERB', source: 'rule', ...(r.nonFinite || (zu && form !== rest) ? { nonFinite: true } : {}) }];
        }
      }
    }
    return [];
  }

  private withMiswritten(out: Reading[], miswritten: readonly Reading[]): Reading[] {
    for (const r of miswritten) if (!out.some((o) => o.lemma === r.lemma && o.upos === r.upos)) out.push(r);
    return out;
  }

  /**
   * Noun entries of a form, also for case endings the lists leave out (`Jahres`, `Herrn`):
   * genitive -(e)s and dative -e of masculine and neuter nouns, -(e)n of weak masculines.
   */
  nounForms(word: string): LexEntry[] {
    // The compound splitter asks this for every suffix of a word: no array unless there is a hit.
    const all = this.lex.lookup(word);
    if (all.length) {
      const direct = all.filter((e) => e.kind === 'N');
      if (direct.length) return direct;
    }
    for (const [end, genders] of this.rules.nounCaseEndings) {
      if (word.length <= end.length + 2 || !word.endsWith(end)) continue;
      const e = this.lex.lemma(word.slice(0, -end.length), 'N');
      if (e && e.gender && genders.includes(e.gender)) return [e];
    }
    // Dative plural -n of a plural the lexicon lists without it (`Worten` ← `Worte`), also of a second plural it lists
    // as a form of the noun only (`Worte` beside `Wörter`): no singular case of a noun that lists one ends so.
    const dat = this.rules.dativePluralEnding;
    if (dat && word.endsWith(dat) && word.length > 3 + dat.length) {
      const stem = word.slice(0, -dat.length);
      const second = this.rules.secondPluralEnding;
      for (const e of this.lex.lookup(stem)) if (e.kind === 'N' && (e.plural === stem || (second && e.plural && e.plural !== stem && stem === e.lemma + second))) return [e];
    }
    const strong = this.rules.strongPerson;
    if (strong && word.endsWith(strong.ending) && word.length > 3 + strong.ending.length) {
      const stem = word.slice(0, -strong.ending.length);
      const entries = this.lex.lookup(stem).filter((e) => e.kind === 'N' && e.lemma === stem);
      const own = entries.find((e) => e.gender === strong.gender);
      if (own && entries.some((e) => e.gender !== strong.gender)) return [own];
    }
    return [];
  }

  /** `größeren` → groß, `ersten` → erst, `gestiegenen` → gestiegen, `kommenden` → kommend. */
  adjectiveRules(w: string): Reading[] {
    const rules = this.rules;
    const out: Reading[] = [];
    const stems = [w];
    for (const end of rules.adjectiveEndings) if (w.length > end.length + 2 && w.endsWith(end)) stems.push(w.slice(0, -end.length));
    for (const s of stems) {
      const ord = rules.ordinalStems[s];
      if (ord) return [{ lemma: ord, upos: 'ADJ', source: 'rule' }];
      const irr = rules.irregularComparison[s];
      if (irr) return [{ lemma: irr, upos: 'ADJ', source: 'rule' }];
    }
    for (const s of stems) {
      // Participles used as adjectives: the inflected form of a participle the lexicon lists.
      if (s !== w) {
        // A past participle the verb lists, or a present one built on its infinitive (`entscheidend`); not a
        // finite form with a participle's ending (`stärkst` of stärken is `stärkste` → stark).
        for (const e of this.lex.lookup(s)) if (e.kind === 'V' && rules.participleEndings.some((x) => s.endsWith(x)) && (e.participles?.includes(s) || (s.startsWith(e.lemma) && s !== e.lemma))) {
          return [{ lemma: s, upos: 'ADJ', source: 'rule' }];
        }
      }
      // Comparative -er / superlative -(e)st on a known adjective, with or without umlaut.
      for (const suf of rules.comparisonEndings) {
        if (!s.endsWith(suf) || s.length < suf.length + 2) continue;
        const base = s.slice(0, -suf.length);
        for (const cand of [base, this.deUmlaut(base)]) {
          if (cand && this.lex.lemma(cand, 'A')) return [{ lemma: cand, upos: 'ADJ', source: 'rule' }];
        }
      }
      // Ordinals of compound numerals (`zwanzigsten`, `einundzwanzigste`).
      if (rules.ordinalNumeral.test(s)) {
        return [{ lemma: s, upos: 'ADJ', source: 'rule' }];
      }
    }
    return out;
  }

  private readonly umlautPairs: readonly [string, string][];

  private deUmlaut(s: string): string | undefined {
    for (const [plain, uml] of this.umlautPairs) {
      const i = s.lastIndexOf(uml);
      if (i >= 0) return s.slice(0, i) + plain + s.slice(i + 1);
    }
    return undefined;
  }

  private suffixGuess(word: string): Reading[] {
    const cap = startsUpper(word.charAt(0));
    const lower = word.toLowerCase();
    // A plural in -n of a noun in -e the glossary lists is that noun's (`Burschen`: der Bursche, not a diminutive in
    // -chen), which step 02 reads from the glossary's word.
    const { secondPluralEnding: e, dativePluralEnding: n } = this.rules;
    if (cap && e && lower.endsWith(e + n) && this.lex.inGlossary(lower.slice(0, -n.length))) return [];
    for (const r of this.rules.suffixRules) {
      if (!lower.endsWith(r.suffix) || lower.length <= r.suffix.length + 2) continue;
      if (r.capital !== undefined && r.capital !== cap) continue;
      if (!r.capital && cap) continue;
      const lemma = (r.capital ? word : lower).slice(0, word.length - r.cut) + r.add;
      const g: Reading = { lemma, upos: r.upos, source: 'guess' };
      if (r.gender) g.gender = r.gender;
      return [g];
    }
    return [];
  }
}
