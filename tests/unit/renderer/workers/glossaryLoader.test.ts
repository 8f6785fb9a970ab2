import { deflateRawSync } from 'node:zlib';
import type * as Fflate from 'fflate';
import type * as Assets from '../../../../src/renderer/workers/assets';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { packDictionary, parseDictionary, storedSections } from '../../../../src/core';
import { writeAsset, type DictRecord } from '../../../../scripts/dict/asset';

// An invented glossary of many sections; the asset arrives in chunks, a task apart, as a download does.
const records: DictRecord[] = [];
for (let i = 0; i < 9_000; i++) {
  const w = `Quendel${i.toString(36)}`;
  records.push({ headword: w, grammar: ['m'], senses: [`invented thing ${i}`, `a longer reading of invented thing ${i} to fill the sections`] });
  if (i % 4 === 0) records.push({ headword: `mit dem ${w} fahren`, grammar: [], senses: [`to ride thing ${i}`] });
}
const text = writeAsset('en', records);
const packed = packDictionary(text, (raw) => deflateRawSync(raw, { level: 9 }));

const fflateCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('fflate', async (original) => {
  const fflate = await original<typeof Fflate>();
  return { ...fflate, inflateSync: (...args: Parameters<typeof fflate.inflateSync>) => (fflateCalls.count++, fflate.inflateSync(...args)) };
});
const keysEnd = storedSections('en', packed)[0]!.byteOffset + storedSections('en', packed)[0]!.length;
// A download that stops after the keys (or at `pauseAt`) until `rest` settles (resolved, it goes on; rejected, it
// fails); `done` when it has all come.
const download = vi.hoisted(() => ({ rest: undefined as Promise<void> | undefined, done: Promise.resolve(), pauseAt: 0 }));
vi.mock('../../../../src/renderer/workers/assets', async (original) => ({
  ...(await original<typeof Assets>()),
  fetchDictionary(_lang: string, _requested: unknown, arrived: (received: Uint8Array) => void = () => undefined) {
    const all = (async () => {
      // Into one buffer, as the download's: bytes not come yet are zero.
      const bytes = new Uint8Array(packed.length);
      const ends = [keysEnd];
      for (let end = 64 * 1024; end < packed.length; end += 64 * 1024) if (end > keysEnd) ends.push(end);
      ends.push(packed.length);
      let at = 0;
      for (const end of ends) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (at >= download.pauseAt) await download.rest;
        bytes.set(packed.subarray(at, end), at);
        arrived(bytes.subarray(0, end));
        at = end;
      }
      return bytes;
    })();
    download.done = all.then(() => undefined, () => undefined);
    return all;
  },
}));

const { fetchGlossaryInflated, loadGlossary } = await import('../../../../src/renderer/workers/glossaryLoader');
const { WantedSections } = await import('../../../../src/renderer/workers/wantedSections');

describe('the glossary loaded beside the engine (issue 19)', () => {
  const plain = parseDictionary({ en: new TextEncoder().encode(text) });
  const probes = ['Quendel0', 'Quendel5k', 'quendel1a', `Quendel${(8_999).toString(36)}`, 'Quendel', 'fahren', 'dem'];
  beforeEach(() => {
    fflateCalls.count = 0;
    download.rest = undefined;
    download.pauseAt = keysEnd;
  });

  it('opens with its keys before the rest has downloaded, and a lookup waits for the sections it reads', async () => {
    let resume = () => {};
    download.rest = new Promise((resolve) => (resume = resolve));
    const glossary = loadGlossary('en');
    const dictionary = await glossary.opened;
    for (const w of probes) expect(dictionary.has(w)).toBe(plain.has(w));
    let found: unknown;
    const lookup = glossary.read(() => dictionary.lookup(probes[3]!)).then((entries) => (found = entries));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toBeUndefined();
    resume();
    await lookup;
    expect(found).toEqual(plain.lookup(probes[3]!));
    for (const w of probes) expect(await glossary.read(() => dictionary.lookup(w))).toEqual(plain.lookup(w));
    expect(fflateCalls.count).toBe(0);
    await glossary.complete;
  });

  it('runs a lookup through read again once per round of the sections it reads, not once a section', async () => {
    const glossary = loadGlossary('en');
    const dictionary = await glossary.opened;
    // Words in sections of their own, as a card reads its word, its parts and its sentence's phrases: each stopped the
    // lookup in turn, one round trip to the loading thread apiece.
    const words = Array.from({ length: 8 }, (_, i) => `Quendel${(i * 1_111).toString(36)}`);
    let runs = 0;
    const found = await glossary.read(() => (runs++, words.map((w) => dictionary.lookup(w))));
    expect(found).toEqual(words.map((w) => plain.lookup(w)));
    // The word's entries and the phrase index, then the phrases the index names, then the answer.
    expect(runs).toBe(3);
    expect(fflateCalls.count).toBe(0);
    await glossary.complete;
  });

  it('fails a lookup waiting for a download that fails, with its error, rather than waiting for ever', async () => {
    let cut = (_: Error) => {};
    download.rest = new Promise((_, reject) => (cut = reject));
    // Cut before the download has come to await it (a busy machine), it is not an unhandled rejection.
    download.rest.catch(() => undefined);
    const glossary = loadGlossary('en');
    const dictionary = await glossary.opened;
    const lookup = glossary.read(() => dictionary.lookup(probes[3]!));
    cut(new Error('glossary en: the connection was reset'));
    await expect(lookup).rejects.toThrow('the connection was reset');
    // Also a lookup outside read, which would otherwise have inflated zeros.
    expect(() => dictionary.lookup(probes[3]!)).toThrow('the connection was reset');
  });

  it('opens before its sections are inflated, and a lookup through read waits for its own sections', async () => {
    const glossary = loadGlossary('en');
    let complete = false;
    void glossary.complete.then(() => (complete = true));
    const dictionary = await glossary.opened;
    expect(complete).toBe(false);
    for (const w of probes) expect(await glossary.read(() => dictionary.lookup(w))).toEqual(plain.lookup(w));
    // Each section came from the loading side's inflater, none from fflate on this thread.
    expect(fflateCalls.count).toBe(0);
    expect(complete).toBe(false);
    await glossary.complete;
    for (const w of probes) expect(dictionary.lookup(w)).toEqual(plain.lookup(w));
    expect(fflateCalls.count).toBe(0);
  });

  it('answers a lookup outside read at once once the asset has come, inflating what is missing itself', async () => {
    const glossary = loadGlossary('en');
    const dictionary = await glossary.opened;
    await download.done;
    // The whole asset is posted a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dictionary.lookup(probes[3]!)).toEqual(plain.lookup(probes[3]!));
    expect(fflateCalls.count).toBeGreaterThan(0);
    await glossary.complete;
  });

  it('moves the asset to the engine thread, its keys first, not a copy of it, and still inflates its sections', async () => {
    const moved: [whole: boolean, moved: boolean][] = [];
    const sections: number[] = [];
    await fetchGlossaryInflated('en', (m, transfer = []) => {
      if ('bytes' in m) moved.push([m.whole, transfer.includes(m.bytes.buffer)]);
      if ('sections' in m) sections.push(...m.sections.map((s) => s.at));
    });
    expect(moved).toEqual([
      [false, true],
      [true, true],
    ]);
    expect(sections).toHaveLength(storedSections('en', packed).length - 1);
  });

  it('marks when its keys arrived and when they were indexed, once, for the start bench (startMarks.ts)', async () => {
    performance.clearMarks();
    const steps: string[] = [];
    await fetchGlossaryInflated('en', (m) => {
      // What the engine worker is posted first is the keys' index: by then both marks are set.
      if ('bytes' in m && !m.whole) steps.push(...performance.getEntriesByType('mark').map((e) => e.name));
    });
    expect(steps).toEqual(['start:glossary-keys-arrived', 'start:glossary-keys-indexed']);
    // The download's later chunks, each holding the keys too, mark nothing more.
    expect(performance.getEntriesByType('mark').map((e) => e.name)).toEqual(['start:glossary-keys-arrived', 'start:glossary-keys-indexed']);
    performance.clearMarks();
  });

  it('posts the phrase index, which follows the keys, while the rest of the asset still downloads', async () => {
    const [, index] = storedSections('en', packed);
    let resume = () => {};
    download.rest = new Promise((resolve) => (resume = resolve));
    download.pauseAt = index!.byteOffset + index!.length;
    const posted: string[] = [];
    const done = fetchGlossaryInflated('en', (m) => {
      if ('bytes' in m) posted.push(m.whole ? 'whole' : 'keys');
      if ('sections' in m && m.sections.some((s) => s.at === index!.byteOffset)) posted.push('index');
    });
    await vi.waitFor(() => expect(posted).toEqual(['keys', 'index']));
    resume();
    await done;
    expect(posted).toEqual(['keys', 'index', 'whole']);
  });

  it('inflates at once the phrase index and the sections a lookup asks for, the others only after a while', async () => {
    const [, index, ...entries] = storedSections('en', packed);
    const posted: number[] = [];
    const wanted = new WantedSections();
    const done = fetchGlossaryInflated('en', (m) => void ('sections' in m && posted.push(...m.sections.map((s) => s.at))), wanted, undefined, 60_000);
    await vi.waitFor(() => expect(posted).toEqual([index!.byteOffset]));
    const asked = entries.at(-2)!.byteOffset;
    wanted.want(asked);
    await vi.waitFor(() => expect(posted).toEqual([index!.byteOffset, asked]));
    // Nothing else while nobody asks (a while later on a busy machine, still nothing).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted).toHaveLength(2);
    for (const s of entries) wanted.want(s.byteOffset);
    await done;
    expect(new Set(posted).size).toBe(entries.length + 1);
  });

  it('asks the loading thread once for a section two lookups wait for', async () => {
    const asked = vi.spyOn(WantedSections.prototype, 'want');
    const glossary = loadGlossary('en');
    const dictionary = await glossary.opened;
    // A card being prepared and the click on its word, both before the word's sections have come.
    const word = `Quendel${(4_444).toString(36)}`;
    const [card, click] = await Promise.all([glossary.read(() => dictionary.lookup(word)), glossary.read(() => dictionary.lookup(word))]);
    expect(card).toEqual(plain.lookup(word));
    expect(click).toEqual(plain.lookup(word));
    const offsets = asked.mock.calls.map(([at]) => at);
    expect(offsets.length).toBeGreaterThan(0);
    expect(offsets).toEqual([...new Set(offsets)]);
    asked.mockRestore();
    await glossary.complete;
  });

  it('inflates the sections asked together, one asked twice once, and posts them in one message', async () => {
    const [, index, ...entries] = storedSections('en', packed);
    const posts: number[][] = [];
    const wanted = new WantedSections();
    const done = fetchGlossaryInflated('en', (m) => void ('sections' in m && posts.push(m.sections.map((s) => s.at))), wanted, undefined, 60_000);
    await vi.waitFor(() => expect(posts).toEqual([[index!.byteOffset]]));
    const [a, b, c] = [entries[1]!, entries.at(-1)!, entries[4]!].map((s) => s.byteOffset);
    for (const at of [a!, b!, a!, c!]) wanted.want(at);
    await vi.waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1]).toEqual([a, b, c]);
    for (const s of entries) wanted.want(s.byteOffset);
    await done;
    expect(posts.flat().sort((x, y) => x - y)).toEqual([index!, ...entries].map((s) => s.byteOffset).sort((x, y) => x - y));
  });
});
