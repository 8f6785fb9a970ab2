/**
 * Fetches a packed glossary and inflates its sections on a thread of its own (issue 19), with the browser's zlib,
 * while the engine worker builds the engine from the lexicon: first the keys, which is all analysis needs, then the
 * rest. Inflated sections are transferred back, not copied.
 */
import { fetchGlossaryInflated, type GlossaryMessage } from './glossaryLoader';

// Said at once: the engine worker waits for it before it blocks its thread building the engine, since a nested worker
// cannot start while its parent's thread is busy.
self.postMessage({ started: true } satisfies GlossaryMessage);

self.onmessage = (event: MessageEvent<{ lang: string }>) => {
  const post = (message: GlossaryMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
  fetchGlossaryInflated(event.data.lang, post).catch((err: unknown) => post({ error: err instanceof Error ? err.message : String(err) }));
};
