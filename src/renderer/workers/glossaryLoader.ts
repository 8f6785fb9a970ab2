/**
 * Loads a packed glossary for the engine worker (issue 19): a thread of its own (inflate.worker.ts) fetches it and
 * inflates every section with the browser's zlib while the engine is built from the lexicon; the glossary is then
 * opened with its sections at hand. fflate's JavaScript inflate, which core falls back to, took 0.3–0.8 s for the first
 * card of an article while it was still cold, and inflating natively on the engine's thread made the card wait ~0.5 s.
 */
import { inflateSync } from 'fflate';
import { type Dictionary, parseDictionary, storedSections } from '../../core';
import { fetchDictionary } from './assets';

/** A glossary's bytes and its sections inflated, each known by its offset in the bytes. */
export interface FetchedGlossary {
  bytes: Uint8Array;
  sections: { at: number; raw: Uint8Array }[];
}

/** Raw DEFLATE inflated by the browser's own zlib: several times faster than fflate's, but asynchronous. */
async function inflateNatively(bytes: Uint8Array): Promise<Uint8Array> {
  // Fetched bytes, never a SharedArrayBuffer's, which is all the cast rules out.
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function fetchGlossaryInflated(lang: string): Promise<FetchedGlossary> {
  const bytes = await fetchDictionary(lang);
  const stored = storedSections(lang, bytes);
  const raws = await Promise.all(stored.map(inflateNatively));
  return { bytes, sections: stored.map((s, i) => ({ at: s.byteOffset, raw: raws[i]! })) };
}

/** Like fetchGlossaryInflated, on another thread; where a worker cannot start one of its own, here. */
function fetchElsewhere(lang: string): Promise<FetchedGlossary> {
  if (typeof Worker === 'undefined') return fetchGlossaryInflated(lang);
  const helper = new Worker(new URL('./inflate.worker.ts', import.meta.url), { type: 'module', name: 'inflate' });
  return new Promise<FetchedGlossary>((resolve, reject) => {
    helper.onmessage = (event: MessageEvent<FetchedGlossary | { error: string }>) => {
      helper.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    helper.onerror = (event) => {
      helper.terminate();
      reject(new Error(`glossary ${lang}: ${event.message || 'the loading thread failed'}`));
    };
    helper.postMessage({ lang });
  });
}

/** The glossary of `lang`, its sections inflated elsewhere; core reads each once and keeps it decoded. */
export async function loadGlossary(lang: string): Promise<Dictionary> {
  const { bytes, sections } = await fetchElsewhere(lang);
  const ahead = new Map(sections.map((s) => [s.at, s.raw]));
  const inflate = (stored: Uint8Array): Uint8Array => {
    const raw = ahead.get(stored.byteOffset);
    ahead.delete(stored.byteOffset);
    return raw ?? inflateSync(stored);
  };
  return parseDictionary({ [lang]: bytes }, { inflate });
}
