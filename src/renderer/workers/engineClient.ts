/**
 * The renderer's handle on the engine worker: one worker per window, created on first use.
 * Analysis runs there, so typing and scrolling never wait for it.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { WordLookup } from '../../core';
import type { CardRequest } from './cardCache';
import type { EngineWorkerApi, ProgressCallback } from './engineApi';
import { PreparedCards } from './preparedCards';

let remote: Remote<EngineWorkerApi> | null = null;
const prepared = new PreparedCards();

export function engine(): Remote<EngineWorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    remote = wrap<EngineWorkerApi>(worker);
    void remote.watchCards(proxy((batch) => prepared.receive(batch))).catch(() => undefined);
  }
  return remote;
}

/** The open article's card for a click, when the worker has prepared it and sent it here (else ask lookupWord). */
export function preparedCard(request: CardRequest): WordLookup | undefined {
  return prepared.card(request);
}

/** Cards shipped with the app for an article's opening words (readingsAsset.ts), answered like prepared ones. */
export function shipCards(cards: readonly [key: string, card: WordLookup][]): void {
  prepared.ship(cards);
}

/** Wraps a progress callback so comlink passes it by reference. */
export function progress(callback: ProgressCallback): ProgressCallback {
  return proxy(callback);
}

/**
 * Starts loading the assets in the background (the app's start and the reader's mount call this); `atArticle` (the app
 * opens at one, whose first click reads the glossary) starts the glossary's loading thread with the worker
 * (EngineEntryApi.glossaryAhead).
 */
export function warmUpEngine(atArticle = false): void {
  const worker = engine();
  if (atArticle) void worker.glossaryAhead().catch(() => undefined);
  void worker.ready().catch(() => undefined);
}
