/**
 * Silence after which the reader and the glossary popover say the engine worker is not answering (issue 19), rather
 * than wait without a word: a load reports each of its steps and an analysis every few thousand words, each well under
 * a second on a slow machine, and a lookup takes milliseconds. Generous, since a long quiz ahead in the worker's queue
 * reports nothing.
 */
export const SILENT_AFTER_MS = 60_000;

/**
 * A watch on the engine worker's silence: `onSilent` runs once SILENT_AFTER_MS pass after the last `heard()` (or the
 * start) with no `stop()`. The reader restarts it with each progress report; a lookup, which reports none, only stops it.
 */
export function watchSilence(onSilent: () => void): { heard: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(onSilent, SILENT_AFTER_MS);
  };
  heard();
  return { heard, stop: () => clearTimeout(timer) };
}
