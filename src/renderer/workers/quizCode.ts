/** The quiz's code of core, a chunk of its own that the engine worker loads on the first quiz (quizApi.ts). */
export { factsOf, generateQuiz } from '../../core';
