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
 * Loading must stay well under the 150 ms budget for ~500,000 forms, and a JS Map of that
 * many strings alone takes ~200 ms to build. So the text is kept as one string and indexed
 * by an open-addressing hash table of typed arrays that points into it; entries are parsed
 * from their line only when a lookup hits them.
 */
import { gunzipSync, strFromU8 } from 'fflate';

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

/** Accepts the gzip asset or its decompressed bytes/text. */
export function parseLexicon(data: Uint8Array | string): Lexicon {
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    let raw = data;
    if (data.length > 2 && data[0] === 0x1f && data[1] === 0x8b) {
      try {
        raw = gunzipSync(data);
      } catch (err) {
        // A cut download or a damaged file: said as such, not as fflate's bare "unexpected EOF".
        throw new Error(`lexicon: the asset is damaged (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    text = strFromU8(raw);
  }
  if (!text.startsWith(MAGIC)) throw new Error('lexicon: unknown asset format');
  const n = text.length;

  // Pass 1: count forms (an upper bound: separators) and lines. The scans are the engine's native indexOf: these loops
  // run once, before the JIT has compiled them, where a charCodeAt loop over 6 M characters took 35 ms (issue 19).
  const count = (c: string): number => {
    let k = 0;
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) k++;
    return k;
  };
  const seps = count(' '), lines = count('\n');
  const cap = (seps + lines * 3) | 0;
  const occStart = new Int32Array(cap);
  const occLen = new Uint16Array(cap);
  const occEntry = new Int32Array(cap);
  const lineStart = new Int32Array(lines + 1);
  let occ = 0, entryCount = 0;
  const places = new Set<string>();
  // Where the `W` lines start: no string is made at load.
  const wordStarts: number[] = [];

  // Pass 2: for each line record the lemma, the plural and every listed form.
  let pos = MAGIC.length;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const kind = text.charCodeAt(pos);
    if (kind === 80 /* P */) {
      const t = text.indexOf('\t', pos + 2);
      places.add(text.slice(pos + 2, t < 0 || t > end ? end : t));
    } else if (kind === 87 /* W */) {
      wordStarts.push(pos + 2);
    } else if (end - pos > 4) {
      const id = entryCount++;
      lineStart[id] = pos;
      const t1 = text.indexOf('\t', pos + 2);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      occStart[occ] = pos + 2; occLen[occ] = t1 - pos - 2; occEntry[occ++] = id;
      if ((kind | 32) === 110 /* N or n */ && !(t3 - t2 === 2 && text.charCodeAt(t2 + 1) === 45)) {
        occStart[occ] = t2 + 1; occLen[occ] = t3 - t2 - 1; occEntry[occ++] = id;
      }
      let p = t3 + 1;
      while (p < end) {
        let q = text.indexOf(' ', p);
        if (q < 0 || q > end) q = end;
        if (q > p) { occStart[occ] = p; occLen[occ] = q - p; occEntry[occ++] = id; }
        p = q + 1;
      }
    }
    pos = end + 1;
  }

  // Open-addressing table of occurrence ids (+1; 0 is empty). Duplicate forms take
  // successive slots, so a probe collects every reading before it meets an empty slot.
  // Each slot also holds the form's hash, so a probe that meets another form is settled
  // without reading the text (one memory access instead of three: most lookups from the
  // compound splitter are misses).
  let size = 1;
  while (size < occ * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size * 2);
  for (let k = 0; k < occ; k++) {
    const s = occStart[k]!, len = occLen[k]!;
    let h = 0x811c9dc5;
    for (let i = s; i < s + len; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = h & mask;
    while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = k + 1;
    table[slot * 2 + 1] = h;
  }

  const entries: (LexEntry | undefined)[] = new Array(entryCount);
  const entryAt = (id: number): LexEntry => {
    let e = entries[id];
    if (e) return e;
    const s = lineStart[id]!;
    const t1 = text.indexOf('\t', s + 2);
    const t2 = text.indexOf('\t', t1 + 1);
    const t3 = text.indexOf('\t', t2 + 1);
    const k = text.charCodeAt(s);
    const kind = String.fromCharCode(k & ~32) as LexKind;
    e = { lemma: text.slice(s + 2, t1), kind };
    if (isLowerKind(k)) e.unglossed = true;
    const f3 = text.slice(t1 + 1, t2), f4 = text.slice(t2 + 1, t3);
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

  // No memo here: callers cache per word (Lemmatizer, CompoundSplitter), and a probe of this
  // table costs about what a Map lookup of the same string would.
  const lookup = (form: string): readonly LexEntry[] => {
    const len = form.length;
    let h = 0x811c9dc5;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ form.charCodeAt(i), 0x01000193);
    let slot = h & mask;
    let out: LexEntry[] | undefined;
    for (;;) {
      const k1 = table[slot * 2]!;
      if (k1 === 0) break;
      const k = k1 - 1;
      if (table[slot * 2 + 1] === h && occLen[k] === len) {
        const s = occStart[k]!;
        let i = 0;
        while (i < len && text.charCodeAt(s + i) === form.charCodeAt(i)) i++;
        if (i === len) {
          const e = entryAt(occEntry[k]!);
          if (!out) out = [e];
          else if (!out.includes(e)) out.push(e);
        }
      }
      slot = (slot + 1) & mask;
    }
    return out ?? NONE;
  };

  /** The `W` line at `s`: its shared-prefix count and where its rest starts and ends. */
  const wordLine = (s: number): { shared: number; from: number; to: number } => {
    const t = text.indexOf('\t', s);
    const e = text.indexOf('\n', t);
    let shared = 0;
    for (let i = s; i < t; i++) shared = shared * 10 + text.charCodeAt(i) - 48;
    return { shared, from: t + 1, to: e < 0 ? n : e };
  };
  // Bisection over the blocks' first words (written whole), then the block decoded word by word: no load-time work.
  const listedWord = (word: string): boolean => {
    let lo = 0, hi = Math.ceil(wordStarts.length / WORD_BLOCK);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = wordLine(wordStarts[mid * WORD_BLOCK]!);
      if (text.slice(l.from, l.to) <= word) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return false;
    let prev = '';
    for (let i = (lo - 1) * WORD_BLOCK; i < Math.min(lo * WORD_BLOCK, wordStarts.length); i++) {
      const l = wordLine(wordStarts[i]!);
      prev = prev.slice(0, l.shared) + text.slice(l.from, l.to);
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
    isPlace: (lemma) => places.has(lemma),
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

