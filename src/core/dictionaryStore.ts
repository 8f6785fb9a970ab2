/**
 * How a glossary asset is stored and searched (issue 19: start without waiting for everything). dictionary.ts says what
 * an entry's line means; this module only finds lines.
 *
 * The built text (scripts/dict/asset.ts, format in dictionary.ts) ships packed in sections, so that loading inflates
 * and indexes the word keys only (a fifth of the text), and an entry's section is inflated when a lookup first needs
 * it. Packed asset (`.dict.bin`: served as application/octet-stream, which servers send as it is; Vite's preview gzipped
 * an unknown type again on every request, 0.7 s for the English asset on a busy machine):
 *   PACK_MAGIC, then the header's byte length (u32, little-endian), then the header (UTF-8 JSON, PackHeader), then the
 *   sections, each raw DEFLATE (or stored when `deflated` is false), at offsets counted from the header's end (the
 *   header says where each lies; packs built before the index followed the keys hold it last, and read the same):
 *   keys     the word entries' keys, one a line, in the text's (sorted) order, each unit from U+00FF up spelt in
 *            one-byte units (`oneByte`)
 *   index    the text's phrase index lines
 *   entries  consecutive runs of the text's entry lines, sections of about SECTION_BYTES: a word entry without
 *            its key (which the keys section holds), a phrase entry whole
 * The sections of the English glossary together are smaller than the whole text gzipped (keys compress better alone).
 */
import { gunzipSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export const PACK_MAGIC = 'lesestoff-dict-pack\n';
const PACK_VERSION = 3;
/**
 * A lookup reads several sections (its phrases and shared sense lists lie elsewhere): one costs about half a millisecond
 * to inflate and index; halving them again would cost the English asset ~90 KB more.
 */
const SECTION_BYTES = 128_000;
/** The built text's header line. */
export const ASSET_MAGIC = 'lesestoff-dict';
export const ASSET_VERSION = '1';

/** DEFLATE without a zlib or gzip wrapper: node:zlib's deflateRawSync, fflate's deflateSync. */
export type Deflate = (raw: Uint8Array) => Uint8Array;
/**
 * What a host's Inflate returns for an entry section (or the phrase index) not at hand yet that the lookup should go on
 * without (issue 19): its entries read as absent this time, and nothing of them is kept. A host that notes the sections
 * it passed over learns in one run of a lookup every section it reads as far as those at hand lead, where
 * SectionPending stopped it at each in turn (a first card stopped ~20 times, a round trip to the loading thread apiece);
 * it runs the lookup again once they have come, and a run that passed over none is the lookup's answer.
 */
export const PASSED_OVER: unique symbol = Symbol('section passed over');

/**
 * The inverse of Deflate; core's default is fflate's, a host may pass a native one (node:zlib's inflateRawSync). A host
 * that inflates sections elsewhere may return undefined for one not at hand yet: the lookup then throws
 * SectionPending; or PASSED_OVER.
 */
export type Inflate = (stored: Uint8Array) => Uint8Array | undefined | typeof PASSED_OVER;

/**
 * Thrown by a lookup that needs sections its host's Inflate does not have at hand yet (issue 19: the engine worker's
 * first click waits for the sections it reads, not for all of them). Nothing of the lookup is kept: the host gets the
 * sections at `all` (their offsets in the asset's bytes; `at` is the first) and asks again.
 */
export class SectionPending extends Error {
  readonly at: number;

  constructor(lang: string, readonly all: readonly [number, ...number[]]) {
    super(`dictionary ${lang}: the section${all.length > 1 ? 's' : ''} at byte ${all.join(', ')} not inflated yet`);
    this.name = 'SectionPending';
    this.at = all[0];
  }
}

interface Section {
  /** Offset from the header's end. */
  at: number;
  /** Bytes stored. */
  size: number;
  /** Bytes once inflated. */
  raw: number;
}

interface EntrySection extends Section {
  /** Id of its first entry line, and how many it holds. */
  first: number;
  count: number;
}

interface PackHeader {
  version: number;
  lang: string;
  words: number;
  phrases: number;
  deflated: boolean;
  keys: Section;
  index: Section;
  entries: EntrySection[];
}

// TextDecoder is a web standard every host has (browser, worker, Node) and several times faster than fflate's
// decoder; core is compiled without DOM types, so it is looked up on globalThis.
const Utf8Decoder = (globalThis as { TextDecoder?: new () => { decode(bytes: Uint8Array): string } }).TextDecoder;
const decode = (bytes: Uint8Array): string => (Utf8Decoder ? new Utf8Decoder().decode(bytes) : strFromU8(bytes));

/**
 * A key with its units from U+00FF up spelt as U+00FF and three units U+0080…U+00BF (six bits each, high first), so that
 * the decoded keys text is a one-byte string (issue 19): a few hundred of the English glossary's 314,000 keys hold '’',
 * '…' or 'α', and one such key made the whole 4 MB text two bytes a unit, decoded, indexed and copied to the engine's
 * thread at twice the cost. Keys keep their order (U+00FF sorts after every unit below it, the three after it compare
 * as the unit did) and their prefixes (code6 stops at U+00FF as at any unit above U+00FC), so the keys are searched
 * as stored with the probe spelt the same way.
 */
const WIDE = /[\u00ff-\uffff]/g;
const SPELT = /\u00ff([\u0080-\u00bf])([\u0080-\u00bf])([\u0080-\u00bf])/g;
const oneByte = (key: string): string =>
  key.replace(WIDE, (c) => {
    const u = c.charCodeAt(0);
    return String.fromCharCode(0xff, 0x80 + (u >> 12), 0x80 + ((u >> 6) & 63), 0x80 + (u & 63));
  });
const fromOneByte = (key: string): string => key.replace(SPELT, (_, a: string, b: string, c: string) => String.fromCharCode(((a.charCodeAt(0) - 0x80) << 12) | ((b.charCodeAt(0) - 0x80) << 6) | (c.charCodeAt(0) - 0x80)));

/**
 * A range of lines kept as offsets into one decoded string: splitting 400,000 lines into strings took a third of the
 * load time, and lookups touch only a few lines.
 */
export class Lines {
  private constructor(private readonly text: string, private readonly starts: Int32Array, readonly length: number) {}

  /**
   * Every line of `text`; a last line without its newline counts, a trailing newline adds none. With the count the
   * header gives, the text is scanned once instead of twice; undefined when the text holds another number of lines.
   */
  static of(text: string, expected?: number): Lines | undefined {
    let count = expected ?? 0;
    if (expected === undefined) for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) count++;
    // Start of every line, plus one past the end of the last (as if it ended in a newline).
    const starts = new Int32Array(count + 2);
    let i = 0;
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) {
      if (i > count) return undefined;
      starts[++i] = p + 1;
    }
    if (starts[i]! < text.length) {
      if (i > count) return undefined;
      starts[++i] = text.length + 1;
    }
    return expected === undefined || i === expected ? new Lines(text, starts, i) : undefined;
  }

  /** Lines indexed elsewhere (`indexKeys`): `starts` as `of` fills it, checked against the text. */
  static indexed(text: string, starts: Int32Array, count: number): Lines | undefined {
    // The last line ends at the text's end, with or without its newline.
    const end = starts[count];
    return starts.length === count + 2 && end !== undefined && (count === 0 || end === text.length || end === text.length + 1) ? new Lines(text, starts, count) : undefined;
  }

  /** The text and line starts, to hand to another thread (`KeyIndex`). */
  parts(): { text: string; starts: Int32Array } {
    return { text: this.text, starts: this.starts };
  }

  get(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Line `i` sorts before `probe` (string order, as `<` on the line would). */
  less(i: number, probe: string): boolean {
    const s = this.starts[i]!;
    const len = this.starts[i + 1]! - 1 - s;
    for (let k = 0; k < probe.length; k++) {
      if (k >= len) return true;
      const a = this.text.charCodeAt(s + k), b = probe.charCodeAt(k);
      if (a !== b) return a < b;
    }
    return false;
  }

  startsWith(i: number, prefix: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const s = this.starts[i]!;
    return this.starts[i + 1]! - 1 - s >= prefix.length && this.text.startsWith(prefix, s);
  }

  equals(i: number, s: string): boolean {
    return this.startsWith(i, s) && this.starts[i + 1]! - 1 - this.starts[i]! === s.length;
  }

  /** Code unit `k` of line `i`, NaN past its end. */
  codeAt(i: number, k: number): number {
    const s = this.starts[i]!;
    return k < this.starts[i + 1]! - 1 - s ? this.text.charCodeAt(s + k) : NaN;
  }
}

/**
 * Six-bit code of a UTF-16 unit, never decreasing as the unit grows; 0 is the string's end. The units of German keys
 * (letters, digits, ä ö ü ß, the marks that join words) have a code of their own; any other unit shares one with its
 * neighbours and comes negative, and a prefix stops after it: the units after a shared code could sort two prefixes
 * against their strings (`-` and `.` shared one, so `ab-zug` came after `ab.an` by prefix and before it as a string),
 * and the search by prefix missed keys beyond them (264 of the English glossary's).
 */
function code6(c: number): number {
  if (c !== c) return 0; // NaN: past the end
  if (c < 32) return -1;
  if (c === 32) return 2;
  if (c < 44) return -3;
  if (c < 58) return c - 40; // , - . / and the digits: 4…17
  if (c < 97) return -18;
  if (c <= 122) return c - 78; // a…z: 19…44
  if (c < 0xdf) return -45;
  if (c === 0xdf) return 46;
  if (c < 0xe4) return -47;
  if (c === 0xe4) return 48;
  if (c < 0xf6) return -49;
  if (c === 0xf6) return 50;
  if (c < 0xfc) return -51;
  return c === 0xfc ? 52 : -53;
}

/**
 * A key's first eight code units (of `text` from `start`, `length` of them at most), six bits each, as one number that
 * sorts like the key (ties allowed). A binary search over 300,000 separate strings misses the CPU cache at every step;
 * over one typed array it mostly does not, and only the few keys sharing the prefix are compared as strings. Eight
 * units, because German keys share long beginnings (`ver…`, `ein…`).
 */
function prefixAt(text: string, start: number, length: number): number {
  let v = 0;
  let i = 0;
  while (i < 8) {
    const c = i < length ? code6(text.charCodeAt(start + i)) : 0;
    v = v * 64 + Math.abs(c);
    i++;
    if (c <= 0) break;
  }
  // Past the key's end or a shared code: 0.
  for (; i < 8; i++) v *= 64;
  return v;
}

const prefixOf = (s: string): number => prefixAt(s, 0, s.length);

/**
 * Keys a prefix stands for in the index: it holds the prefix of every PREFIX_STRIDE-th key only (issue 19: a prefix for
 * each of the English glossary's 314,000 keys took ~30 ms of the ~170 ms of CPU the engine's cold load in Node takes,
 * now ~4), and a search compares as strings the keys of the one or two blocks its prefix leaves, side by side in the
 * text: as fast as before (~0.8 µs a `has`), where blocks of 16 made it ~25 % slower.
 */
const PREFIX_STRIDE = 8;

/** How many prefixes the index of `words` keys holds. */
const prefixCount = (words: number): number => Math.ceil(words / PREFIX_STRIDE);

function prefixIndex(keys: Lines): Float64Array {
  const p = new Float64Array(prefixCount(keys.length));
  // On the text directly: part of every cold load (issue 19), run once, so before the JIT could inline Lines.codeAt.
  const { text, starts } = keys.parts();
  for (let b = 0; b < p.length; b++) {
    const id = b * PREFIX_STRIDE;
    p[b] = prefixAt(text, starts[id]!, starts[id + 1]! - 1 - starts[id]!);
  }
  return p;
}

/** First block whose prefix is not below `pk`, by bisection. */
function firstBlock(prefixes: Float64Array, pk: number): number {
  let lo = 0, hi = prefixes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prefixes[mid]! < pk) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First line of sorted `lines` not below `probe`: ~20 comparisons, and no per-line work at load. */
function lowerBound(lines: Lines, probe: string): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines.less(mid, probe)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A phrase index line's ids (`phraseNo,…`, format in dictionary.ts), the first as it is and each after it as its
 * difference from the one before, signed (`40211,+1,-3`): a word's phrases mostly stand near each other in the source's
 * order, and the English glossary's 154,000 ids so written pack ~48 KB smaller than written out (issue 19's size cap).
 */
export function encodePhraseIds(ids: readonly number[]): string {
  return ids.map((id, i) => {
    if (i === 0) return String(id);
    const step = id - ids[i - 1]!;
    return step < 0 ? String(step) : `+${step}`;
  }).join(',');
}

/** The ids `encodePhraseIds` wrote; a list of ids written out (no sign) reads as it is. */
export function decodePhraseIds(list: string): number[] {
  let last = 0;
  return list.split(',').map((n) => (last = n.startsWith('+') || n.startsWith('-') ? last + Number(n) : Number(n)));
}

/** The lines of a built text (`lesestoff-dict` header, entries, phrase index), checked as the writer makes them. */
function textParts(lang: string, text: string): { words: number; phrases: number; lines: string[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const [magic, version, , words, phrases] = (lines[0] ?? '').split('\t');
  const wordCount = Number(words), phraseCount = Number(phrases);
  if (magic !== ASSET_MAGIC || version !== ASSET_VERSION || !Number.isInteger(wordCount) || !Number.isInteger(phraseCount) || wordCount < 0 || phraseCount < 0 || wordCount + phraseCount >= lines.length) {
    throw new Error(`dictionary ${lang}: not a ${ASSET_MAGIC} v${ASSET_VERSION} asset`);
  }
  return { words: wordCount, phrases: phraseCount, lines };
}

/**
 * Packs the built text (scripts/dict/asset.ts) into sections, each deflated by `deflate` (the build passes zlib's at
 * its best compression) or stored when none is given.
 */
export function packDictionary(text: string, deflate?: Deflate): Uint8Array {
  return packText(text.slice(0, text.indexOf('\n')).split('\t')[2] ?? '', text, deflate);
}

function packText(lang: string, text: string, deflate?: Deflate): Uint8Array {
  const { words, phrases, lines } = textParts(lang, text);
  const total = words + phrases;
  const keys: string[] = [];
  const bodies: string[] = [];
  for (let id = 0; id < total; id++) {
    const line = lines[id + 1]!;
    if (id < words) {
      const tab = line.indexOf('\t');
      keys.push(oneByte(tab < 0 ? line : line.slice(0, tab)));
      bodies.push(tab < 0 ? '' : line.slice(tab + 1));
    } else bodies.push(line);
  }
  const stored: Uint8Array[] = [];
  let at = 0;
  const section = (lines: string[]): Section => {
    const raw = strToU8(lines.length ? lines.join('\n') + '\n' : '');
    const bytes = deflate ? deflate(raw) : raw;
    stored.push(bytes);
    const s = { at, size: bytes.length, raw: raw.length };
    at += bytes.length;
    return s;
  };
  const keySection = section(keys);
  // Stored right after the keys: every card reads it, and it then arrives with them rather than last.
  const index = section(lines.slice(total + 1));
  const entries: EntrySection[] = [];
  for (let first = 0; first < total;) {
    let end = first, size = 0;
    while (end < total && size < SECTION_BYTES) size += bodies[end++]!.length + 1;
    entries.push({ ...section(bodies.slice(first, end)), first, count: end - first });
    first = end;
  }
  const header: PackHeader = { version: PACK_VERSION, lang, words, phrases, deflated: deflate !== undefined, keys: keySection, index, entries };
  const head = strToU8(JSON.stringify(header));
  const magic = strToU8(PACK_MAGIC);
  const out = new Uint8Array(magic.length + 4 + head.length + at);
  out.set(magic, 0);
  new DataView(out.buffer).setUint32(magic.length, head.length, true);
  out.set(head, magic.length + 4);
  let p = magic.length + 4 + head.length;
  for (const bytes of stored) {
    out.set(bytes, p);
    p += bytes.length;
  }
  return out;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isSection = (s: unknown): s is Section => {
  const o = s as Partial<Section> | null;
  return typeof o === 'object' && o !== null && isCount(o.at) && isCount(o.size) && isCount(o.raw);
};

const startsWithMagic = (bytes: Uint8Array): boolean => {
  if (bytes.length < PACK_MAGIC.length) return false;
  for (let i = 0; i < PACK_MAGIC.length; i++) if (bytes[i] !== PACK_MAGIC.charCodeAt(i)) return false;
  return true;
};

/**
 * The header, checked against the bytes there are: a truncated or altered asset is refused before any lookup. With
 * `whole` false, `bytes` may be the asset's beginning only (a download still under way), and sections past its end are
 * not refused.
 */
function readHeader(lang: string, bytes: Uint8Array, whole = true): { header: PackHeader; data: Uint8Array } {
  const bad = (why: string) => new Error(`dictionary ${lang}: damaged asset (${why})`);
  if (!startsWithMagic(bytes)) throw new Error(`dictionary ${lang}: not a packed glossary asset`);
  const headAt = PACK_MAGIC.length + 4;
  if (bytes.length < headAt) throw bad('shorter than its header');
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(PACK_MAGIC.length, true);
  if (headAt + headLength > bytes.length) throw bad('truncated in its header');
  let header: PackHeader;
  try {
    header = JSON.parse(decode(bytes.subarray(headAt, headAt + headLength))) as PackHeader;
  } catch {
    throw bad('unreadable header');
  }
  const { version, words, phrases, keys, index, entries } = header ?? {};
  if (version !== PACK_VERSION) throw new Error(`dictionary ${lang}: packed in version ${String(version)}, this app reads version ${PACK_VERSION}`);
  if (!isCount(words) || !isCount(phrases) || !isSection(keys) || !isSection(index) || !Array.isArray(entries) || typeof header.deflated !== 'boolean') throw bad('unreadable header');
  let next = 0;
  for (const e of entries) {
    if (!isSection(e) || e.first !== next || !isCount(e.count) || e.count === 0) throw bad('its entry sections do not follow each other');
    next += e.count;
  }
  if (next !== words + phrases) throw bad(`its sections hold ${next} entries, its header says ${words + phrases}`);
  const data = bytes.subarray(headAt + headLength);
  if (whole) for (const s of [keys, index, ...entries]) if (s.at + s.size > data.length) throw bad(`truncated: a section ends at byte ${s.at + s.size} of ${data.length}`);
  return { header, data };
}

/** The built text back from a packed asset, for scripts that read every line (scripts/trainNer.ts). */
export function unpackDictionary(lang: string, bytes: Uint8Array, inflate: Inflate = inflateSync): string {
  const { header, data } = readHeader(lang, bytes);
  const text = (s: Section) => {
    const stored = data.subarray(s.at, s.at + s.size);
    const raw = header.deflated ? inflate(stored) : stored;
    if (!raw || raw === PASSED_OVER) throw new SectionPending(lang, [stored.byteOffset]);
    return decode(raw);
  };
  const keys = text(header.keys).split('\n').map(fromOneByte);
  const entries = header.entries.map(text).join('').split('\n');
  entries.pop();
  const lines = entries.map((body, id) => (id < header.words ? `${keys[id]!}\t${body}` : body));
  return [[ASSET_MAGIC, ASSET_VERSION, header.lang, header.words, header.phrases].join('\t'), ...lines].join('\n') + '\n' + text(header.index);
}

/** A glossary's lines, found by key: what dictionary.ts reads entries from. */
export interface DictionaryStore {
  readonly wordCount: number;
  /** Ids of the word entries whose key is `key` (lower case), in the asset's order; their sections are then at hand. */
  exactIds(key: string): number[];
  has(key: string): boolean;
  /** Ids of the phrase entries indexed under `key`, best first; their sections are then at hand. */
  phraseIds(key: string): number[];
  /** Entry `id`'s line as in the built text (key, headword, grammar, senses, …). */
  line(id: number): string | undefined;
}

/**
 * A packed asset's word keys decoded and indexed: most of what opening it costs (a 4 MB string scanned twice for the
 * English glossary), so a host may build it on a loading thread while its own thread is busy (the engine worker builds
 * the engine from the lexicon meanwhile) and hand it to `openDictionary`.
 */
export interface KeyIndex {
  text: string;
  starts: Int32Array;
  prefixes: Float64Array;
  /**
   * The whole asset's length, by its header: a host that indexed the keys from the asset's beginning may open the
   * glossary before the rest has arrived, in a buffer of this length (glossaryLoader.ts).
   */
  assetBytes: number;
}

/**
 * A section's lines, inflated and checked against the header: a damaged section says so when it is read. Undefined when
 * the host passed it over (`PASSED_OVER`), which only a section a lookup can go on without (`passable`) may be.
 */
function sectionLines<L = Lines>(lang: string, header: PackHeader, data: Uint8Array, inflate: Inflate, s: Section, name: string, count?: number, passable = false, lines: (raw: Uint8Array, count?: number) => L | undefined = textLines as (raw: Uint8Array, count?: number) => L | undefined): L | undefined {
  const stored = data.subarray(s.at, s.at + s.size);
  let raw: ReturnType<Inflate>;
  try {
    raw = header.deflated ? inflate(stored) : stored;
  } catch (err) {
    throw new Error(`dictionary ${lang}: damaged asset (${name}: ${err instanceof Error ? err.message : String(err)})`);
  }
  if (raw === PASSED_OVER && passable) return undefined;
  if (!raw || raw === PASSED_OVER) throw new SectionPending(lang, [stored.byteOffset]);
  const read = raw.length === s.raw ? lines(raw, count) : undefined;
  if (!read) throw new Error(`dictionary ${lang}: damaged asset (${name} is not what its header says)`);
  return read;
}

const textLines = (raw: Uint8Array, count?: number): Lines | undefined => Lines.of(decode(raw), count);

/** One decoder for the lines of entry sections, decoded one at a time (ByteLines). */
let lineDecoder: { decode(bytes: Uint8Array): string } | undefined;
const decodeLine = (bytes: Uint8Array): string => (lineDecoder ??= Utf8Decoder ? new Utf8Decoder() : { decode: strFromU8 }).decode(bytes);

/**
 * An entry section's lines kept as its inflated bytes, each decoded when it is read (issue 19): a card reads a few lines
 * of each of the sections it touches (its phrases and shared sense lists lie in several), and decoding each section
 * whole (128 kB) for them was most of what the first cards of an article cost.
 */
class ByteLines {
  private constructor(private readonly bytes: Uint8Array, private readonly starts: Int32Array, readonly length: number) {}

  /** Every line of `bytes`, as `Lines.of` reads a text; undefined when they hold another number of lines than `expected`. */
  static of(bytes: Uint8Array, expected = 0): ByteLines | undefined {
    // Start of every line, plus one past the end of the last (as if it ended in a newline).
    const starts = new Int32Array(expected + 2);
    let i = 0;
    for (let p = bytes.indexOf(10); p >= 0; p = bytes.indexOf(10, p + 1)) {
      if (i > expected) return undefined;
      starts[++i] = p + 1;
    }
    if (starts[i]! < bytes.length) {
      if (i > expected) return undefined;
      starts[++i] = bytes.length + 1;
    }
    return i === expected ? new ByteLines(bytes, starts, i) : undefined;
  }

  get(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return decodeLine(this.bytes.subarray(this.starts[i]!, this.starts[i + 1]! - 1));
  }
}

/**
 * Decodes and indexes the keys of packed asset `bytes` (see KeyIndex), which may be its beginning only, as long as it
 * holds the keys (`storedKeys`); throws as `openDictionary` would.
 */
export function indexKeys(lang: string, bytes: Uint8Array, inflate: Inflate = inflateSync): KeyIndex {
  const { header, data } = readHeader(lang, bytes, false);
  const keys = sectionLines(lang, header, data, inflate, header.keys, 'the keys', header.words)!;
  const end = [header.keys, header.index, ...header.entries].reduce((e, s) => Math.max(e, s.at + s.size), 0);
  return { ...keys.parts(), prefixes: prefixIndex(keys), assetBytes: data.byteOffset - bytes.byteOffset + end };
}

/**
 * The stored keys section of a deflated pack once `prefix`, the asset's first bytes as they arrive, holds it: a host
 * indexes the keys (a seventh of the English asset) while the rest downloads. Undefined until then, and for bytes that
 * are no deflated pack; a damaged header throws.
 */
export function storedKeys(lang: string, prefix: Uint8Array): Uint8Array | undefined {
  return storedEarly(lang, prefix, 'keys')?.stored;
}

/**
 * `storedKeys` and the bytes they inflate to: a host whose inflate writes in chunks (Node's zlib) asks for one chunk
 * of that size, as the chunks joined were a copy on the thread the engine loads on (issue 19).
 */
export function storedKeysSized(lang: string, prefix: Uint8Array): { stored: Uint8Array; raw: number } | undefined {
  return storedEarly(lang, prefix, 'keys');
}

/**
 * The stored phrase index of a deflated pack once `prefix` holds it, as `storedKeys`: it follows the keys, so a host
 * inflates it while the entries download (every card reads it).
 */
export function storedIndex(lang: string, prefix: Uint8Array): Uint8Array | undefined {
  return storedEarly(lang, prefix, 'index')?.stored;
}

/**
 * How many of a packed asset's first bytes its magic and header take, once `prefix` holds the header's length: a host
 * that reads the asset in parts reads those first, then the sections it needs (`storedKeysSized` over a buffer of the
 * asset's whole length says where the keys lie). Undefined for bytes that are no pack, or too few to say.
 */
export function packHeadBytes(prefix: Uint8Array): number | undefined {
  const headAt = PACK_MAGIC.length + 4;
  if (prefix.length < headAt || !startsWithMagic(prefix)) return undefined;
  return headAt + new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength).getUint32(PACK_MAGIC.length, true);
}

function storedEarly(lang: string, prefix: Uint8Array, name: 'keys' | 'index'): { stored: Uint8Array; raw: number } | undefined {
  const headBytes = packHeadBytes(prefix);
  if (headBytes === undefined || prefix.length < headBytes) return undefined;
  const { header, data } = readHeader(lang, prefix, false);
  const { at, size, raw } = header[name];
  return header.deflated && at + size <= data.length ? { stored: data.subarray(at, at + size), raw } : undefined;
}

/**
 * The sections of a deflated pack as stored, the keys first, then the phrase index (every card reads it: the phrases
 * of the clicked word's sentence), then the entries; none when `bytes` is no deflated pack. A host that inflates faster
 * asynchronously (the browser's DecompressionStream) inflates them ahead and hands the results to its `inflate`.
 */
export function storedSections(lang: string, bytes: Uint8Array): Uint8Array[] {
  if (!startsWithMagic(bytes)) return [];
  const { header, data } = readHeader(lang, bytes);
  return header.deflated ? [header.keys, header.index, ...header.entries].map((s) => data.subarray(s.at, s.at + s.size)) : [];
}

/**
 * Opens a packed asset, or a built text (plain or gzip: tests and scripts), which is packed here first. Only the keys
 * are inflated now; the rest when a lookup first needs it, so a damaged section says so then.
 */
export function openDictionary(lang: string, bytes: Uint8Array, inflate: Inflate = inflateSync, indexed?: KeyIndex): DictionaryStore {
  if (bytes.length === 0) throw new Error(`dictionary ${lang}: empty asset`);
  if (!startsWithMagic(bytes)) {
    const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return openDictionary(lang, packText(lang, decode(raw)));
  }
  const { header, data } = readHeader(lang, bytes);
  const read = (s: Section, name: string, count?: number): Lines | undefined => sectionLines(lang, header, data, inflate, s, name, count, s !== header.keys);

  // An index built elsewhere is used when it fits the header (it was built from these bytes), else the keys are read here.
  const given = indexed && indexed.prefixes.length === prefixCount(header.words) ? Lines.indexed(indexed.text, indexed.starts, header.words) : undefined;
  const keys = given ?? read(header.keys, 'the keys', header.words)!;
  // Built now rather than on the first `has`: part of loading, not of the first article.
  const prefixes = given && indexed ? indexed.prefixes : prefixIndex(keys);
  const firsts = Int32Array.from(header.entries, (e) => e.first);
  const inflated: (ByteLines | undefined)[] = new Array(header.entries.length);
  let index: Lines | undefined;

  const wordLowerBound = (key: string): number => {
    const pk = prefixOf(key);
    // Prefixes sort like their keys, so the keys of blocks whose first prefix is below the probe's are below it and the
    // first key of a block whose prefix is above it is above: the answer lies after the last block start below and at or
    // before the first above, which are searched as strings.
    const from = firstBlock(prefixes, pk);
    let to = from;
    if (prefixes[to] === pk) {
      // Gallop to a block past the equal-prefix run.
      let step = 1;
      while (to + step < prefixes.length && prefixes[to + step] === pk) step *= 2;
      to = Math.min(prefixes.length, to + step);
    }
    let lo = Math.max(0, from - 1) * PREFIX_STRIDE;
    let end = Math.min(keys.length, to * PREFIX_STRIDE);
    while (lo < end) {
      const mid = (lo + end) >>> 1;
      if (keys.less(mid, key)) lo = mid + 1;
      else end = mid;
    }
    return lo;
  };

  /** The entry section holding line `id`. */
  const sectionOf = (id: number): number => {
    let lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (firsts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Undefined for a section the host passed over: kept as not read, so the next lookup asks the host again.
  const entryLines = (i: number, section: EntrySection): ByteLines | undefined => (inflated[i] ??= sectionLines(lang, header, data, inflate, section, `entry section ${i}`, section.count, true, ByteLines.of));

  const body = (id: number): string | undefined => {
    const i = sectionOf(id);
    const section = header.entries[i];
    return section && entryLines(i, section)?.get(id - section.first);
  };

  /**
   * `ids` once every entry section they lie in is at hand (a lookup reads them all), less those in sections the host
   * passed over: a host that inflates elsewhere is told of all its missing ones at once (issue 19: a first card read
   * ten sections, one round trip to the loading thread apiece, when each stopped the lookup in turn).
   */
  const atHand = (ids: number[]): number[] => {
    const pending: number[] = [];
    const kept = ids.filter((id) => {
      const i = sectionOf(id);
      const section = header.entries[i];
      if (!section || inflated[i]) return true;
      try {
        return entryLines(i, section) !== undefined;
      } catch (err) {
        if (!(err instanceof SectionPending)) throw err;
        if (!pending.includes(err.at)) pending.push(err.at);
        return true;
      }
    });
    const [first, ...rest] = pending;
    if (first !== undefined) throw new SectionPending(lang, [first, ...rest]);
    return kept;
  };

  return {
    wordCount: header.words,
    exactIds(key) {
      const stored = oneByte(key);
      const ids: number[] = [];
      for (let id = wordLowerBound(stored); id < keys.length && keys.equals(id, stored); id++) ids.push(id);
      return atHand(ids);
    },
    has(key) {
      const stored = oneByte(key);
      return keys.equals(wordLowerBound(stored), stored);
    },
    phraseIds(key) {
      index ??= read(header.index, 'the phrase index');
      if (!index) return [];
      const prefix = key + '\t';
      const line = index.get(lowerBound(index, prefix));
      return line?.startsWith(prefix) ? atHand(decodePhraseIds(line.slice(prefix.length)).map((n) => header.words + n)) : [];
    },
    line(id) {
      if (id < 0 || id >= header.words + header.phrases) return undefined;
      const rest = body(id);
      return id < header.words ? `${fromOneByte(keys.get(id)!)}\t${rest ?? ''}` : rest;
    },
  };
}
