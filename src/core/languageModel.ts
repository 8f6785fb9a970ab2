/**
 * Everything one language brings to the core (issue 13), wink-nlp style: the model is data plus
 * small functions, passed in; the steps under `analysis/`, `facts/` and `quiz/` know no language.
 * German is `de/index.ts`; `languages.ts` is the only module that imports it.
 */
import type { CompoundRules } from './analysis/04-compounds';
import type { GlossVariants } from './analysis/06-glossCoverage';
import type { FactsLanguage, NewsConventions } from './facts/language';
import type { GlossaryConventions } from './lookup';
import type { MorphRules } from './analysis/02-readings/lemmatizer';
import type { QuizLanguage } from './quiz/language';
import type { SepRules } from './analysis/05-separableVerbs';
import type { TaggerRules } from './analysis/03-tag';
import type { TokenizerRules } from './analysis/01-tokenize';

export interface LanguageModel {
  /** BCP-47 tag (`de`): the UI's `lang` attribute and the key in the registry. */
  tag: string;
  /** Tokenizer conventions: abbreviations that keep their period, elisions, ordinal dots. */
  tokenizer: TokenizerRules;
  /** Lexicon access and morphology: closed classes, suffix rules, irregular forms. */
  morphology: MorphRules;
  /** The tagger's language data (sentence openers, titles, copula …). */
  tagger: TaggerRules;
  separable: SepRules;
  compounds: CompoundRules;
  /** Headwords a glossary may list a word under when it lacks the lemma (`Beamte` → Beamter). */
  glossVariants: GlossVariants;
  /** How its glossary writes genders, regional words and reflexives (for the word lookup). */
  glossary: GlossaryConventions;
  /** How much the lower-cased words look like this language, 0–1: mostly the share of its function words. */
  detect: (words: readonly string[]) => number;
  facts: FactsLanguage;
  news: NewsConventions;
  quiz: QuizLanguage;
}

/** The analysis half of a model: what `createEngine` reads. */
export type AnalysisLanguage = Pick<LanguageModel, 'tokenizer' | 'morphology' | 'tagger' | 'separable' | 'compounds' | 'glossVariants'>;
