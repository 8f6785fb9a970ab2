/**
 * The learner's activity by day (issue 18): known words over time, look-ups and words read per day, the streak,
 * reviews and retention, and each text's unknown-word share then and now. Pure, on timestamps, with days in the learner's local time (a day ends at their midnight).
 */
import { dayStart } from '../domain/days';
import { unknownPercent, type OpenedRecord } from '../domain/readingLog';
import type { WordStatusRecord } from '../db/database';
import { countUnknown, isPhraseKey, type StatusMap } from '../domain/statusModel';

/** When each word now known was marked known; saved phrases have statuses too but are not words. */
export function knownTimes(statuses: readonly WordStatusRecord[]): number[] {
  return statuses.filter((s) => s.status === 'known' && !isPhraseKey(s.lemma)).map((s) => s.updatedAt);
}

/** The local midnights of the `count` days ending with today's, oldest first (DST-safe: by calendar, not 24 h steps). */
export function lastDays(count: number, now: number): number[] {
  const today = new Date(dayStart(now));
  return Array.from({ length: count }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1 - i)).getTime());
}

/** How many timestamps fall on each of `days` (local midnights, oldest first); with `amounts`, the sum of theirs. */
export function perDay(ats: readonly number[], days: readonly number[], amounts?: readonly number[]): number[] {
  const index = new Map(days.map((d, i) => [d, i]));
  const out = days.map(() => 0);
  ats.forEach((at, k) => {
    const i = index.get(dayStart(at));
    if (i !== undefined) out[i]! += amounts?.[k] ?? 1;
  });
  return out;
}

/** A running total at the end of each day: everything up to and including it (earlier days included). */
export function runningTotal(ats: readonly number[], days: readonly number[]): number[] {
  const sorted = [...ats].sort((a, b) => a - b);
  let k = 0;
  return days.map((d) => {
    const end = new Date(new Date(d).getFullYear(), new Date(d).getMonth(), new Date(d).getDate() + 1).getTime();
    while (k < sorted.length && sorted[k]! < end) k++;
    return k;
  });
}

/**
 * Days in a row with any activity, ending today, or yesterday while today has none yet (the streak is not lost
 * before the day is over).
 */
export function streak(ats: readonly number[], now: number): number {
  const active = new Set(ats.map(dayStart));
  const today = new Date(dayStart(now));
  const day = (back: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - back).getTime();
  let back = active.has(day(0)) ? 0 : 1;
  let n = 0;
  while (active.has(day(back))) {
    n++;
    back++;
  }
  return n;
}

/** Reviews done and the share remembered, from FSRS cards' repetitions and lapses (a lapse is a forgotten review). */
export function retention(cards: readonly { reps: number; lapses: number }[]): { reviews: number; remembered: number | null } {
  const reviews = cards.reduce((n, c) => n + c.reps, 0);
  const lapses = cards.reduce((n, c) => n + c.lapses, 0);
  return { reviews, remembered: reviews === 0 ? null : Math.round((100 * (reviews - lapses)) / reviews) };
}

/**
 * Axis labels for points in time: a date only where the day changes from the last labelled one, so a busy day
 * shows once (never "4 Dec" four times); `every` thins the labels on a long axis.
 */
export function dayTicks(ats: readonly number[], every: number): boolean[] {
  let lastDay: number | null = null;
  return ats.map((at, i) => {
    const day = dayStart(at);
    if (day === lastDay || (i % every !== 0 && i !== ats.length - 1)) return false;
    lastDay = day;
    return true;
  });
}

/** A text's unknown-word share when the learner first opened it and now, in whole percent (null: no words known of it). */
export interface TextShare {
  articleId: string;
  /** null when the text was deleted since. */
  title: string | null;
  openedAt: number;
  before: number | null;
  now: number | null;
}

/**
 * Every opened text's share then and now, the most recently opened first. Now is counted over the text's distinct
 * words as the reader listed them (its lemma list) with today's statuses, the same measure as when it was opened;
 * a text opened twice in merged backups counts from its first opening.
 */
export function textShares(opened: readonly OpenedRecord[], articles: ReadonlyMap<string, { title: string; keys: readonly string[] | undefined }>, statuses: StatusMap): TextShare[] {
  const first = new Map<string, OpenedRecord>();
  for (const o of opened) if ((first.get(o.articleId)?.at ?? Infinity) > o.at) first.set(o.articleId, o);
  return [...first.values()]
    .sort((a, b) => b.at - a.at)
    .map((o) => {
      const article = articles.get(o.articleId);
      const keys = article?.keys;
      return { articleId: o.articleId, title: article?.title ?? null, openedAt: o.at, before: unknownPercent(o.unknown, o.distinct), now: keys ? unknownPercent(countUnknown(keys, statuses), keys.length) : null };
    });
}
