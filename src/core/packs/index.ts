/** Lesson packs and results files (issue 8): the public API of `src/core/packs`. */
export * from './packSchema';
export { PACK_EXTENSION, readPackFile, validatePackContent, writePack, type PackReadResult } from './packFile';
export { RESULTS_EXTENSION, PackWriteError, parseResultsManifest, resultsChecksum, resultsFileName, writeResults, type ResultsRead } from './resultsFile';
export { ZIP_LIMITS, type PackError, type PackErrorCode } from './zipReader';
export { buildClassOverview, csvCell, overviewToCsv, type AnswerCell, type ClassOverview, type CsvOptions, type OverviewInput, type OverviewOptions, type QuestionRow, type StudentRow } from './classOverview';
export { giftEscape, toGift, toMoodleXml, xmlEscape } from './lmsExport';
export { summarizeRead, type ReadSummary } from './summary';
export { questionsFromQuiz } from './fromQuiz';
