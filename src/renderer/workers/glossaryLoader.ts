/**
 * Loads a packed glossary for the engine worker (issue 19): a thread of its own (inflate.worker.ts) fetches it and
 * inflates its sections with the browser's zlib while the engine is built from the lexicon. The keys come first,
 * decoded and indexed there too (`indexKeys`: 0.1–0.15 s of the engine worker's time on a busy machine, after the
 * engine): the glossary opens with them, which is all analysis needs; lookups wait for the rest. fflate's JavaScript
 * inflate, which core falls back to, took 0.3–0.8 s for an article's first card while it was still cold; inflating everything
 * before opening kept the first analysis waiting ~0.5 s.
 */
import { inflateSync } from 'fflate';
import { type Dictionary, indexKeys, type KeyIndex, parseDictionary, storedSections } from '../../core';
import { fetchDictionary } from './assets';

/** Inflated sections, each known by its offset in the asset's bytes. */
type Sections = { at: number; raw: Uint8Array }[];

/** What the loading thread posts: that it runs, the asset with its keys indexed, then the other sections; or an error. */
export type GlossaryMessage = { started: true } | { bytes: Uint8Array; indexed?: KeyIndex } | { rest: Sections } | { error: string };

/** Raw DEFLATE inflated by the browser's own zlib: several times faster than fflate's, but asynchronous. */
async function inflateNatively(bytes: Uint8Array): Promise<Uint8Array> {
  // Fetched bytes, never a SharedArrayBuffer's, which is all the cast rules out.
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const inflateAll = async (stored: Uint8Array[]): Promise<Sections> =>
  (await Promise.all(stored.map(inflateNatively))).map((raw, i) => ({ at: stored[i]!.byteOffset, raw }));

/** Fetches the glossary of `lang` and posts it in two steps (the bytes are copied, the index and inflated sections moved). */
export async function fetchGlossaryInflated(lang: string, post: (message: GlossaryMessage, transfer?: Transferable[]) => void): Promise<void> {
  const bytes = await fetchDictionary(lang);
  const [keys, ...rest] = storedSections(lang, bytes);
  const raw = keys && (await inflateNatively(keys));
  // A damaged keys section throws here, with core's words, and the caller posts them.
  const indexed = raw && indexKeys(lang, bytes, () => raw);
  if (indexed) post({ bytes, indexed }, [indexed.starts.buffer, indexed.prefixes.buffer]);
  else post({ bytes });
  const others = await inflateAll(rest);
  post({ rest: others }, others.map((s) => s.raw.buffer));
}

const WORKER_NAME = 'glossary:';

/** The glossary language of a loading thread, from its name (inflate.worker.ts). */
export const glossaryOfWorker = (name: string): string | undefined => (name.startsWith(WORKER_NAME) ? name.slice(WORKER_NAME.length) : undefined);

/** Runs fetchGlossaryInflated on another thread; where a worker cannot start one of its own, here. */
function fetchElsewhere(lang: string, receive: (message: GlossaryMessage) => void): void {
  if (typeof Worker === 'undefined') {
    receive({ started: true });
    fetchGlossaryInflated(lang, receive).catch((err: unknown) => receive({ error: err instanceof Error ? err.message : String(err) }));
    return;
  }
  const helper = new Worker(new URL('./inflate.worker.ts', import.meta.url), { type: 'module', name: `${WORKER_NAME}${lang}` });
  helper.onmessage = (event: MessageEvent<GlossaryMessage>) => {
    if ('rest' in event.data || 'error' in event.data) helper.terminate();
    receive(event.data);
  };
  helper.onerror = (event) => {
    helper.terminate();
    receive({ error: `glossary ${lang}: ${event.message || 'the loading thread failed'}` });
  };
}

export interface Glossary {
  /** The loading thread runs: from now on it works while this thread is busy (a nested worker cannot start then). */
  started: Promise<void>;
  /** Opened with its keys: `has` answers at once, so analysis can start. */
  opened: Promise<Dictionary>;
  /** The same, once every section is at hand (lookups wait for it; core reads each section once). */
  complete: Promise<Dictionary>;
}

export function loadGlossary(lang: string): Glossary {
  const ahead = new Map<number, Uint8Array>();
  const inflate = (stored: Uint8Array): Uint8Array => {
    const raw = ahead.get(stored.byteOffset);
    ahead.delete(stored.byteOffset);
    return raw ?? inflateSync(stored);
  };
  let start: () => void, open: (d: Dictionary) => void, fail: (e: Error) => void, done: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  const opened = new Promise<Dictionary>((resolve, reject) => ((open = resolve), (fail = reject)));
  const all = new Promise<void>((resolve) => (done = resolve));
  fetchElsewhere(lang, (message) => {
    if ('started' in message) return start();
    if ('error' in message) {
      start();
      fail(new Error(message.error));
      // Sections still missing are read by fflate, and a damaged one is reported by core when a lookup reads it.
      done();
      return;
    }
    if ('bytes' in message) {
      try {
        open(parseDictionary({ [lang]: message.bytes }, { inflate, ...(message.indexed ? { indexed: { [lang]: message.indexed } } : {}) }));
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)));
      }
    } else {
      for (const s of message.rest) ahead.set(s.at, s.raw);
      done();
    }
  });
  const complete = opened.then((dictionary) => all.then(() => dictionary));
  // A failure is the caller's to handle through `opened`; `complete` fails with it.
  complete.catch(() => undefined);
  return { started, opened, complete };
}
