/**
 * The glossary's loading thread (inflate.worker.ts), which the worker's entry starts before the service's code has
 * loaded when the page opens at an article (EngineEntryApi.glossaryAhead, issue 19); the glossary loader, in that code,
 * takes it over. What the thread says before anyone listens is kept for the listener.
 */
import type { GlossaryMessage } from './glossaryLoader';
import { glossaryThreadName } from './glossaryThreadName';
import { markStart } from './startMarks';

/** A message of the thread, or its failure (the browser's words). */
export type Heard = { message: GlossaryMessage } | { failed: string };

export interface GlossaryThread {
  worker: Worker;
  /** Hands `hear` what the thread said so far, in order, then all it says. */
  listen(hear: (heard: Heard) => void): void;
}

function startThread(lang: string): GlossaryThread {
  begun.add(lang);
  const worker = new Worker(new URL('./inflate.worker.ts', import.meta.url), { type: 'module', name: glossaryThreadName(lang) });
  const early: Heard[] = [];
  let hear = (heard: Heard): void => void early.push(heard);
  worker.onmessage = (event: MessageEvent<GlossaryMessage>) => hear({ message: event.data });
  worker.onerror = (event) => hear({ failed: event.message });
  return {
    worker,
    listen(listener) {
      hear = listener;
      for (const heard of early.splice(0)) listener(heard);
    },
  };
}

/** The glossary the engine always opens (its analysis's coverage step reads it): the one worth starting ahead. */
export const ENGINE_GLOSSARY = 'en';

const ahead = new Map<string, GlossaryThread>();
/** Languages whose thread has started, ahead or not: a page that asks again later (the reader's mount) starts none. */
const begun = new Set<string>();

/** Starts the loading thread of `lang` now, unless one has started already. */
export function startGlossaryAhead(lang: string): void {
  if (begun.has(lang)) return;
  markStart('glossary-ahead');
  ahead.set(lang, startThread(lang));
}

/** The thread started ahead for `lang`, or a new one: a load that failed and is tried again starts another. */
export function takeGlossaryThread(lang: string): GlossaryThread {
  const thread = ahead.get(lang) ?? startThread(lang);
  ahead.delete(lang);
  return thread;
}
