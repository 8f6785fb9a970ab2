/**
 * Word statuses as in LUTE and LingQ: new, learning 1–5, known, ignored. A status belongs to
 * the lemma (a separable verb's joined infinitive), so every inflected form follows it.
 */
import type { WordStatus } from '../db/database';

export const learningLevels = [1, 2, 3, 4, 5] as const;
export const allStatuses: readonly WordStatus[] = ['new', 1, 2, 3, 4, 5, 'known', 'ignored'];

export type StatusMap = ReadonlyMap<string, WordStatus>;

export function statusOf(statuses: StatusMap, key: string): WordStatus {
  return statuses.get(key) ?? 'new';
}

/**
 * A saved phrase's status is kept under its vocabulary lemma (issue 18), words as written with spaces between; a
 * word's key never has a space, so counts of words leave phrases out.
 */
export function isPhraseKey(key: string): boolean {
  return /\s/.test(key);
}

/** Still to learn: everything that is neither known nor ignored. */
export function isUnknown(status: WordStatus): boolean {
  return status !== 'known' && status !== 'ignored';
}

export function countUnknown(keys: Iterable<string>, statuses: StatusMap): number {
  let n = 0;
  for (const k of keys) if (isUnknown(statusOf(statuses, k))) n++;
  return n;
}

/** "Mark the rest as known": the lemmas still `new`; learning words keep their level. */
export function restToMarkKnown(keys: Iterable<string>, statuses: StatusMap): string[] {
  const out = new Set<string>();
  for (const k of keys) if (statusOf(statuses, k) === 'new') out.add(k);
  return [...out];
}

/** Keyboard: 1–5 learning, K known, I ignored, 0 / N back to new. */
export function statusForKey(key: string): WordStatus | null {
  if (/^[1-5]$/.test(key)) return Number(key) as 1 | 2 | 3 | 4 | 5;
  switch (key.toLowerCase()) {
    case 'k':
      return 'known';
    case 'i':
      return 'ignored';
    case '0':
    case 'n':
      return 'new';
    default:
      return null;
  }
}

/** CSS class of the discreet highlight. */
export function statusClass(status: WordStatus): string {
  return `st-${status}`;
}

export function isWordStatus(value: unknown): value is WordStatus {
  return allStatuses.includes(value as WordStatus);
}
