import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { encodePhraseIds, indexKeys, packDictionary, PASSED_OVER, SectionPending, storedIndex, storedKeys, storedKeysSized, storedSections, unpackDictionary } from '../../../src/core/dictionaryStore';
import { writeAsset, type DictRecord } from '../../../scripts/dict/asset';

// An invented glossary large enough to fill many sections: nouns with plurals and notes, synonyms sharing one sense
// list (stored once, `@id`), and phrases indexed under their words.
const syllables = ['ka', 'lo', 'mi', 'ru', 'ste', 'ban', 'wel', 'zo', 'fer', 'gu'];
const word = (i: number) => {
  let w = '';
  for (let n = i + 11; n > 0; n = Math.floor(n / 10)) w += syllables[n % 10];
  return w.charAt(0).toUpperCase() + w.slice(1);
};
const records: DictRecord[] = [];
for (let i = 0; i < 12_000; i++) {
  const senses = [`invented thing number ${i}`, `another reading of it, rather long to fill the sections (${i})`];
  records.push({ headword: word(i), grammar: [['m', 'f', 'n'][i % 3]!], senses, plural: `${word(i)}en`, ...(i % 7 === 0 ? { note: '[tech.]' } : {}) });
  if (i % 5 === 0) records.push({ headword: `${word(i)}ung`, grammar: ['f'], senses });
  if (i % 4 === 0) records.push({ headword: `mit dem ${word(i)} fahren`, grammar: [], senses: [`to ride the thing ${i}`] });
}
records.push({ headword: 'laufen', grammar: ['vi'], senses: ['to run'] }, { headword: 'Laufen', grammar: ['n'], senses: ['running'] });
const text = writeAsset('en', records);
const deflate = (raw: Uint8Array) => deflateRawSync(raw, { level: 9 });
const packed = packDictionary(text, deflate);
const probes = [...records.map((r) => r.headword), 'laufen', 'Laufen', 'dem', 'fahren', 'Kalo', 'nichts', 'Zzz', ''];

/** The pack's header as dictionaryStore.ts lays it out: magic, u32 length, JSON; sections counted from its end. */
interface Section { at: number; size: number; first?: number; count?: number }
const headAt = 'lesestoff-dict-pack\n'.length + 4;
const headLength = new DataView(packed.buffer).getUint32(headAt - 4, true);
const header = JSON.parse(new TextDecoder().decode(packed.subarray(headAt, headAt + headLength))) as { keys: Section; index: Section; entries: Section[] };
const dataAt = headAt + headLength;

describe('the packed glossary asset', () => {
  it('gives back the built text exactly', () => {
    expect(unpackDictionary('en', packed, inflateRawSync)).toBe(text);
    expect(unpackDictionary('en', packDictionary(text))).toBe(text);
  });

  it('answers every lookup as the built text does, with either inflater', () => {
    const plain = parseDictionary({ en: new TextEncoder().encode(text) });
    const native = parseDictionary({ en: packed }, { inflate: inflateRawSync });
    const fallback = parseDictionary({ en: packed });
    for (const w of probes.filter((_, i) => i % 5 === 0 || i > probes.length - 9)) {
      const expected = plain.lookup(w);
      expect(native.lookup(w)).toEqual(expected);
      expect(fallback.exact!(w)).toEqual(plain.exact!(w));
      expect(native.has(w)).toBe(plain.has(w));
    }
    expect(native.lookup('Laufen').map((e) => e.senses[0])).toEqual(['running', 'to run']);
    expect(native.lookup(word(8)).map((e) => e.headword)).toEqual([word(8), `mit dem ${word(8)} fahren`]);
  });

  it('finds every key and no other word, also among more keys alike in their first eight letters than the search narrows to at first', () => {
    const heads = [...Array.from({ length: 40 }, (_, i) => `Verantwortungs${word(i).toLowerCase()}`), ...Array.from({ length: 300 }, (_, i) => word(i * 7))];
    const own = packDictionary(writeAsset('en', heads.map((h) => ({ headword: h, grammar: ['f'], senses: [`what ${h} means`] }))), deflate);
    const dictionary = parseDictionary({ en: own }, { inflate: inflateRawSync, indexed: { en: indexKeys('en', own, inflateRawSync) } });
    for (const h of heads) {
      expect(dictionary.has(h)).toBe(true);
      expect(dictionary.lookup(h).map((e) => e.senses[0])).toEqual([`what ${h} means`]);
      // No syllable of the invented words holds an x.
      expect(dictionary.has(`${h}x`)).toBe(false);
    }
    for (const absent of ['Aaa', 'Verantwortung', 'Verantwortungs', 'Zzz']) expect(dictionary.has(absent)).toBe(false);
  });

  it('inflates only the keys to load and only the sections a lookup reads', () => {
    let calls = 0;
    const counting = (bytes: Uint8Array) => {
      calls++;
      return inflateRawSync(bytes);
    };
    const dictionary = parseDictionary({ en: packed }, { inflate: counting });
    expect(calls).toBe(1);
    expect(dictionary.has(word(3))).toBe(true);
    expect(calls).toBe(1);
    dictionary.lookup(word(3));
    const afterOne = calls;
    for (const w of probes) dictionary.lookup(w);
    expect(header.entries.length).toBeGreaterThan(6);
    expect(afterOne).toBeLessThanOrEqual(4);
    expect(calls).toBe(1 + header.entries.length + 1);
  });

  it('reads sections a host inflated ahead (the worker inflates them natively on another thread), known by their place', () => {
    const sections = storedSections('en', packed);
    expect(sections).toHaveLength(2 + header.entries.length);
    const ahead = new Map(sections.map((s) => [s.byteOffset, inflateRawSync(s)]));
    let missed = 0;
    const dictionary = parseDictionary({ en: packed }, {
      inflate: (stored) => ahead.get(stored.byteOffset) ?? (missed++, inflateRawSync(stored)),
    });
    const plain = parseDictionary({ en: new TextEncoder().encode(text) });
    for (const w of probes.filter((_, i) => i % 7 === 0)) expect(dictionary.lookup(w)).toEqual(plain.lookup(w));
    expect(missed).toBe(0);
    expect(storedSections('en', packDictionary(text))).toEqual([]);
  });

  it('opens with keys indexed on another thread as it opens alone, and reads no keys then; an index of another asset is not used', () => {
    let inflated = 0;
    const counting = (bytes: Uint8Array) => (inflated++, inflateRawSync(bytes));
    // Through a structured clone, as the loading thread posts it.
    const indexed = structuredClone(indexKeys('en', packed, inflateRawSync));
    const dictionary = parseDictionary({ en: packed }, { inflate: counting, indexed: { en: indexed } });
    expect(inflated).toBe(0);
    const plain = parseDictionary({ en: new TextEncoder().encode(text) });
    for (const w of probes.filter((_, i) => i % 3 === 0 || i > probes.length - 9)) {
      expect(dictionary.has(w)).toBe(plain.has(w));
      expect(dictionary.lookup(w)).toEqual(plain.lookup(w));
    }
    const other = packDictionary(writeAsset('en', records.slice(0, 500)), deflate);
    const wrong = parseDictionary({ en: other }, { inflate: inflateRawSync, indexed: { en: indexed } });
    expect(wrong.has(records[300]!.headword)).toBe(true);
    expect(wrong.has(word(9_000))).toBe(false);
  });

  it('says a damaged keys section is damaged when it is indexed elsewhere, as when it is opened', () => {
    const damaged = packed.slice();
    damaged.fill(0xff, dataAt + header.keys.at + 10, dataAt + header.keys.at + header.keys.size - 10);
    expect(() => indexKeys('en', damaged, inflateRawSync)).toThrow('dictionary en: damaged asset (the keys');
    expect(() => parseDictionary({ en: damaged }, { inflate: inflateRawSync })).toThrow('dictionary en: damaged asset (the keys');
  });

  it('refuses a truncated asset when it is opened, saying so', () => {
    expect(() => parseDictionary({ en: packed.subarray(0, packed.length - 500) })).toThrow(/dictionary en: damaged asset \(truncated/);
    expect(() => parseDictionary({ en: packed.subarray(0, 30) })).toThrow(/dictionary en: damaged asset/);
  });

  it('reports a damaged section when a lookup reaches it, and still answers from the sections that are whole', () => {
    const damaged = packed.slice();
    const last = header.entries.length - 1;
    const section = header.entries[last]!;
    damaged.fill(0xff, dataAt + section.at + 10, dataAt + section.at + section.size - 10);
    const dictionary = parseDictionary({ en: damaged }, { inflate: inflateRawSync });
    expect(dictionary.lookup(word(0))[0]?.senses[0]).toBe('invented thing number 0');
    expect(() => {
      for (const w of probes) dictionary.lookup(w);
    }).toThrow(`dictionary en: damaged asset (entry section ${last}`);
  });

  it('reads each entry line of a section as written, letters of two, three and four bytes at its ends too (lines are decoded one at a time)', () => {
    const wide: DictRecord[] = [];
    for (let i = 0; i < 4_000; i++) {
      const w = `${word(i)}${['ä', '€', '𝔵', 'ß'][i % 4]}`;
      wide.push({ headword: w, grammar: ['f'], senses: [`ein Ding ${i} ${['ö', '…', '𝔷', 'é'][i % 4]}`], plural: `${w}e` });
    }
    const built = writeAsset('en', wide);
    const dictionary = parseDictionary({ en: packDictionary(built, deflate) }, { inflate: inflateRawSync });
    for (const r of wide.filter((_, i) => i % 97 === 0 || i > 3_990)) {
      const [entry] = dictionary.exact!(r.headword);
      expect([entry?.headword, entry?.grammar, entry?.senses, entry?.plural]).toEqual([r.headword, r.grammar, r.senses, r.plural]);
    }
  });

  it('names a pack of another version instead of misreading it', () => {
    const newer = packed.slice();
    const at = new TextDecoder().decode(packed.subarray(headAt, dataAt)).indexOf('"version":3') + '"version":'.length;
    newer[headAt + at] = '4'.charCodeAt(0);
    expect(() => parseDictionary({ en: newer })).toThrow('dictionary en: packed in version 4, this app reads version 3');
  });
});

describe('a word\'s phrases in the phrase index', () => {
  const glossary = (list: string) => new TextEncoder().encode([
    'lesestoff-dict\t1\ten\t1\t3', 'haus\t^\tn\thouse', 'im Haus bleiben\t\t\tto stay in', 'aus dem Haus gehen\t\t\tto go out',
    'ins Haus kommen\t\t\tto come in', `haus\t${list}`, '',
  ].join('\n'));
  const phrases = (list: string) => parseDictionary({ en: packDictionary(new TextDecoder().decode(glossary(list)), deflate) }, { inflate: inflateRawSync }).phrases!('Haus').map((e) => e.headword);

  it('come in their listed order when the ids after the first are written as differences (smaller asset), as when written out', () => {
    const order = ['ins Haus kommen', 'im Haus bleiben', 'aus dem Haus gehen'];
    expect(phrases(encodePhraseIds([2, 0, 1]))).toEqual(order);
    expect(encodePhraseIds([2, 0, 1])).toBe('2,-2,+1');
    expect(phrases('2,0,1')).toEqual(order);
  });
});

describe('the glossary keys joined by marks, digits and letters beyond a–z', () => {
  it('finds every key, whatever units follow the first one its prefix cannot tell apart', () => {
    // Invented words: `ab-zug` sorts before `ab.an`, and a prefix that read the letters after `-` and `.` as the same
    // unit sorted them the other way, so a search by prefix missed the keys beyond.
    const marks = ['-', '.', ',', "'", '+', '&', 'é', 'α', 'ä', 'ß', '1', 'Z'];
    const headwords = ['ab', 'äb', 'a1', 'ß'].flatMap((start) => marks.flatMap((mark) => ['an', 'mann', 'zug', 'ähre'].map((end) => start + mark + end)));
    const glossary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', headwords.map((headword) => ({ headword, grammar: ['m'], senses: ['thing'] })))) });
    expect(headwords.filter((w) => !glossary.has(w))).toEqual([]);
  });
});

describe('the glossary keys with units beyond U+00FF (issue 19)', () => {
  // Invented keys: a dialect's apostrophe, a compound head's mark, a Greek letter in a chemical name, the rare ÿ, and a
  // unit pair; each sorted among plain neighbours.
  const headwords = ['g’wand', 'g’wandt', 'gwand', '…kammer', '…kammerl', 'zz', '4α-nordlandol', '4a-nordlandol', 'aÿe', 'aye', 'ayf', 'ole🙂', 'ole', 'olf'];
  const built = writeAsset('en', headwords.map((headword) => ({ headword, grammar: ['m'], senses: [`thing ${headword}`] })));
  const own = packDictionary(built, deflate);

  it('keeps the keys one unit a byte (the keys text decodes to a one-byte string), finds each as written and gives it back so', () => {
    expect([...indexKeys('en', own, inflateRawSync).text].filter((c) => c.charCodeAt(0) > 0xff)).toEqual([]);
    const glossary = parseDictionary({ en: own }, { inflate: inflateRawSync });
    const plain = parseDictionary({ en: new TextEncoder().encode(built) });
    for (const w of [...headwords, 'g’', '…', 'ole🙃', 'α']) {
      expect(glossary.has(w)).toBe(plain.has(w));
      expect(glossary.lookup(w)).toEqual(plain.lookup(w));
    }
    expect(headwords.map((w) => glossary.lookup(w)[0]?.senses[0])).toEqual(headwords.map((w) => `thing ${w}`));
    expect(unpackDictionary('en', own, inflateRawSync)).toBe(built);
  });
});

describe('a packed glossary as it downloads and inflates elsewhere (issue 19)', () => {
  const keysEnd = dataAt + header.keys.at + header.keys.size;

  it('gives its keys once they have arrived, and indexes them as from the whole asset', () => {
    for (const end of [10, headAt, dataAt, keysEnd - 1]) expect(storedKeys('en', packed.subarray(0, end))).toBeUndefined();
    const prefix = packed.slice(0, keysEnd);
    expect(storedKeys('en', prefix)).toEqual(storedSections('en', packed)[0]);
    // With the size they inflate to, which a host inflating in chunks asks for as one.
    expect(storedKeysSized('en', prefix)).toEqual({ stored: storedKeys('en', prefix), raw: inflateRawSync(storedKeys('en', prefix)!).length });
    expect(indexKeys('en', prefix, inflateRawSync)).toEqual(indexKeys('en', packed, inflateRawSync));
    // The whole asset's length, which a host opening it before the rest has come allocates.
    expect(indexKeys('en', prefix, inflateRawSync).assetBytes).toBe(packed.length);
    // Sections stored uninflated are read where they are.
    expect(storedKeys('en', packDictionary(text))).toBeUndefined();
  });

  it('refuses a damaged header while it arrives, and a prefix as a whole asset', () => {
    const bad = packed.slice(0, keysEnd);
    bad[headAt] = 0x78;
    expect(() => storedKeys('en', bad)).toThrow(/damaged asset/);
    expect(() => parseDictionary({ en: packed.slice(0, keysEnd) })).toThrow(/truncated/);
  });

  it('stores the phrase index right after the keys, and gives it once it has arrived, before the entries', () => {
    const [keys, index, ...entries] = storedSections('en', packed);
    const indexEnd = index!.byteOffset + index!.length;
    expect(index!.byteOffset).toBe(keys!.byteOffset + keys!.length);
    expect(Math.min(...entries.map((s) => s.byteOffset))).toBe(indexEnd);
    for (const end of [keysEnd, indexEnd - 1]) expect(storedIndex('en', packed.subarray(0, end))).toBeUndefined();
    expect(storedIndex('en', packed.subarray(0, indexEnd))).toEqual(index);
  });

  it('lists the phrase index right after the keys: every card reads it', () => {
    const [keys, index, ...entries] = storedSections('en', packed);
    expect([keys!.byteOffset, index!.byteOffset]).toEqual([dataAt + header.keys.at, dataAt + header.index.at]);
    expect(entries.map((s) => s.byteOffset)).toEqual(header.entries.map((e) => dataAt + e.at));
  });

  it('stops a lookup that needs a section not at hand yet, keeps nothing of it, and answers alike once it is there', () => {
    const have = new Set<number>();
    const asked: number[] = [];
    const dictionary = parseDictionary({ en: packed }, {
      inflate: (stored) => (have.has(stored.byteOffset) ? inflateRawSync(stored) : undefined),
      indexed: { en: indexKeys('en', packed, inflateRawSync) },
    });
    const plain = parseDictionary({ en: new TextEncoder().encode(text) });
    for (const w of probes.filter((_, i) => i % 11 === 0 || i > probes.length - 9)) {
      // Keys only: answered without a section.
      expect(dictionary.has(w)).toBe(plain.has(w));
      for (;;) {
        try {
          expect(dictionary.lookup(w)).toEqual(plain.lookup(w));
          break;
        } catch (err) {
          expect(err).toBeInstanceOf(SectionPending);
          const at = (err as SectionPending).at;
          expect(have.has(at)).toBe(false);
          have.add(at);
          asked.push(at);
        }
      }
    }
    // Each section was asked for once: one that stopped a lookup was read when it came, not stored as missing.
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeGreaterThan(3);
  });

  it('names at once every section a lookup\'s entries lie in, not one stop apiece', () => {
    // Phrases filling several sections, one in 500 with a word in common.
    const phrases: DictRecord[] = Array.from({ length: 6_000 }, (_, i) => ({ headword: `im ${word(i)} ${i % 500 ? `bleiben${i}` : 'wohnen'}`, grammar: [], senses: [`to stay in the invented place number ${i}, a sense long enough to fill sections`] }));
    const manyText = writeAsset('en', [...records.slice(0, 50), ...phrases]);
    const many = packDictionary(manyText, deflate);
    const have = new Set<number>();
    const dictionary = parseDictionary({ en: many }, {
      inflate: (stored) => (have.has(stored.byteOffset) ? inflateRawSync(stored) : undefined),
      indexed: { en: indexKeys('en', many, inflateRawSync) },
    });
    const stops: (readonly number[])[] = [];
    for (;;) {
      try {
        expect(dictionary.lookup('wohnen')).toEqual(parseDictionary({ en: new TextEncoder().encode(manyText) }).lookup('wohnen'));
        break;
      } catch (err) {
        expect(err).toBeInstanceOf(SectionPending);
        const all = (err as SectionPending).all;
        expect(all.some((at) => have.has(at))).toBe(false);
        for (const at of all) have.add(at);
        stops.push(all);
      }
    }
    // The phrase index, then every section its phrases lie in at once.
    expect(stops).toHaveLength(2);
    expect(stops[0]).toHaveLength(1);
    expect(stops[1]!.length).toBeGreaterThan(3);
  });

  it('reads on past the sections its host passes over, names them all in one run, and answers alike once they are there', () => {
    // Several lookups in one run, as a card reads its word, its parts and its sentence's phrases.
    const words = Array.from({ length: 8 }, (_, i) => word(i * 1_504));
    const have = new Set<number>();
    const passed = new Set<number>();
    const dictionary = parseDictionary({ en: packed }, {
      inflate: (stored) => (have.has(stored.byteOffset) ? inflateRawSync(stored) : (passed.add(stored.byteOffset), PASSED_OVER)),
      indexed: { en: indexKeys('en', packed, inflateRawSync) },
    });
    const plain = parseDictionary({ en: new TextEncoder().encode(text) });
    const runs: { found: number; passed: number }[] = [];
    for (;;) {
      passed.clear();
      const found = words.map((w) => dictionary.lookup(w));
      runs.push({ found: found.flat().length, passed: passed.size });
      if (passed.size === 0) {
        expect(found).toEqual(words.map((w) => plain.lookup(w)));
        break;
      }
      for (const at of passed) have.add(at);
    }
    // The first run reads on without the phrase index and every entry, the second without the phrases' sections, which
    // only the index names; SectionPending stopped at each lookup's sections in turn.
    expect(runs.map((r) => r.passed > 0)).toEqual([true, true, false]);
    expect(runs[0]).toEqual({ found: 0, passed: expect.any(Number) });
    expect(runs[0]!.passed).toBeGreaterThan(4);
  });
});
