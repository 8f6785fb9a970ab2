/**
 * The lexicon, fetched by the worker's entry before the engine's code has loaded (issue 19): its download and inflate
 * (native, little of this thread's time) run while the service's code (core as reading needs it) is fetched
 * and compiled, instead of after it. The glossary's loading thread still starts once that code runs: started with the
 * lexicon, its work (a 7 MB inflate, the keys indexed) fell while the page drew the library, which then showed later on
 * the busy machine. No core here, so the entry stays small.
 */
import { fetchLexicon } from './assets';
import { markStart } from './startMarks';

let ahead: Promise<Uint8Array> | null = null;

/** Starts the fetch (once, until taken). */
export function startLexicon(): void {
  if (ahead) return;
  ahead = fetchLexicon().then((bytes) => (markStart('lexicon'), bytes));
  // Whoever takes it handles a failure; until then it is not unhandled.
  ahead.catch(() => undefined);
}

/** The lexicon started ahead, or a new fetch: a load that failed and is tried again fetches again. */
export function takeLexicon(): Promise<Uint8Array> {
  startLexicon();
  const taken = ahead!;
  ahead = null;
  return taken;
}
