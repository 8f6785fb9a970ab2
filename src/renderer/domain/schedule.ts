/**
 * FSRS scheduling (ts-fsrs) of vocabulary entries. Cards are stored with dates as epoch ms,
 * so IndexedDB holds plain data and a stored card reads back exactly as it was written.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCardRecord } from '../db/database';

const scheduler = fsrs({ enable_fuzz: false });

export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const gradeNames: Record<Grade, GradeName> = { [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' };

/** Keys 1–4 → Again, Hard, Good, Easy. */
export function gradeForKey(key: string): Grade | null {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? grades[n - 1]! : null;
}

export function serializeCard(card: Card): Record<string, unknown> {
  return { ...card, due: card.due.getTime(), last_review: card.last_review ? card.last_review.getTime() : null };
}

export function deserializeCard(data: Record<string, unknown>): Card {
  const num = (k: string) => (typeof data[k] === 'number' ? (data[k] as number) : 0);
  const card: Card = {
    due: new Date(num('due')),
    stability: num('stability'),
    difficulty: num('difficulty'),
    elapsed_days: num('elapsed_days'),
    scheduled_days: num('scheduled_days'),
    learning_steps: num('learning_steps'),
    reps: num('reps'),
    lapses: num('lapses'),
    state: num('state'),
  };
  if (typeof data['last_review'] === 'number') card.last_review = new Date(data['last_review']);
  return card;
}

export function newReviewCard(vocabularyId: number, now: number): ReviewCardRecord {
  const card = createEmptyCard(new Date(now));
  return { vocabularyId, due: card.due.getTime(), card: serializeCard(card) };
}

export function gradeReviewCard(record: ReviewCardRecord, grade: Grade, now: number): ReviewCardRecord {
  const { card } = scheduler.next(deserializeCard(record.card), new Date(now), grade);
  return { vocabularyId: record.vocabularyId, due: card.due.getTime(), card: serializeCard(card) };
}

/** Next due time per grade, for the labels on the grade buttons. */
export function previewDue(record: ReviewCardRecord, now: number): Record<GradeName, number> {
  const preview = scheduler.repeat(deserializeCard(record.card), new Date(now));
  const out = {} as Record<GradeName, number>;
  for (const g of grades) out[gradeNames[g]] = preview[g].card.due.getTime();
  return out;
}
