/** Public API of the quiz: generation from facts, the question kinds, and the one answer checker. */
export { generateQuiz } from './generate';
export { factsOf, MAX_TEXT_CHARS } from './facts';
export { questionProblems } from './validate';
export { QUESTION_KINDS, STORY_QUESTION_KINDS } from './kinds';
export { checkAnswer, normalizeAnswer, type AnswerKey, type GivenAnswer } from './checkAnswer';
export { QUIZ_GENERATOR_VERSION } from './version';
export type { QuestionKind, QuizContext, StoryContext } from './context';
export type * from './language';
export type * from './types';
export { articleView, asksMainNews, questionFeatures, scoreCandidates, type ArticleView, type Candidate, type Scored } from './choose';
export { acceptability, sigmoid, type QualityModel } from './quality';
export { QUALITY_CV, QUALITY_MODEL } from './qualityModel';
