/**
 * Silence after which the reader and the glossary popover say the engine worker is not answering (issue 19), rather
 * than wait without a word: a load reports each of its steps and an analysis every few thousand words, each well under
 * a second on a slow machine, and a lookup takes milliseconds. Generous, since a long quiz ahead in the worker's queue
 * reports nothing.
 */
export const SILENT_AFTER_MS = 60_000;
