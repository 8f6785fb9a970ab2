/** Public API of the quiz: generation from facts, the question kinds, and the one answer checker. */
export { generateQuiz, factsOf, questionProblems, MAX_TEXT_CHARS } from './generate';
export { checkAnswer, normalizeAnswer, type AnswerKey, type GivenAnswer } from './checkAnswer';
export { QUIZ_GENERATOR_VERSION } from './version';
export type * from './language';
export type * from './types';
