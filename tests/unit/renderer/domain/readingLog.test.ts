import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import { recordFinished, recordFirstOpen, unknownPercent } from '../../../../src/renderer/domain/readingLog';
import type { SaveResult } from '../../../../src/renderer/domain/saveErrors';

// Issue 18: the reading log keeps a text's unknown share from its first opening, and readings once a day.

function stored<T>(r: SaveResult<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

const at = (day: number, hour = 12) => new Date(2026, 4, day, hour).getTime();

describe('first opening of a text', () => {
  it('stores the unknown share from the stored statuses, and a later opening keeps the first', async () => {
    const db = openDatabase('reading-first-open');
    await db.wordStatus.bulkPut([
      { lemma: 'Boot', status: 'known', updatedAt: 1 },
      { lemma: 'der', status: 'ignored', updatedAt: 1 },
      { lemma: 'liegen', status: 3, updatedAt: 1 },
    ]);
    const keys = ['der', 'Boot', 'liegen', 'still'];
    const first = stored(await recordFirstOpen(db, 'user:see', keys, at(1)));
    // Learning words are still unknown; known and ignored ones are not.
    expect(first).toMatchObject({ kind: 'opened', unknown: 2, distinct: 4, at: at(1) });
    expect(unknownPercent(first.unknown, first.distinct)).toBe(50);

    await db.wordStatus.bulkPut([
      { lemma: 'liegen', status: 'known', updatedAt: 2 },
      { lemma: 'still', status: 'known', updatedAt: 2 },
    ]);
    const again = stored(await recordFirstOpen(db, 'user:see', keys, at(3)));
    expect(again).toEqual(first);
    expect(await db.readingLog.count()).toBe(1);
    // Another text has its own.
    expect(stored(await recordFirstOpen(db, 'user:brot', ['Brot', 'backen'], at(3)))).toMatchObject({ unknown: 2, distinct: 2 });
    db.close();
  });

  it('has no share for a text without words', () => {
    expect(unknownPercent(0, 0)).toBeNull();
    expect(unknownPercent(1, 3)).toBe(33);
  });
});

describe('texts read', () => {
  it('counts a text once a day, again when the learner reads it again, and anew the next day', async () => {
    const db = openDatabase('reading-finished');
    expect(stored(await recordFinished(db, 'user:see', 120, {}, at(5, 9)))).toBe(true);
    // Finished pressed again, or Mark the rest after it, the same day: not counted twice.
    expect(stored(await recordFinished(db, 'user:see', 120, {}, at(5, 23)))).toBe(false);
    expect(stored(await recordFinished(db, 'user:see', 120, { again: true }, at(5, 23)))).toBe(true);
    expect(stored(await recordFinished(db, 'user:see', 120, {}, at(6, 0)))).toBe(true);
    // Another text the same day is its own reading.
    expect(stored(await recordFinished(db, 'user:brot', 40, {}, at(6, 1)))).toBe(true);
    const rows = await db.readingLog.orderBy('at').toArray();
    expect(rows.map((r) => [r.articleId, r.kind === 'finished' ? r.words : null, new Date(r.at).getDate()])).toEqual([
      ['user:see', 120, 5],
      ['user:see', 120, 5],
      ['user:see', 120, 6],
      ['user:brot', 40, 6],
    ]);
    db.close();
  });
});
