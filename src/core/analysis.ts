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
}

export interface Sentence extends Span {
  tokens: Token[];
}

export interface Analysis {
  sentences: Sentence[];
}
