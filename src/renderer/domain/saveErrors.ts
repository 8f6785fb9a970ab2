/**
 * Every write the learner makes goes through `saveOrReport` (issue 20): it is awaited, and when it fails
 * (a full disk, a database closed by an upgrade elsewhere) the failure is shown with Retry instead of
 * being lost in an unhandled promise. Failures live here, outside React, so that stores can report them
 * and one alert region in the app (SaveErrorRegion) shows them.
 */
import { useSyncExternalStore } from 'react';
import { isQuotaError } from './errorReport';

/** What was not saved; each kind has its own sentence in `common:saveError`. */
export type SaveKind = 'word' | 'status' | 'lookup' | 'attempt' | 'grade' | 'draft' | 'setting' | 'vocabulary' | 'library' | 'pack' | 'results' | 'reading';

export interface SaveFailure {
  kind: SaveKind;
  /** How many writes of this kind are waiting for Retry. */
  count: number;
  reason: 'quota' | 'other';
  /** The last error's message, for the details. */
  message: string;
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Retry {
  key: string | undefined;
  run: () => Promise<unknown>;
}

interface Pending {
  failure: SaveFailure;
  retries: Retry[];
}

export interface SaveOptions {
  /**
   * What the write sets (a draft's id, a setting's name): a later write with the same key replaces the kept
   * retry, and a later success drops it, so Retry never puts back an older value over a newer one.
   */
  key?: string;
  /** What Retry does; by default the same write again. It must report its own failure (go through saveOrReport). */
  retry?: () => Promise<unknown>;
}

let pending: Pending[] = [];
let snapshot: SaveFailure[] = [];
const listeners = new Set<() => void>();

function changed(next: Pending[]): void {
  pending = next;
  snapshot = next.map((p) => p.failure);
  for (const l of listeners) l();
}

const sameKey = (key: string | undefined) => (r: Retry) => key !== undefined && r.key === key;

function report(kind: SaveKind, error: unknown, retry: Retry): void {
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const before = pending.find((p) => p.failure.kind === kind);
  const retries = [...(before?.retries.filter((r) => !sameKey(retry.key)(r)) ?? []), retry];
  const entry: Pending = { failure: { kind, count: retries.length, reason: isQuotaError(error) ? 'quota' : 'other', message }, retries };
  // The newest failure comes last, so the region reads in the order things happened.
  changed([...pending.filter((p) => p.failure.kind !== kind), entry]);
}

/** A write with this key went through: an older failed one must not be retried over it. */
function settled(kind: SaveKind, key: string | undefined): void {
  const before = pending.find((p) => p.failure.kind === kind);
  if (key === undefined || !before?.retries.some(sameKey(key))) return;
  const retries = before.retries.filter((r) => !sameKey(key)(r));
  const rest = pending.filter((p) => p !== before);
  changed(retries.length === 0 ? rest : [...rest, { failure: { ...before.failure, count: retries.length }, retries }]);
}

/**
 * Runs `write` and awaits it. On failure the learner is told, a retry is kept for the Retry button, and the
 * result says so, so the caller does not show anything as saved.
 */
export async function saveOrReport<T>(kind: SaveKind, write: () => Promise<T>, options: SaveOptions = {}): Promise<SaveResult<T>> {
  try {
    const value = await write();
    settled(kind, options.key);
    return { ok: true, value };
  } catch (error) {
    report(kind, error, { key: options.key, run: options.retry ?? (() => saveOrReport(kind, write, options)) });
    return { ok: false, error };
  }
}

/** Runs the kept writes of one kind again, in the order they failed; those that fail again are reported again. */
export async function retrySaves(kind: SaveKind): Promise<void> {
  const entry = pending.find((p) => p.failure.kind === kind);
  if (!entry) return;
  changed(pending.filter((p) => p !== entry));
  for (const retry of entry.retries) await retry.run();
}

/** The learner gave up on these writes; what they show stays as stored. */
export function dismissSaves(kind: SaveKind): void {
  changed(pending.filter((p) => p.failure.kind !== kind));
}

export function saveFailures(): SaveFailure[] {
  return snapshot;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveFailures(): SaveFailure[] {
  return useSyncExternalStore(subscribe, saveFailures);
}
