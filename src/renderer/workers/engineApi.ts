/**
 * The renderer's engine worker contract: an object of functions, exposed with comlink. The
 * quiz functions (issue 7) join this object later; every function takes and returns plain data.
 */
import type { CompoundPart, DictEntry, Sentence, Span, WordReading } from '../../core';
import type { PackApi } from './packApi';
import type { QuizApi } from './quizApi';

export interface EngineProgress {
  /** `load`: fetching and indexing assets; `analyze`: tokens tagged so far. */
  stage: 'load' | 'analyze';
  done: number;
  total: number;
}

export type ProgressCallback = (progress: EngineProgress) => void;

export interface PartGloss extends CompoundPart {
  /** First sense of the part's lemma in the chosen language, or null when the dictionary lacks it. */
  gloss: string | null;
}

export interface EngineApi extends QuizApi, PackApi {
  /** Loads the lexicon and the English glossary (once; later calls return at once). */
  ready(onProgress?: ProgressCallback): Promise<{ languages: string[] }>;
  /** Analyses each span of `text` (paragraphs); offsets in the result are into `text`. */
  analyze(text: string, spans: Span[], onProgress?: ProgressCallback): Promise<Sentence[][]>;
  /** Distinct status keys (lemmas) of the words in `text`, for the library's unknown-word count. */
  lemmaKeys(text: string): Promise<string[]>;
  /** Dictionary entries for a lemma in a target language (`en`, `tr`, `ru`). */
  lookup(lemma: string, lang: string): Promise<DictEntry[]>;
  /** Short glosses for compound parts. */
  glossParts(parts: CompoundPart[], lang: string): Promise<PartGloss[]>;
  /** Entries for a selected phrase: dictionary phrases that contain its words. */
  lookupPhrase(words: string[], lemmas: string[], lang: string): Promise<DictEntry[]>;
  lemmatize(word: string): Promise<WordReading[]>;
}
