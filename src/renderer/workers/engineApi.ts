/**
 * The renderer's engine worker contract: an object of functions, exposed with comlink. The
 * quiz functions (issue 7) join this object later; every function takes and returns plain data.
 */
import type { DictEntry, LemmaCandidate, Sentence, Span, SplitResult, WordLookup, WordReading } from '../../core';
import type { CardListener } from './cardCache';
import type { PackApi } from './packApi';
import type { QuizApi } from './quizApi';

export interface EngineProgress {
  /** `load`: fetching and indexing assets; `analyze`: tokens tagged so far. */
  stage: 'load' | 'analyze';
  done: number;
  total: number;
}

/** Every word of a text in reading order: its status key and its offset into the text. */
export interface WordKeys {
  keys: string[];
  starts: number[];
}

export type ProgressCallback = (progress: EngineProgress) => void;

export interface EngineApi extends QuizApi, PackApi {
  /** Loads the lexicon and the English glossary (once; later calls return at once). */
  ready(onProgress?: ProgressCallback): Promise<{ languages: string[] }>;
  /** Analyses each span of `text` (paragraphs); offsets in the result are into `text`. */
  analyze(text: string, spans: Span[], onProgress?: ProgressCallback): Promise<Sentence[][]>;
  /**
   * The status key and offset (into `text`) of every word of the paragraphs `spans`, analysed as `analyze` analyses
   * them, for the library's unknown-word count (domain/lemmaIndex.ts).
   */
  wordKeys(text: string, spans: Span[]): Promise<WordKeys>;
  /**
   * The glossary card (core `lookupWord`, as the CLI's) of a word as written, in a target language
   * (`en`, `tr`, `ru`); `reading` is the lemma the reader's analysis found for it in its sentence,
   * `context` that sentence's words (they choose among senses: `sich`, an idiom's preposition).
   */
  lookupWord(word: string, reading: LemmaCandidate, lang: string, context?: string[]): Promise<WordLookup>;
  /**
   * Prepares the glossary cards of an article whose analysis the page has without asking (a bundled article's shipped
   * reading, shippedReadings.ts), as after an analysis of this worker's own, less the cards shipped with it (their
   * keys), which the page has.
   */
  prepareCards(text: string, paragraphs: Sentence[][], shipped: string[]): Promise<void>;
  /** Sends the page the glossary cards prepared after each analysis, as they are ready (preparedCards.ts). */
  watchCards(listener: CardListener): Promise<void>;
  /** Entries for a selected phrase: dictionary phrases that contain its words. */
  lookupPhrase(words: string[], lemmas: string[], lang: string): Promise<DictEntry[]>;
  lemmatize(word: string): Promise<WordReading[]>;
  /** A word's compound parts (core `Engine.split`): Compare outlets breaks long words at their joints. */
  split(word: string): Promise<SplitResult>;
}

/** What the worker's entry answers itself, before the service's code has loaded (engine.worker.ts). */
export interface EngineEntryApi {
  /**
   * Starts the loading thread of the English glossary (the engine's) at once (issue 19): the page opens at an article,
   * whose first click reads it, and the thread otherwise began only with the service's code, 0.4–0.7 s later on a busy
   * machine, and the analysis then waited for the glossary 0.2–0.4 s after the engine was built. At the library it
   * still starts with that code: started with the worker, its work fell while the page drew the library (assetsAhead.ts).
   */
  glossaryAhead(): Promise<void>;
}

/** Everything the engine worker answers. */
export type EngineWorkerApi = EngineApi & EngineEntryApi;
