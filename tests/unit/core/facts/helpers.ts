import { tokenize } from '../../../../src/core/tokenize';
import { germanTokenizerRules } from '../../../../src/core/de/abbreviations';
import { plainAnalysis } from '../../../../src/core/facts/plainAnalysis';
import type { Analysis } from '../../../../src/core/analysis';

/** Analysis from the tokenizer alone, as the CLI builds it until the tagging engine is wired in. */
export function analyze(text: string): Analysis {
  return plainAnalysis(tokenize(text, germanTokenizerRules));
}
