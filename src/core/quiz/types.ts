import type { Analysis, Span } from '../analysis';
import type { FactsResult } from '../facts/types';

export type QuestionType = 'cloze' | 'who-said' | 'number' | 'role' | 'date' | 'multiple-choice' | 'true-false' | 'cross-source';

export interface Evidence {
  /** The article as named by the caller (a path in the CLI). */
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface Question {
  /** Stable for the same input: hash of type, evidence offsets and answer. */
  id: string;
  type: QuestionType;
  prompt: string;
  options?: string[];
  answer: string;
  evidence: Evidence[];
  difficulty: 1 | 2 | 3;
}

export interface QuizArticle {
  id: string;
  text: string;
  analysis: Analysis;
  date?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** The body to ask about, as prepared at ingest (`factParagraphs`); parsed from the text when not given (the CLI). */
  body?: Span[];
}

export interface QuizOptions {
  seed?: number;
  /** Most questions in the quiz (cross-source questions for disagreements are kept first). */
  max?: number;
  /**
   * The articles are one story as the learner sees it (the Compare view, after their moves):
   * align them as one group instead of grouping them again, so a text moved into the story
   * takes part in its cross-outlet questions.
   */
  oneStory?: boolean;
}

export interface Quiz {
  questions: Question[];
  /** Why the quiz is empty or short (`kein deutscher Text`), per article. */
  reasons?: { article: string; reason: string }[];
}

export interface QuizWithFacts extends Quiz {
  facts: FactsResult;
}
