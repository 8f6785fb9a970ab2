/**
 * The kinds of question, in one list (issue 13). The driver (`../generate.ts`) asks every kind for
 * its questions and picks round-robin in this order, so every kind a text allows is asked; the order
 * is also the order the kinds draw from the seeded randomness, so reordering changes the quiz for a
 * seed (bump `QUIZ_GENERATOR_VERSION`). A new kind is a module here and an entry below.
 */
import type { QuestionKind, StoryContext } from '../context';
import { crossSource } from './crossSource';
import { dateGap } from './date';
import { event } from './event';
import { howMany } from './howMany';
import { nameCloze } from './nameCloze';
import { numberGap } from './number';
import { role } from './role';
import { statementChoice } from './statementChoice';
import { termCloze } from './termCloze';
import { trueFalse } from './trueFalse';
import { whoSaid } from './whoSaid';

/** Kinds asked of each article. */
export const QUESTION_KINDS: readonly QuestionKind[] = [whoSaid, numberGap, role, dateGap, nameCloze, event, trueFalse, termCloze, howMany, statementChoice];

/** Kinds asked of all articles together; their questions come first in the quiz. */
export const STORY_QUESTION_KINDS: readonly QuestionKind<StoryContext>[] = [crossSource];
