/** Everything German the quiz needs: the fact rules and the prompt templates. */
import type { QuizLanguage } from '../quiz/generate';
import { germanFactRules } from './factRules';
import { germanQuizTemplates } from './quizTemplates';

export const germanQuizLanguage: QuizLanguage = { facts: germanFactRules, templates: germanQuizTemplates };
