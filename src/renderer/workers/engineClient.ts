/**
 * The renderer's handle on the engine worker: one worker per window, created on first use.
 * Analysis runs there, so typing and scrolling never wait for it.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { WordLookup } from '../../core';
import type { CardRequest } from './cardCache';
import type { EngineApi, ProgressCallback } from './engineApi';
import { PreparedCards } from './preparedCards';

let remote: Remote<EngineApi> | null = null;
const prepared = new PreparedCards();

export function engine(): Remote<EngineApi> {
  if (!remote) {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    remote = wrap<EngineApi>(worker);
    void remote.watchCards(proxy((batch) => prepared.receive(batch))).catch(() => undefined);
  }
  return remote;
}

/** The open article's card for a click, when the worker has prepared it and sent it here (else ask lookupWord). */
export function preparedCard(request: CardRequest): WordLookup | undefined {
  return prepared.card(request);
}

/** Wraps a progress callback so comlink passes it by reference. */
export function progress(callback: ProgressCallback): ProgressCallback {
  return proxy(callback);
}

/** Starts loading the assets in the background (library and reader call this on mount). */
export function warmUpEngine(): void {
  void engine()
    .ready()
    .catch(() => undefined);
}
