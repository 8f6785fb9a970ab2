/**
 * The shape of an analysed text, shared by the reader, the fact extractor, the quiz
 * generator and the CLI. Offsets are UTF-16 code units into the original string
 * (JavaScript string indices), so `text.slice(start, end)` is always the token.
 */

/** Universal Dependencies part-of-speech tags. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM'
  | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

/**
 * A noun's gender as the language writes it before the noun (German `der`, `die`, `das`): language data, so any
 * string here; the language's morphology maps the lexicon's gender codes to it (`MorphRules.genderArticles`).
 */
export type Article = string;

export interface Span {
  start: number;
  end: number;
}

export interface CompoundPart {
  /** The part as written inside the compound, without the linking element. */
  text: string;
  /** Linking element that followed this part in the compound (`s` in `Verteidigung|s|minister`), if any. */
  link?: string;
  /** Dictionary form of the part (the head's lemma for the last part). */
  lemma: string;
}

export interface Token extends Span {
  text: string;
  lemma: string;
  upos: Upos;
  /** Nouns: grammatical gender as its article, and the nominative plural where the lexicon knows it. */
  gender?: Article;
  plural?: string;
  /**
   * Separable verb: both the finite verb and its separated particle carry the joined
   * infinitive (`ankündigen`) and the index of the other half within the sentence.
   */
  sepVerb?: { lemma: string; partner: number };
  /** Compound split (`Waffenlieferungen` → Waffe|n + Lieferung); absent for simple words. */
  parts?: CompoundPart[];
  /** True when the dictionary gives a sense for the lemma or for every compound part. */
  glossed?: boolean;
  /**
   * The dictionary headword to show when the glossary lacks the lemma itself (step 06): the verb of a participle used
   * as an adjective (`besiedelt` → besiedeln), `Beamter` for `Beamte`, the head of a hyphenated compound.
   */
  gloss?: string;
  /**
   * The base word a learner looks up where a dictionary lists the word otherwise than UD's lemma (issue 14): `zweiten`
   * → zweite (lemma zweit), `meisten` → viel (lemma meist). The status key, the card and the click scorer use it.
   */
  baseWord?: string;
  /**
   * A person's name by the text's own evidence: a capitalised word it gives right after a first name, a title or a role
   * (`Ole Brandtner … Brandtner sagte`), read so in every paragraph. Its card shows it whole, as the name, not the
   * compound or the common noun its letters spell (Brand|tner; `Kraft`).
   */
  person?: true;
}

/**
 * A token as the engine makes it: a class rather than an object literal because V8 gives a class's instances room in
 * the object for the fields set on them later (gender, parts, sepVerb, glossed …), where a literal's grow a separate
 * store on each (issue 19: analysis a seventh faster). Only the five fields every token has are declared, so that the
 * others keep the order they are set in; its JSON and structured clone are a plain token's.
 */
export class TokenRecord implements Token {
  text: string;
  start: number;
  end: number;
  lemma: string;
  upos: Upos;

  constructor(text: string, start: number, end: number, lemma: string, upos: Upos) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.lemma = lemma;
    this.upos = upos;
  }
}

export interface Sentence extends Span {
  tokens: Token[];
}

export interface Analysis {
  sentences: Sentence[];
}
