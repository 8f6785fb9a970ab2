/**
 * Fetches a packed glossary and inflates its sections on a thread of its own (issue 19), with the browser's zlib,
 * while the engine worker builds the engine from the lexicon. Everything is transferred back, not copied.
 */
import { fetchGlossaryInflated } from './glossaryLoader';

self.onmessage = (event: MessageEvent<{ lang: string }>) => {
  fetchGlossaryInflated(event.data.lang).then(
    (fetched) => self.postMessage(fetched, { transfer: [fetched.bytes.buffer, ...fetched.sections.map((s) => s.raw.buffer)] }),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
};
