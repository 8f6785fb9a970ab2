/**
 * The kinds of question, in one list (issue 13). The driver (`../generate.ts`) asks every kind for
 * all its questions and the chooser (`../choose.ts`) keeps the best by each kind's weight; the order
 * is the order the kinds draw from the seeded randomness, so reordering changes the quiz for a seed
 * (bump `QUIZ_GENERATOR_VERSION`). A new kind is a module here and an entry below.
 */
import type { QuestionKind, StoryContext } from '../context';
import { crossSource } from './crossSource';
import { backgroundDateGap, dateGap } from './date';
import { event } from './event';
import { eventNews } from './eventNews';
import { eventNewsPhrase } from './eventNewsPhrase';
import { eventNewsRole } from './eventNewsRole';
import { eventNewsSaid } from './eventNewsSaid';
import { eventRelative } from './eventRelative';
import { nameCloze, placeCloze } from './nameCloze';
import { numberGap } from './number';
import { result } from './result';
import { role } from './role';
import { whoSaid } from './whoSaid';

/** Kinds asked of each article. */
export const QUESTION_KINDS: readonly QuestionKind[] = [whoSaid, numberGap, role, dateGap, nameCloze, placeCloze, event, backgroundDateGap, eventNews, eventNewsPhrase, result, eventRelative, eventNewsRole, eventNewsSaid];

/** Kinds asked of all articles together; their questions come first in the quiz. */
export const STORY_QUESTION_KINDS: readonly QuestionKind<StoryContext>[] = [crossSource];
