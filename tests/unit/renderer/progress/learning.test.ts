import { describe, expect, it } from 'vitest';
import { dayTicks, lastDays, perDay, retention, runningTotal, streak } from '../../../../src/renderer/progress/learning';

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
