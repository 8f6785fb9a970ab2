/** Public API of fact extraction and quiz generation (issue 6). */
export { extractQuotes, findDirectQuotes, type QuoteRules } from './10-quotes';
export { extractFacts, type ArticleMetaInput } from './extract';
export { alignArticles, groupStories, type StoryOverride } from './12-align';
export type { FactsLanguage, NewsConventions } from './language';
export type * from './types';
export { generateQuiz, factsOf, questionProblems, type QuizLanguage, type QuizTemplates } from '../quiz';
export type * from '../quiz/types';
