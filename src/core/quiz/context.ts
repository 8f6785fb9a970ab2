/** What a question kind is given and what it gives back (issue 13); the kinds are listed in `kinds/index.ts`. */
import type { ArticleFacts, Fact, FactsResult } from '../facts/types';
import type { QuizLanguageModel } from './language';
import type { Question, QuizArticle } from './types';

/** One article to ask about. */
export interface QuizContext {
  article: QuizArticle;
  facts: ArticleFacts;
  lang: QuizLanguageModel;
  /** The quiz's seeded randomness: kinds draw from it in the order of the list, so one seed gives one quiz. */
  rand: () => number;
  /** Facts of the whole story (the article and the reports grouped with it), for distractors. */
  story: Fact[];
}

/** Every article of the quiz, for kinds that compare outlets. */
export interface StoryContext {
  articles: QuizArticle[];
  facts: FactsResult;
  lang: QuizLanguageModel;
  rand: () => number;
}

/** A kind of question: candidates from the facts, wording from the language, distractors. */
export interface QuestionKind<C = QuizContext> {
  /** How the docs and tests name it. */
  name: string;
  /**
   * How far a question of this kind can be trusted, 0–1: the share of its questions a strict teacher
   * accepted (eval/quiz-judgements). The chooser scores every candidate from it (`../choose.ts`).
   */
  weight: number;
  /** Its questions are of the story's background: asked only after the report's main facts, and never alone. */
  background?: boolean;
  /**
   * The acceptability (`../quality.ts`) its questions must reach where the model's floor underrates them: the model
   * learnt from the kind's earlier forms, whose causes of rejection are ruled out now. Unset: the model's floor.
   */
  floor?: number;
  /** Every question of this kind the text allows; the chooser scores, checks and picks among them. */
  ask: (ctx: C) => Question[];
}
