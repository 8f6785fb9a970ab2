import 'fake-indexeddb/auto';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../../../../src/renderer/domain/saveErrors';
import { openDatabase } from '../../../../src/renderer/db/database';
import { deserializeCard, gradeForKey, gradeReviewCard, newReviewCard, previewDue } from '../../../../src/renderer/domain/schedule';
import { deleteVocabulary, restoreVocabulary, saveToVocabulary } from '../../../../src/renderer/domain/vocabularyStore';

const DAY = 86_400_000;
const now = Date.UTC(2024, 5, 18, 9);

describe('gradeForKey', () => {
  it('maps keys 1–4 to Again, Hard, Good, Easy and nothing else', () => {
    expect(['1', '2', '3', '4', '5', 'x'].map(gradeForKey)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy, null, null]);
  });
});

describe('FSRS schedule', () => {
  it('a new card is due at once; Easy schedules it later than Good, Good later than Again', () => {
    const card = newReviewCard(1, now);
    expect(card.due).toBe(now);
    const preview = previewDue(card, now);
    expect(preview.again).toBeLessThan(preview.good);
    expect(preview.good).toBeLessThan(preview.easy);
    expect(preview.easy - now).toBeGreaterThanOrEqual(DAY);
  });

  it('round-trips through IndexedDB unchanged and keeps scheduling from the stored state', async () => {
    const db = openDatabase('schedule-roundtrip');
    const graded = gradeReviewCard(newReviewCard(7, now), Rating.Good, now);
    await db.reviewCards.put(graded);
    const stored = (await db.reviewCards.get(7))!;
    expect(stored).toEqual(graded);
    expect(deserializeCard(stored.card).reps).toBe(1);
    expect(deserializeCard(stored.card).last_review?.getTime()).toBe(now);
    const again = gradeReviewCard(stored, Rating.Good, stored.due);
    expect(deserializeCard(again.card).reps).toBe(2);
    expect(again.due).toBeGreaterThan(stored.due);
    expect(await db.reviewCards.where('due').belowOrEqual(now).count()).toBe(0);
    db.close();
  });
});

/** The value of a write that must have gone through. */
function stored<T>(result: SaveResult<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

describe('vocabulary with review cards', () => {
  it('saving creates one entry and one due card per lemma; saving again updates the sense without resetting', async () => {
    const db = openDatabase('vocab-store');
    const id = stored(await saveToVocabulary(db, { lemma: 'Haus', articleId: 'a', context: 'Das Haus.' }, now));
    await db.reviewCards.put(gradeReviewCard((await db.reviewCards.get(id))!, Rating.Good, now));
    const again = await saveToVocabulary(db, { lemma: 'Haus', articleId: 'b', context: 'Ein Haus.', sense: 'house' }, now + 1);
    expect(stored(again)).toBe(id);
    expect(await db.vocabulary.count()).toBe(1);
    expect(await db.vocabulary.get(id)).toEqual(expect.objectContaining({ sense: 'house', context: 'Das Haus.' }));
    expect(deserializeCard((await db.reviewCards.get(id))!.card).reps).toBe(1);

    const deleted = stored(await deleteVocabulary(db, [id]));
    expect(await db.vocabulary.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
    await restoreVocabulary(db, deleted);
    expect(await db.vocabulary.get(id)).toEqual(expect.objectContaining({ lemma: 'Haus' }));
    expect(deserializeCard((await db.reviewCards.get(id))!.card).reps).toBe(1);
    db.close();
  });
});
