/**
 * "Mark the rest as known", as LingQ does it: of the words still `new`, those the learner looked up in this
 * text become learning 1 (a look-up shows the word was not known), the others known (issue 18).
 */
import type { LesestoffDb, WordStatus } from '../db/database';
import { restToMarkKnown, type StatusMap } from '../domain/statusModel';

export interface MarkRestPlan {
  /** Looked up here: learning 1. */
  learning: string[];
  known: string[];
}

export function planMarkRest(keys: Iterable<string>, statuses: StatusMap, lookedUp: ReadonlySet<string>): MarkRestPlan {
  const plan: MarkRestPlan = { learning: [], known: [] };
  for (const lemma of restToMarkKnown(keys, statuses)) (lookedUp.has(lemma) ? plan.learning : plan.known).push(lemma);
  return plan;
}

/** The lemmas the learner looked up in the article `articleId`. */
export async function lookedUpIn(db: LesestoffDb, articleId: string): Promise<Set<string>> {
  return new Set((await db.lookups.where('articleId').equals(articleId).toArray()).map((r) => r.lemma));
}

/** The plan as the status each lemma gets, for one bulk write. */
export function changesOf(plan: MarkRestPlan): Map<string, WordStatus> {
  return new Map<string, WordStatus>([...plan.learning.map((l) => [l, 1] as const), ...plan.known.map((l) => [l, 'known'] as const)]);
}
