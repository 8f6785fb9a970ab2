/**
 * The renderer's handle on the engine worker: one worker per window, created on first use.
 * Analysis runs there, so typing and scrolling never wait for it.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { clickReading, contextWords, type Token, type WordLookup } from '../../core';
import type { CardRequest } from './cardCache';
import type { EngineApi, ProgressCallback } from './engineApi';
import { PreparedCards } from './preparedCards';
import { markStart } from './startMarks';

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

/** The card request of a click on a word of the reader: its reading in its sentence, the sentence as context. */
export function clickRequest(word: { text: string; lemma: string; token?: Token | undefined; sentence: string }, lang: string): CardRequest {
  return { word: word.text, reading: clickReading(word.lemma, word.token), lang, context: contextWords(word.sentence) };
}

/** The open article's card for a click, when the worker has prepared it and sent it here (else `takeCard`). */
export function preparedCard(request: CardRequest): WordLookup | undefined {
  return prepared.card(request);
}

const askWorker = (r: CardRequest): Promise<WordLookup> => {
  markStart('lookup-asked');
  return engine().lookupWord(r.word, r.reading, r.lang, r.context);
};

/** Asks the worker for a clicked word's card not prepared yet, before the page draws the click (PreparedCards.ask). */
export function askCard(request: CardRequest): void {
  prepared.ask(request, askWorker);
}

/** The worker's card for a click: the answer `askCard` asked for at the click, else asked now. */
export function takeCard(request: CardRequest): Promise<WordLookup> {
  return prepared.take(request, askWorker);
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
