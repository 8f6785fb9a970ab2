import { describe, expect, it } from 'vitest';
import type { WordStatus } from '../../../../src/renderer/db/database';
import { dayTicks, knownTimes, lastDays, perDay, retention, runningTotal, streak, textShares } from '../../../../src/renderer/progress/learning';

const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).getTime();

describe('learning progress by day', () => {
  it('counts look-ups per local day and known words as a running total that includes earlier days', () => {
    const days = lastDays(3, at(30, 9));
    expect(days).toEqual([new Date(2026, 2, 28).getTime(), new Date(2026, 2, 29).getTime(), new Date(2026, 2, 30).getTime()]);
    expect(perDay([at(28), at(28, 23), at(30, 0), at(12)], days)).toEqual([2, 0, 1]);
    expect(runningTotal([at(1), at(28), at(30, 23)], days)).toEqual([2, 2, 3]);
  });

  it('a streak counts days in a row up to today, or up to yesterday while today is still empty', () => {
    expect(streak([], at(10))).toBe(0);
    expect(streak([at(10, 8)], at(10, 20))).toBe(1);
    expect(streak([at(8), at(9), at(9, 13)], at(10, 20))).toBe(2);
    expect(streak([at(7), at(9), at(10)], at(10, 20))).toBe(2);
    expect(streak([at(7)], at(10))).toBe(0);
  });

  it('retention is the share of reviews not forgotten', () => {
    expect(retention([])).toEqual({ reviews: 0, remembered: null });
    expect(
      retention([
        { reps: 6, lapses: 1 },
        { reps: 2, lapses: 1 },
      ]),
    ).toEqual({ reviews: 8, remembered: 75 });
  });

  it('labels a day once on an axis, however many points it has', () => {
    expect(dayTicks([at(4, 9), at(4, 10), at(4, 11), at(4, 12), at(5)], 1)).toEqual([true, false, false, false, true]);
    expect(dayTicks([at(1), at(2), at(3), at(4), at(5)], 2)).toEqual([true, false, true, false, true]);
  });
});

describe('words read per day', () => {
  it('sums each reading’s words on its day, nothing outside the days shown', () => {
    const days = lastDays(3, at(12));
    expect(perDay([at(10, 8), at(10, 22), at(12, 1), at(9)], days, [300, 120, 50, 999])).toEqual([420, 0, 50]);
  });
});

describe('unknown words then and now', () => {
  const opened = (articleId: string, day: number, unknown: number, distinct: number) => ({ kind: 'opened' as const, articleId, at: at(day), unknown, distinct });

  it('gives each text its first opening’s share and today’s over its word list, the latest opened first', () => {
    const articles = new Map([
      ['see', { title: 'Am See', keys: ['Boot', 'liegen', 'still', 'See'] }],
      ['brot', { title: 'Brot', keys: undefined }],
    ]);
    const statuses = new Map<string, WordStatus>([
      ['Boot', 'known'],
      ['liegen', 2],
      ['still', 'ignored'],
    ]);
    const rows = textShares([opened('see', 3, 4, 4), opened('brot', 5, 1, 3), opened('weg', 4, 2, 8), opened('see', 6, 0, 4)], articles, statuses);
    expect(rows.map((r) => [r.articleId, r.title, r.before, r.now])).toEqual([
      // No word list yet: now is unknown, then is kept.
      ['brot', 'Brot', 33, null],
      ['weg', null, 25, null],
      // Opened twice (merged backups): the first opening counts; now 2 of 4 are still to learn.
      ['see', 'Am See', 100, 50],
    ]);
  });
});

describe('known words', () => {
  it('counts the words marked known, not saved phrases nor other statuses', () => {
    expect(
      knownTimes([
        { lemma: 'Boot', status: 'known', updatedAt: 5 },
        { lemma: 'unter die Lupe', status: 'known', updatedAt: 6 },
        { lemma: 'liegen', status: 3, updatedAt: 7 },
        { lemma: 'der', status: 'ignored', updatedAt: 8 },
        { lemma: 'still', status: 'known', updatedAt: 9 },
      ]),
    ).toEqual([5, 9]);
  });
});
