/**
 * The public API of the core (issue 13): what the hosts, the workers, the CLI, the renderer and the
 * scripts import. Nothing outside `src/core` imports a core module by its path (eslint.config.js),
 * so a step can move or split inside the core by changing one line here.
 *
 * A language is reached through the registry only: callers ask `defaultLanguage` / `languageFor`
 * once and pass the model (or the engine built from it) down; `de/` is not exported.
 */

// The language model and its registry.
export type { AnalysisLanguage, LanguageModel } from './languageModel';
export { defaultLanguage, languageFor } from './languages';

// Analysis: the token model, the engine that runs the steps, and the steps the evaluation scripts measure alone.
export type * from './analysis';
export { createEngine, MAX_TEXT, type Engine, type EngineAssets, type GlossedToken, type SplitResult, type WordReading } from './engine';
export { tokenize, type RawSentence, type RawToken, type TokenizerRules } from './analysis/01-tokenize';
export { glossaryWordLines, parseLexicon, type Lexicon } from './analysis/02-readings/lexicon';
export { isAffix } from './analysis/04-compounds';
export { glossaryWordsToRecord } from './analysis/02-readings/glossaryWords';

// The English dictionary and the one word lookup on top of engine and dictionary.
export {
  ASSET_MAGIC, ASSET_VERSION, MAX_PHRASES_PER_WORD, encodeHeadword, encodePlural, formExtraWords, isPhraseForm, parseDictionary, phraseWords, wording,
  type DictEntry, type Dictionary, type ParseOptions, type PhraseMarkers,
} from './dictionary';
export { type Deflate, decodePhraseIds, encodePhraseIds, type Inflate, indexKeys, type KeyIndex, packDictionary, packHeadBytes, PASSED_OVER, SectionPending, storedIndex, storedKeys, storedKeysSized, storedSections, unpackDictionary } from './dictionaryStore';
export { isWordToken, statusKey } from './words';
export { clickArticle, clickReading, contextWords, type GlossaryConventions, lookupWord, markedSense, type LemmaCandidate, type LookupDeps, type PartLookup, type Region, type WordLookup } from './lookup';

// Articles: metadata and body paragraphs, prepared once at ingest (ENGINE_VERSION says by which rules).
export { countWords, paragraphSpans, parseArticleMeta, type ArticleMeta } from './articleMeta';
export { hash53 } from './hash';
export { ENGINE_VERSION, factParagraphs, prepareArticle, type GivenMeta, type PreparedArticle, type PreparedMeta, type PreparedParagraph } from './prepare';

// Facts, quizzes and lesson packs.
export { alignArticles, extractFacts, extractQuotes, findDirectQuotes, groupStories, type ArticleMetaInput, type StoryOverride, type FactsLanguage, type NewsConventions, type QuoteRules } from './facts';
export type * from './facts/types';
// Named entities (issue 15): the tagger, its training and scoring (scripts/trainNer.ts, scripts/evalNer.ts), the entity step.
export * from './ner';
export { extractEntities } from './facts/08-entities';
export { modelNames, nerGazetteer } from './facts/08-entitiesModel';
export * from './quiz';
export { mulberry32, optionOrder, shuffle } from './quiz/random';
export * from './packs';
// The quiz's evidence (an excerpt and its place); a pack's stored copy of it is the same shape, checked by its schema.
export type { Evidence } from './quiz';
export { cleanLine, wellFormed } from './packs/safeText';
// The zip checksum, for the hostile-pack generator that writes broken zips by hand (scripts/hostilePacks.ts).
export { crc32 } from './packs/zipReader';
export { RESULT_FLAGS, verifyResults, type ResultFlag, type VerifiedResults } from './packs/verifyResults';
// Speech (issue 18): the bundled eSpeak NG voice's arguments and result, shared by the app's worker and the CLI.
export { espeakArguments, MAX_SPEAK_CHARS, synthesize, type EspeakFactory, type EspeakModule, type SpeakOptions } from './speech/espeak';
export { readWav, type WavInfo } from './speech/wav';
// The defensive zip reader, for EPUB import (issue 18): an e-book is a zip from outside, checked like a pack.
export { readCentralDirectory, readEntry, type ZipEntry } from './packs/zipReader';
