/** The German language model: every German word and ending the core uses is reached from here. */
import type { LanguageModel } from '../languageModel';
import { germanTokenizerRules } from './abbreviations';
import { detectGerman } from './detect';
import { germanFactRules } from './factRules';
import { germanGlossary } from './glossary';
import { germanGlossVariants } from './glossVariants';
import { germanCompoundRules } from './compounds';
import { germanMorphology, germanSepRules } from './morphology';
import { germanNewsConventions } from './newsConventions';
import { germanQuizLanguage } from './quizLanguage';
import { germanTaggerRules } from './tagRules';

export const german: LanguageModel = {
  tag: 'de',
  tokenizer: germanTokenizerRules,
  morphology: germanMorphology,
  tagger: germanTaggerRules,
  separable: germanSepRules,
  compounds: germanCompoundRules,
  glossVariants: germanGlossVariants,
  glossary: germanGlossary,
  detect: detectGerman,
  facts: germanFactRules,
  news: germanNewsConventions,
  quiz: germanQuizLanguage,
};
