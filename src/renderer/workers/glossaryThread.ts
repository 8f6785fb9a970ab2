/**
 * A glossary's loading thread (inflate.worker.ts), started on its own: the engine worker's entry starts the English
 * one before the engine's code has loaded (assetsAhead.ts), and this module imports no core, so the entry stays small.
 * What the thread posts before its reader is attached (glossaryLoader.ts) is kept and handed over then.
 */
import type { GlossaryMessage, GlossaryRequest } from './glossaryLoader';

const WORKER_NAME = 'glossary:';

/** The glossary language of a loading thread, from its name (inflate.worker.ts). */
export const glossaryOfWorker = (name: string): string | undefined => (name.startsWith(WORKER_NAME) ? name.slice(WORKER_NAME.length) : undefined);

export interface GlossaryThread {
  /** Hands `receive` what the thread has posted so far and posts from now on, and `failed` its failure. */
  attach(receive: (message: GlossaryMessage) => void, failed: (event: ErrorEvent) => void): void;
  ask(request: GlossaryRequest): void;
  stop(): void;
}

/** Undefined where a worker cannot start one of its own. */
export function startGlossaryThread(lang: string): GlossaryThread | undefined {
  if (typeof Worker === 'undefined') return undefined;
  // The language goes in the name, not in a message: see inflate.worker.ts.
  const worker = new Worker(new URL('./inflate.worker.ts', import.meta.url), { type: 'module', name: `${WORKER_NAME}${lang}` });
  const kept: ({ message: GlossaryMessage } | { error: ErrorEvent })[] = [];
  worker.onmessage = (event: MessageEvent<GlossaryMessage>) => kept.push({ message: event.data });
  worker.onerror = (event) => kept.push({ error: event });
  return {
    attach(receive, failed) {
      worker.onmessage = (event: MessageEvent<GlossaryMessage>) => receive(event.data);
      worker.onerror = failed;
      for (const k of kept.splice(0)) {
        if ('error' in k) failed(k.error);
        else receive(k.message);
      }
    },
    ask: (request) => worker.postMessage(request),
    stop: () => worker.terminate(),
  };
}
