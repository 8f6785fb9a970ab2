/**
 * Fetches a packed glossary and inflates its sections on a thread of its own (issue 19), with the browser's zlib,
 * while the engine worker builds the engine from the lexicon: first the keys, which is all analysis needs, then the
 * rest, a section a lookup waits for first. Inflated sections are transferred back, not copied.
 */
import { requestDictionary } from './assets';
import type { GlossaryMessage, GlossaryRequest } from './glossaryLoader';
import { glossaryOfThread } from './glossaryThreadName';
import { markStart } from './startMarks';
import { WantedSections } from './wantedSections';

markStart('glossary-thread');

const post = (message: GlossaryMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

// Said at once, before the loading code (core's glossary reader, ~150 kB) is fetched and compiled: the engine worker
// waits for it before it blocks its thread building the engine, since a nested worker cannot start while its parent's
// thread is busy, and waited 0.05–0.13 s on a busy machine while this thread loaded that code first (issue 19).
post({ started: true });

const lang = glossaryOfThread(self.name);
// The download starts now too, while that code loads (read once it has: fetchGlossaryInflated).
const download = lang === undefined ? undefined : requestDictionary(lang);
download?.catch(() => undefined);

// Sections a lookup of the engine worker waits for are inflated next, also those asked for while the code loads.
const wanted = new WantedSections();
self.onmessage = (event: MessageEvent<GlossaryRequest>) => {
  if (typeof event.data?.want === 'number') wanted.want(event.data.want);
};

import('./glossaryLoader')
  .then(({ fetchGlossaryInflated, UNASKED_AFTER_MS }) => {
    if (lang !== undefined) return fetchGlossaryInflated(lang, post, wanted, download, UNASKED_AFTER_MS);
    post({ error: `glossary loading thread started without a language (${self.name})` });
  })
  .catch((err: unknown) => post({ error: err instanceof Error ? err.message : String(err) }));
