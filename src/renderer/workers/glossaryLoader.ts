/**
 * Loads a packed glossary for the engine worker (issue 19): a thread of its own (inflate.worker.ts) fetches it and
 * inflates its sections with the browser's zlib while the engine is built from the lexicon. The keys come first,
 * decoded and indexed there as soon as they have arrived, while the rest downloads (`indexKeys`: 0.1–0.15 s on a busy
 * machine): the glossary opens with them, which is all analysis needs, without waiting for the rest of the download
 * (its bytes are zero until the whole asset follows, and no lookup reads them before). The other sections follow, the
 * phrase index first, those asked for together in one message. A click's lookup waits for the sections it reads only,
 * which the loading thread inflates next (`Glossary.read`): a first card waited ~0.4 s for all of them on a busy
 * machine, and fflate's inflate, cold, took as long for the nine sections a card may read. It asks for all those one run of the lookup reads at once
 * (core reads on past them, `PASSED_OVER`), not for the next one each time the lookup stopped at it.
 */
import { inflateSync } from 'fflate';
import { type Dictionary, indexKeys, type Inflate, type KeyIndex, parseDictionary, PASSED_OVER, SectionPending, storedIndex, storedKeys, storedSections } from '../../core';
import { fetchDictionary, inflateNatively } from './assets';
import { WantedSections } from './wantedSections';
import { takeGlossaryThread } from './glossaryThread';
import { countStart, markStart } from './startMarks';

/** Inflated sections, each known by its offset in the asset's bytes. */
type Sections = { at: number; raw: Uint8Array }[];

/**
 * What the loading thread posts: that it runs; the asset with its keys indexed as soon as they are, the rest of its bytes
 * zero (`whole` false), then the whole asset; then the other sections (`last` on the final post); or an error.
 */
export type GlossaryMessage = { started: true } | { bytes: Uint8Array; indexed?: KeyIndex; whole: boolean } | { sections: Sections; last: boolean } | { error: string };

/** What the engine worker asks of the loading thread: a section a lookup waits for, inflated next. */
export type GlossaryRequest = { want: number };

/**
 * How long after opening the glossary its loading thread starts inflating the sections nobody has asked for (issue 19):
 * all of them took a core for ~1 s on a busy machine, while the engine worker built the engine and analysed the first
 * article and the page drew it; a card's lookups ask for theirs meanwhile, the phrase index is inflated at once.
 */
export const UNASKED_AFTER_MS = 2_000;

/**
 * Fetches the glossary of `lang` (or reads the download already `requested`) and posts it in steps (the bytes, the
 * index and inflated sections moved); sections in `wanted` go before the others, which wait `unaskedAfter`
 * ms after the phrase index.
 */
export async function fetchGlossaryInflated(lang: string, post: (message: GlossaryMessage, transfer?: Transferable[]) => void, wanted = new WantedSections(), requested?: Promise<Response>, unaskedAfter = 0): Promise<void> {
  let keys: Promise<void> | undefined;
  // The phrase index follows the keys (every card reads it): inflated and posted while the entries download.
  let index: Promise<number> | undefined;
  const bytes = await fetchDictionary(lang, requested, (received) => {
    const stored = keys ? undefined : storedKeys(lang, received);
    // A copy: the download's buffer may still grow and move. A damaged keys section throws when awaited, with core's
    // words, and the caller posts them.
    if (stored) {
      markStart('glossary-keys-arrived');
      keys = inflateNatively(stored.slice(), 'deflate-raw').then((raw) => {
        const indexed = indexKeys(lang, received, () => raw);
        markStart('glossary-keys-indexed');
        // Posted at once, not after the whole download (issue 19: 20-60 ms later on a busy machine, while the engine
        // waited to analyse): the sections not here yet are zero, and the engine worker reads none of them before the
        // whole asset or their inflated lines have come (loadGlossary).
        const early = new Uint8Array(indexed.assetBytes);
        early.set(received.subarray(0, early.length));
        post({ bytes: early, indexed, whole: false }, [early.buffer, indexed.starts.buffer, indexed.prefixes.buffer]);
      });
    }
    const phrases = keys && !index ? storedIndex(lang, received) : undefined;
    if (!keys || !phrases) return;
    // Posted after the keys, as a section asked for is.
    const at = phrases.byteOffset - received.byteOffset;
    const copy = phrases.slice();
    index = keys.then(() => inflateNatively(copy, 'deflate-raw')).then((raw) => (post({ sections: [{ at, raw }], last: false }, [raw.buffer]), at));
    // Awaited after the keys: when they fail, theirs is the error posted.
    index.catch(() => undefined);
  });
  await keys;
  // The asset is moved, and this thread inflates from a copy of its own: a copy here is one memcpy, while posting the
  // 7 MB as a copy cloned it twice, ~35 ms on a busy machine between the keys' index and the engine's first analysis.
  const own = bytes.slice();
  post({ bytes, whole: true }, [bytes.buffer]);
  const indexAt = await index;
  const [, ...rest] = storedSections(lang, own);
  const left = new Map(rest.map((s) => [s.byteOffset, s]));
  if (indexAt !== undefined) left.delete(indexAt);
  if (!left.size) post({ sections: [], last: true });
  let next = 0;
  const unasked = performance.now() + unaskedAfter;
  while (left.size) {
    const asked = wanted.takeAll().filter((at) => left.has(at));
    if (!asked.length) {
      while (!left.has(rest[next]!.byteOffset)) next++;
      // The phrase index (every card reads it) at once, the other sections nobody asked for later.
      const wait = unasked - performance.now();
      if (next > 0 && wait > 0) {
        await wanted.asked(wait);
        continue;
      }
      asked.push(rest[next]!.byteOffset);
    }
    // The sections a lookup asked for together, inflated side by side and posted in one message (issue 19): one at a
    // time, a first card's 12 took ~32 ms on a busy machine, and the lookup waits for the last of them anyway.
    const raws = await Promise.all(asked.map((at) => inflateNatively(left.get(at)!, 'deflate-raw')));
    for (const at of asked) left.delete(at);
    post({ sections: asked.map((at, i) => ({ at, raw: raws[i]! })), last: left.size === 0 }, raws.map((raw) => raw.buffer));
  }
}

const finished = (message: GlossaryMessage): boolean => 'error' in message || ('last' in message && message.last);

/**
 * Runs fetchGlossaryInflated on another thread; where a worker cannot start one of its own, here. Returns how to ask
 * for a section first.
 */
function fetchElsewhere(lang: string, receive: (message: GlossaryMessage) => void): (at: number) => void {
  if (typeof Worker === 'undefined') {
    const wanted = new WantedSections();
    receive({ started: true });
    fetchGlossaryInflated(lang, receive, wanted).catch((err: unknown) => receive({ error: err instanceof Error ? err.message : String(err) }));
    return (at) => wanted.want(at);
  }
  const thread = takeGlossaryThread(lang);
  let running = true;
  const stop = () => {
    running = false;
    thread.worker.terminate();
  };
  thread.listen((heard) => {
    if ('failed' in heard) {
      stop();
      receive({ error: `glossary ${lang}: ${heard.failed || 'the loading thread failed'}` });
      return;
    }
    if (finished(heard.message)) stop();
    receive(heard.message);
  });
  return (at) => {
    if (running) thread.worker.postMessage({ want: at } satisfies GlossaryRequest);
  };
}

export interface Glossary {
  /** The loading thread runs: from now on it works while this thread is busy (a nested worker cannot start then). */
  started: Promise<void>;
  /** Opened with its keys: `has` answers at once, so analysis can start, and so do lookups (see the file's comment). */
  opened: Promise<Dictionary>;
  /** The same, once every section is at hand (cards no longer wait for it: each waits for its own sections, see `read`). */
  complete: Promise<Dictionary>;
  /**
   * Runs `lookup` (on the opened glossary) once the sections it reads are at hand: a section still on its way is asked
   * for first and the lookup run again (core keeps nothing of a lookup that stopped for one).
   */
  read<T>(lookup: () => T): Promise<T>;
  /**
   * Runs `lookup` once: it reads on past the sections still on its way (instead of fflate inflating them here), and
   * then fails with core's SectionPending naming them all.
   */
  attempt<T>(lookup: () => T): T;
  /** When `err` is a SectionPending: its sections asked for first, and a promise of their arrival; else undefined. */
  arrival(err: unknown): Promise<void> | undefined;
}

export function loadGlossary(lang: string): Glossary {
  const ahead = new Map<number, Uint8Array>();
  // Sections core has read (it reads each once): their natively inflated copy, if it comes later, is not kept.
  const read = new Set<number>();
  // Lookups waiting for a section, by its offset.
  const arrivals = new Map<number, (() => void)[]>();
  let delivered = false;
  // The asset once all of it has come: the glossary may open before, with its keys, the rest of its bytes zero.
  let whole: Uint8Array | undefined;
  let failure: Error | undefined;
  // Inside `read`, a section still on its way is passed over and noted here, and waited for with the others the same
  // run of the lookup reads (core's PASSED_OVER); elsewhere (or once the loading thread is done, or failed) fflate
  // inflates it here, from the whole asset: a section not downloaded yet is waited for everywhere, and a download that
  // failed fails the lookups that wait.
  let passed: Set<number> | undefined;
  const inflate = (stored: Uint8Array): ReturnType<Inflate> => {
    const at = stored.byteOffset;
    const raw = ahead.get(at);
    ahead.delete(at);
    if (raw) {
      read.add(at);
      return raw;
    }
    if (failure && !whole) throw failure;
    if (passed && !delivered) {
      passed.add(at);
      return PASSED_OVER;
    }
    if (!whole) return undefined;
    read.add(at);
    return inflateSync(whole.subarray(at, at + stored.length));
  };
  let start: () => void, open: (d: Dictionary) => void, fail: (e: Error) => void, done: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  const opened = new Promise<Dictionary>((resolve, reject) => ((open = resolve), (fail = reject)));
  const all = new Promise<void>((resolve) => (done = resolve));
  // The first bytes open the glossary (with its keys only, or whole); the whole asset after them is kept for `inflate`.
  let opening = false;
  const arrive = (at: number) => {
    for (const wake of arrivals.get(at) ?? []) wake();
    arrivals.delete(at);
  };
  const finish = () => {
    delivered = true;
    for (const at of [...arrivals.keys()]) arrive(at);
    done();
  };
  const ask = fetchElsewhere(lang, (message) => {
    if ('started' in message) return start();
    if ('error' in message) {
      start();
      failure = new Error(message.error);
      fail(failure);
      // Sections still missing are read by fflate, and a damaged one is reported by core when a lookup reads it.
      finish();
      return;
    }
    if ('bytes' in message) {
      if (message.whole) whole = message.bytes;
      if (opening) return;
      opening = true;
      try {
        open(parseDictionary({ [lang]: message.bytes }, { inflate, ...(message.indexed ? { indexed: { [lang]: message.indexed } } : {}) }));
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)));
      }
    } else {
      for (const s of message.sections) {
        if (!read.has(s.at)) ahead.set(s.at, s.raw);
        arrive(s.at);
      }
      if (message.last) finish();
    }
  });
  const arrival = (at: number) =>
    new Promise<void>((resolve) => {
      if (delivered || ahead.has(at) || read.has(at)) return resolve();
      // Asked once: the click's lookup waits for the sections card 0's asked for already (issue 19).
      const waiting = arrivals.get(at);
      arrivals.set(at, [...(waiting ?? []), resolve]);
      if (!waiting) ask(at);
    });
  const complete = opened.then((dictionary) => all.then(() => dictionary));
  // A failure is the caller's to handle through `opened`; `complete` fails with it.
  complete.catch(() => undefined);
  const attempt = <T>(lookup: () => T): T => {
    const noted = new Set<number>();
    passed = noted;
    let value: T;
    try {
      value = lookup();
    } finally {
      passed = undefined;
    }
    const [first, ...rest] = noted;
    if (first !== undefined) throw new SectionPending(lang, [first, ...rest]);
    return value;
  };
  return {
    started,
    opened,
    complete,
    attempt,
    arrival: (err) => (err instanceof SectionPending ? Promise.all(err.all.map(arrival)).then(() => undefined) : undefined),
    async read(lookup) {
      for (;;) {
        try {
          return attempt(lookup);
        } catch (err) {
          if (!(err instanceof SectionPending)) throw err;
          countStart('glossary-round');
          await Promise.all(err.all.map(arrival));
        }
      }
    },
  };
}
