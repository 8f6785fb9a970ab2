/**
 * The morphological lexicon: word form → candidate lemmas with part of speech, noun gender
 * and plural (issue 4). The asset (scripts/buildLexicon.ts) is text, one lemma a line:
 *   kind <TAB> lemma <TAB> gender|particle|- <TAB> plural|- <TAB> forms separated by spaces
 * A noun's gender or a verb's particle field may end in its frequency class (`n6`, `-12`, `LexEntry.frequency`).
 * Kind `P` lines name places (`P <TAB> Salzburg`): not readings of a form, only what `isPlace` answers.
 * A kind in lower case (`n`, `v`, `a`) marks a lemma the language's glossary lacks, and `W <TAB> shared <TAB> rest`
 * lines list the glossary's words the lexicon lacks that tagging and compound splitting ask about, in lower case,
 * sorted and front-coded in blocks of `WORD_BLOCK` (a word is the previous one's first `shared` letters + `rest`, the
 * first of a block whole, so a question bisects the blocks: 20 % smaller gzipped than whole words)
 * (scripts/buildLexicon.ts): both answer `inGlossary`, so analysis is the same whether or not the glossary loads.
 *
 * Loading must stay well under the 150 ms budget for ~400,000 forms, and a JS Map of that many strings alone takes
 * ~200 ms to build. So the asset's UTF-8 bytes are kept as they are and indexed by an open-addressing hash table of
 * typed arrays that points into them; entries (and places, and the glossary's words) are decoded from their line only
 * when a lookup reaches them. The index is built in one pass over the bytes (issue 19): decoding the 6 MB text to a
 * string first, then finding separators and hashing forms in passes of their own, took twice as long in a fresh
 * process (the engine's cold load).
 */
import { gunzipSync } from 'fflate';

export type LexKind = 'N' | 'V' | 'A';

export interface LexEntry {
  lemma: string;
  kind: LexKind;
  /** Nouns: `m`, `f` or `n`. */
  gender?: string;
  /** Nouns: nominative plural. */
  plural?: string;
  /**
   * Nouns and verbs sharing a form with another of their kind, for choosing between them (issue 14): ⌊log₂⌋ of how
   * often a reader meets the lemma in forms no other word writes alike (scripts/lexicon/frequency.ts); unknown when
   * undefined.
   */
  frequency?: number;
  /** Verbs: separable particle (`an` for `ankündigen`). */
  particle?: string;
  /** Verbs: past participles (`angekündigt`). */
  participles?: readonly string[];
  /** The language's glossary lacks the lemma (a lower-case kind letter in the asset). */
  unglossed?: true;
}

export interface Lexicon {
  /** Entries whose paradigm contains exactly this form (case-sensitive). */
  lookup(form: string): readonly LexEntry[];
  /** Entry of a lemma of the given kind, if listed. */
  lemma(lemma: string, kind: LexKind): LexEntry | undefined;
  /** Number of lemma lines. */
  readonly size: number;
  /** A place name (`Salzburg`, `Polen`): the tagger reads it as a name whatever the lexicon's noun lines say. */
  isPlace(lemma: string): boolean;
  /**
   * How many place names end in `ending` (lower case) after at least two letters of their own: a compound's head that
   * ends several (`…burg`, `…kirchen`, `…heim`) is as likely a place's as a common noun's.
   */
  placesEnding(ending: string): number;
  /**
   * Whether the language's glossary lists the word (ignoring case), as recorded when the lexicon was built: for a
   * lemma of the lexicon its own mark, else the `W` lines, which hold only the words the tagger and the compound
   * splitter may ask about.
   */
  inGlossary(word: string): boolean;
}

const MAGIC = '#lesestoff-lexicon 1\n';
const NONE: readonly LexEntry[] = Object.freeze([]);
/** `W` words per front-coded block; a block's first word is written whole (shared 0). */
const WORD_BLOCK = 16;
/** `n`, `v`, `a`: the kind letters of lemmas the glossary lacks. */
const isLowerKind = (c: number): boolean => c === 110 || c === 118 || c === 97;

/** `W` lines of sorted lower-case words (what `inGlossary` reads back), for the lexicon's build. */
export function glossaryWordLines(sorted: readonly string[]): string[] {
  return sorted.map((w, i) => {
    const prev = i % WORD_BLOCK ? sorted[i - 1]! : '';
    let shared = 0;
    while (shared < w.length && w[shared] === prev[shared]) shared++;
    return `W\t${shared}\t${w.slice(shared)}`;
  });
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TAB = 9;
const NL = 10;
const SPACE = 32;

// TextDecoder and TextEncoder are web standards every host has (browser, worker, Node); core is compiled without DOM
// types, so they are looked up on globalThis.
const codecs = globalThis as unknown as {
  TextDecoder: new () => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
};
const utf8 = new codecs.TextDecoder();

const fnv = (h: number, b: number): number => Math.imul(h ^ b, FNV_PRIME);

/**
 * Writes `form` as UTF-8 into `out` (as TextEncoder would, a lone surrogate as U+FFFD) and returns its length in bytes,
 * or -1 when `out` may be too short; its hash (FNV-1a over the bytes, as the index hashes the asset's forms) goes to
 * `hash[0]`.
 */
function encodeProbe(form: string, out: Uint8Array, hash: Int32Array): number {
  if (form.length * 3 > out.length) return -1;
  let n = 0, h = FNV_OFFSET;
  for (let i = 0; i < form.length; i++) {
    let c = form.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      h = fnv(h, c);
      continue;
    }
    if (c < 0x800) {
      const b1 = 0xc0 | (c >> 6), b2 = 0x80 | (c & 63);
      out[n++] = b1;
      out[n++] = b2;
      h = fnv(fnv(h, b1), b2);
      continue;
    }
    if (c >= 0xd800 && c < 0xe000) {
      const d = c < 0xdc00 ? form.charCodeAt(i + 1) : NaN;
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        const b1 = 0xf0 | (c >> 18), b2 = 0x80 | ((c >> 12) & 63), b3 = 0x80 | ((c >> 6) & 63), b4 = 0x80 | (c & 63);
        out[n++] = b1;
        out[n++] = b2;
        out[n++] = b3;
        out[n++] = b4;
        h = fnv(fnv(fnv(fnv(h, b1), b2), b3), b4);
        continue;
      }
      c = 0xfffd;
    }
    const b1 = 0xe0 | (c >> 12), b2 = 0x80 | ((c >> 6) & 63), b3 = 0x80 | (c & 63);
    out[n++] = b1;
    out[n++] = b2;
    out[n++] = b3;
    h = fnv(fnv(fnv(h, b1), b2), b3);
  }
  hash[0] = h;
  return n;
}

/** UTF-16 units of a short line being decoded (decodeLine). */
const units = new Uint16Array(1024);

/**
 * Line `from`..`to` of the asset's (valid) UTF-8 as a string: an entry's line, decoded when a lookup first hits it.
 * Decoded here rather than by TextDecoder, whose every call crosses into native code (2–4 µs in Node: a first article
 * decodes thousands of lines); a long line goes to TextDecoder. The units are handed over with `apply`: spreading a
 * typed array walks an iterator (issue 19: the first `isPlace`, which decodes the 1,971 place lines, took 7 ms of a fresh
 * process's CPU, now 4).
 */
function decodeLine(bytes: Uint8Array, from: number, to: number): string {
  if (to - from > units.length / 2) return utf8.decode(bytes.subarray(from, to));
  let n = 0;
  for (let i = from; i < to; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i++;
    } else if (b < 0xe0) {
      units[n++] = ((b & 31) << 6) | (bytes[i + 1]! & 63);
      i += 2;
    } else if (b < 0xf0) {
      units[n++] = ((b & 15) << 12) | ((bytes[i + 1]! & 63) << 6) | (bytes[i + 2]! & 63);
      i += 3;
    } else {
      const c = (((b & 7) << 18) | ((bytes[i + 1]! & 63) << 12) | ((bytes[i + 2]! & 63) << 6) | (bytes[i + 3]! & 63)) - 0x10000;
      units[n++] = 0xd800 + (c >> 10);
      units[n++] = 0xdc00 + (c & 1023);
      i += 4;
    }
  }
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/**
 * Bytes of the asset per listed form, at least, for the arrays' first size: the shipped asset has ~16 (a form and its
 * separator take ~12 in its lemma lines), and arrays sized for twice as many forms as it lists, with an array of each
 * form's line, took 16 MB with the table, which with the glossary's buffers made V8 collect the young generation during
 * the engine's cold load (issue 19); a form finds its line by bisection once a lookup matches it
 * (`lineOf`).
 */
const BYTES_PER_FORM = 12;

/**
 * Records the listed forms of the lemma line at `pos` (a kind letter first) from occurrence `occ` on, returning the next
 * free occurrence, or -1 when the arrays are full (the caller grows them and asks again): the lemma, a noun's plural and
 * the forms field. The line must end in a newline (parseLexicon sees to it), whose position goes to `lineEnd[0]`: the
 * scan finds it, so the loader does not look for each line's end in a pass of its own (issue 19: an `indexOf` per
 * line, 10 % of the load's CPU in a fresh process).
 * A function of its own, called once per line (issue 19): the load runs once, and a loop inside the loader's body ran
 * in slower code than a function called 100,000 times, which the JIT optimises after its first few hundred calls (the
 * load's pass 30 % faster in Node).
 */
function indexLine(bytes: Uint8Array, pos: number, lineEnd: Int32Array, noun: boolean, occ: number, occStart: Int32Array, occLen: Uint16Array, occHash: Int32Array): number {
  // Fields: 0 lemma, 1 gender or particle, 2 plural or participles, 3 forms (space-separated).
  let field = 0, s = pos + 2, h = FNV_OFFSET;
  for (let i = pos + 2; ; i++) {
    const c = bytes[i]!;
    // Letters first: every separator (tab, newline, space) is at most a space.
    if (c > SPACE) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    // The forms field is split at spaces, the others end at a tab only (a lemma may hold a space).
    if (c === NL || (c === TAB && field < 3) || (c === SPACE && field === 3)) {
      const listed = field === 0 || (field === 3 && i > s) || (field === 2 && noun && !(i - s === 1 && bytes[s] === 45 /* - */));
      if (listed) {
        if (occ === occStart.length) return -1;
        occStart[occ] = s;
        occLen[occ] = i - s;
        occHash[occ++] = h;
      }
      if (c === NL) {
        lineEnd[0] = i;
        return occ;
      }
      if (c === TAB) field++;
      s = i + 1;
      h = FNV_OFFSET;
    } else h = Math.imul(h ^ c, FNV_PRIME);
  }
}

/** Accepts the gzip asset or its decompressed bytes/text. */
export function parseLexicon(data: Uint8Array | string): Lexicon {
  let bytes: Uint8Array;
  if (typeof data === 'string') bytes = new codecs.TextEncoder().encode(data);
  else {
    bytes = data;
    if (data.length > 2 && data[0] === 0x1f && data[1] === 0x8b) {
      try {
        bytes = gunzipSync(data);
      } catch (err) {
        // A cut download or a damaged file: said as such, not as fflate's bare "unexpected EOF".
        throw new Error(`lexicon: the asset is damaged (${err instanceof Error ? err.message : String(err)})`);
      }
    }
  }
  // Every line ends in a newline, the last one too (added when missing), so that indexLine's scan reads no byte past
  // the end without testing each position against it (issue 19: 10 % of the load's CPU in a fresh process).
  if (bytes.length && bytes[bytes.length - 1] !== NL) {
    const ended = new Uint8Array(bytes.length + 1);
    ended.set(bytes);
    ended[bytes.length] = NL;
    bytes = ended;
  }
  const n = bytes.length;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) throw new Error('lexicon: unknown asset format');

  // One pass over the bytes records every lemma line and, for each listed form (indexLine), where it starts, its length
  // and its hash. Arrays start at a size the asset's bytes suggest (BYTES_PER_FORM) and grow when a line finds them full.
  let cap = Math.max(1024, Math.ceil(n / BYTES_PER_FORM));
  let occStart = new Int32Array(cap), occLen = new Uint16Array(cap), occHash = new Int32Array(cap);
  let lineStart = new Int32Array(Math.max(1024, n >> 5));
  let occ = 0, entryCount = 0;
  const lineEnd = new Int32Array(1);
  const grow = () => {
    cap *= 2;
    const start = new Int32Array(cap), len = new Uint16Array(cap), hash = new Int32Array(cap);
    start.set(occStart);
    len.set(occLen);
    hash.set(occHash);
    [occStart, occLen, occHash] = [start, len, hash];
  };
  // Where the `P` and `W` lines start: no string is made at load.
  const placeStarts: number[] = [];
  const wordStarts: number[] = [];

  let pos = MAGIC.length;
  while (pos < n) {
    const kind = bytes[pos]!;
    // `P` and `W` lines, and a line too short for the kind and its tab (which indexLine's scan would step over).
    if (kind === 80 /* P */ || kind === 87 /* W */ || kind === NL || bytes[pos + 1] === NL) {
      if (kind === 80 || kind === 87) (kind === 80 ? placeStarts : wordStarts).push(pos);
      const e = bytes.indexOf(NL, pos);
      pos = e < 0 ? n : e + 1;
      continue;
    }
    if (entryCount === lineStart.length) {
      const more = new Int32Array(lineStart.length * 2);
      more.set(lineStart);
      lineStart = more;
    }
    let next: number;
    while ((next = indexLine(bytes, pos, lineEnd, (kind | 32) === 110 /* N or n */, occ, occStart, occLen, occHash)) < 0) grow();
    const end = lineEnd[0]!;
    // A line of four bytes or fewer holds no lemma (an empty line): what it recorded is dropped.
    if (end - pos > 4) {
      lineStart[entryCount++] = pos;
      occ = next;
    }
    pos = end + 1;
  }

  // Open-addressing table of occurrence ids (+1; 0 is empty). Duplicate forms take
  // successive slots, so a probe collects every reading before it meets an empty slot.
  // Each slot also holds the high bits of the form's hash above the id, so a probe that meets
  // another form is almost always settled without reading the bytes (one memory access instead
  // of three: most lookups from the compound splitter are misses); one 32-bit word a slot, not
  // two, halves the table the load writes at random (issue 19).
  let size = 1;
  while (size < occ * 2) size <<= 1;
  const mask = size - 1;
  let idBits = 1;
  while (occ + 1 >= 2 ** idBits) idBits++;
  const idMask = 2 ** idBits - 1;
  const table = new Int32Array(size);
  for (let k = 0; k < occ; k++) {
    const h = occHash[k]!;
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = ((h >>> idBits) << idBits) | (k + 1);
  }

  /** The lemma line holding occurrence `k`: the last line starting at or before it (occurrences follow their lines). */
  const lineOf = (k: number): number => {
    const at = occStart[k]!;
    let lo = 0, hi = entryCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStart[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const entries: (LexEntry | undefined)[] = new Array(entryCount);
  const entryAt = (id: number): LexEntry => {
    let e = entries[id];
    if (e) return e;
    const from = lineStart[id]!;
    let to = bytes.indexOf(NL, from);
    if (to < 0) to = n;
    const line = decodeLine(bytes, from, to);
    const t1 = line.indexOf('\t', 2);
    const t2 = line.indexOf('\t', t1 + 1);
    const t3 = line.indexOf('\t', t2 + 1);
    const k = line.charCodeAt(0);
    const kind = String.fromCharCode(k & ~32) as LexKind;
    e = { lemma: line.slice(2, t1), kind };
    if (isLowerKind(k)) e.unglossed = true;
    const f3 = line.slice(t1 + 1, t2), f4 = line.slice(t2 + 1, t3);
    // A frequency class may follow the gender or particle (`n6`, `aus0`).
    const digit = f3.search(/\d/);
    const f3base = digit < 0 ? f3 : f3.slice(0, digit);
    if (digit >= 0) e.frequency = Number(f3.slice(digit));
    if (kind === 'N') {
      if (f3base !== '-') e.gender = f3base;
      if (f4 !== '-') e.plural = f4;
    } else if (kind === 'V') {
      if (f3base !== '-') e.particle = f3base;
      if (f4 !== '-') e.participles = f4.split(',');
    }
    entries[id] = e;
    return e;
  };

  // The probe's UTF-8 bytes and hash; a longer form gets a longer buffer.
  let probe = new Uint8Array(256);
  const probeHash = new Int32Array(1);
  // No memo here: callers cache per word (Lemmatizer, CompoundSplitter), and a probe of this
  // table costs about what a Map lookup of the same string would.
  const lookup = (form: string): readonly LexEntry[] => {
    let len = encodeProbe(form, probe, probeHash);
    if (len < 0) {
      probe = new Uint8Array(form.length * 3);
      len = encodeProbe(form, probe, probeHash);
    }
    const h = probeHash[0]!;
    let slot = h & mask;
    let out: LexEntry[] | undefined;
    for (;;) {
      const v = table[slot]!;
      if (v === 0) break;
      const k = (v & idMask) - 1;
      if ((v ^ h) >>> idBits === 0 && occLen[k] === len) {
        const s = occStart[k]!;
        let i = 0;
        while (i < len && bytes[s + i] === probe[i]) i++;
        if (i === len) {
          const e = entryAt(lineOf(k));
          if (!out) out = [e];
          else if (!out.includes(e)) out.push(e);
        }
      }
      slot = (slot + 1) & mask;
    }
    return out ?? NONE;
  };

  let places: Set<string> | undefined;
  // Few endings are asked about (the heads of capitalised compounds the lexicon lacks), each of ~2,000 places.
  const endings = new Map<string, number>();
  /** The `P` or `W` line at `start` (its kind, a tab, then fields), from its second field's start to its end. */
  const restOfLine = (start: number): { from: number; to: number } => {
    const e = bytes.indexOf(NL, start);
    return { from: start + 2, to: e < 0 ? n : e };
  };
  const placeSet = (): Set<string> =>
    new Set(
      placeStarts.map((s) => {
        const { from, to } = restOfLine(s);
        const t = bytes.indexOf(TAB, from);
        return decodeLine(bytes, from, t < 0 || t > to ? to : t);
      }),
    );
  /** `W` line `i`: its shared-prefix count and the rest of its word, decoded when a question reads it. */
  const wordLine = (i: number): { shared: number; rest: string } => {
    const { from, to } = restOfLine(wordStarts[i]!);
    const t = bytes.indexOf(TAB, from);
    let shared = 0;
    for (let k = from; k < t; k++) shared = shared * 10 + bytes[k]! - 48;
    return { shared, rest: decodeLine(bytes, t + 1, to) };
  };
  // Bisection over the blocks' first words (written whole), then the block decoded word by word: nothing at load.
  const listedWord = (word: string): boolean => {
    let lo = 0, hi = Math.ceil(wordStarts.length / WORD_BLOCK);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (wordLine(mid * WORD_BLOCK).rest <= word) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return false;
    let prev = '';
    for (let i = (lo - 1) * WORD_BLOCK; i < Math.min(lo * WORD_BLOCK, wordStarts.length); i++) {
      const l = wordLine(i);
      prev = prev.slice(0, l.shared) + l.rest;
      if (prev === word) return true;
      if (prev > word) return false;
    }
    return false;
  };

  return {
    lookup,
    lemma(lemma, kind) {
      for (const e of lookup(lemma)) if (e.kind === kind && e.lemma === lemma) return e;
      return undefined;
    },
    size: entryCount,
    isPlace(lemma) {
      places ??= placeSet();
      return places.has(lemma);
    },
    placesEnding(ending) {
      let count = endings.get(ending);
      if (count === undefined) {
        places ??= placeSet();
        count = 0;
        for (const p of places) if (p.length >= ending.length + 2 && p.toLowerCase().endsWith(ending)) count++;
        if (endings.size > 10_000) endings.clear();
        endings.set(ending, count);
      }
      return count;
    },
    inGlossary(word) {
      let lemmaLine = false;
      for (const e of lookup(word)) {
        if (e.lemma !== word) continue;
        if (!e.unglossed) return true;
        lemmaLine = true;
      }
      return !lemmaLine && listedWord(word.toLowerCase());
    },
  };
}

