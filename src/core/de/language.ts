/** Everything the engine needs to know about German, in one object (issue 4). */
import type { EngineLanguage } from '../engine';
import { germanTokenizerRules } from './abbreviations';
import { germanCompoundRules, germanMorphology, germanSepRules, germanTaggerRules } from './morphology';

export const germanLanguage: EngineLanguage = {
  tokenizer: germanTokenizerRules,
  morphology: germanMorphology,
  tagger: germanTaggerRules,
  separable: germanSepRules,
  compounds: germanCompoundRules,
};
