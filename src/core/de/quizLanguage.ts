/** Everything German the quiz needs: the fact rules, the prompt templates and the news-text conventions. */
import type { QuizLanguage } from '../quiz/generate';
import { germanFactRules } from './factRules';
import { germanNewsConventions } from './newsConventions';
import { germanQuizTemplates } from './quizTemplates';

export const germanQuizLanguage: QuizLanguage = { facts: germanFactRules, templates: germanQuizTemplates, article: germanNewsConventions };
