/**
 * Fetches a packed glossary and inflates its sections on a thread of its own (issue 19), with the browser's zlib,
 * while the engine worker builds the engine from the lexicon: first the keys, which is all analysis needs, then the
 * rest, a section a lookup waits for first. Inflated sections are transferred back, not copied.
 */
import { fetchGlossaryInflated, type GlossaryMessage, glossaryOfWorker, type GlossaryRequest, WantedSections } from './glossaryLoader';

const post = (message: GlossaryMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

// Said at once: the engine worker waits for it before it blocks its thread building the engine, since a nested worker
// cannot start while its parent's thread is busy.
post({ started: true });

// The language comes in the worker's name, not in a message: a message from the parent is handed over by the parent's
// thread, which is then busy building the engine, so the fetch began only once the engine was built (~0.3 s later).
const lang = glossaryOfWorker(self.name);
// A section a lookup of the engine worker waits for is inflated next.
const wanted = new WantedSections();
self.onmessage = (event: MessageEvent<GlossaryRequest>) => {
  if (typeof event.data?.want === 'number') wanted.want(event.data.want);
};
if (lang) fetchGlossaryInflated(lang, post, wanted).catch((err: unknown) => post({ error: err instanceof Error ? err.message : String(err) }));
else post({ error: `glossary loading thread started without a language (${self.name})` });
