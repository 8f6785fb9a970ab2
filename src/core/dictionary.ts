/**
 * Bilingual glossaries (German → en/tr/ru), read from the assets built by scripts/buildDict.ts.
 * The host does the I/O and passes the bytes; this module only decodes and indexes them.
 *
 * Asset format: UTF-8 text (gzipped on disk), one record per line, laid out so that loading is a
 * decompression, a decode and a split, with no per-line work:
 *   lesestoff-dict <TAB> 1 <TAB> lang <TAB> wordCount <TAB> phraseCount
 *   wordCount word entries sorted by key (UTF-16 order), best first within a key:
 *     key <TAB> headword <TAB> grammar,… <TAB> sense|sense|… [<TAB> note [<TAB> form [<TAB> plural]]]
 *     key: the lowercased headword; headword: '' when equal to the key, '^' when only the first letter
 *     is upper case; senses: '@id' reuses entry id's list (synonyms share one); plural: '+x' = headword+x
 *   phraseCount phrase entries, same fields, the phrase itself in place of the key and headword ''
 *   phrase index sorted by word: word <TAB> phraseNo,phraseNo,… (phrases containing the word, best first)
 */
import { gunzipSync, strFromU8 } from 'fflate';

export const ASSET_MAGIC = 'lesestoff-dict';
export const ASSET_VERSION = '1';
export const MAX_PHRASES_PER_WORD = 12;
const MAX_RESULTS = 12;

export interface DictEntry {
  headword: string;
  /** Source grammar codes in Ding's notation: 'm', 'f', 'n', 'pl', 'vt', 'vi', 'vr', 'adj', … */
  grammar: string[];
  /** Most common first. */
  senses: string[];
  /** Domain labels and comments on the German side: "[pol.]", "(Verhütungsmittel)". */
  note?: string;
  /** The source's full wording when the index drops markers: "etw. ankündigen", "sich freuen". */
  form?: string;
  /** Nouns: nominative plural, where the source gives it. */
  plural?: string;
}

export interface Dictionary {
  readonly languages: string[];
  /** Exact headwords first (same case before other case), then phrases containing the lemma. */
  lookup(lemma: string, lang?: string): DictEntry[];
  /** Case-insensitive; a binary search (~1 µs), cheap enough for every token and compound split candidate. */
  has(lemma: string, lang?: string): boolean;
  /** Entries whose headword is the lemma (any case), without the phrase search of `lookup`. */
  exact?(lemma: string, lang?: string): DictEntry[];
}

const VALENCY = new Set(['etw.', 'jdn.', 'jdm.', 'jds.', 'jd.', 'sich', '…', '...']);

/** Words under which a lowercased phrase is indexed (shared with the asset writer). */
export function phraseWords(key: string): string[] {
  return key
    .split(/[\s/]+/)
    .filter((w) => !VALENCY.has(w))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 1);
}

const NOUN_GRAMMAR = new Set(['m', 'f', 'n', 'pl']);
/** `jdn./etw.`: a valency marker or alternatives of them. */
const isValencyWord = (w: string) => w.split('/').every((x) => VALENCY.has(x) || x === '');

/**
 * An entry filed under a word whose wording adds other words (`gegen etw. sein`, `außer sich sein`
 * under `sein`): an idiom the word is part of, not a sense of the word itself. Valency markers
 * (`etw. ankündigen`, `sich freuen`), a noun's article (`die Pille`) and gapped correlatives
 * (`entweder … oder …`) leave the word plain.
 */
export function isPhraseForm(entry: Pick<DictEntry, 'headword' | 'grammar' | 'form'>): boolean {
  if (!entry.form || entry.form.includes('…') || entry.form.includes('/r/s')) return false;
  const head = entry.headword.toLowerCase();
  const extra = entry.form.split(/\s+/).filter((w) => w !== '' && !isValencyWord(w) && w.toLowerCase() !== head);
  // One extra word before a noun is its article.
  const allowed = entry.grammar.some((g) => NOUN_GRAMMAR.has(g)) ? 1 : 0;
  return extra.length > allowed;
}

/** The words an idiom's wording adds to its headword (`gegen` for `gegen etw. sein`), lower case. */
export function formExtraWords(entry: Pick<DictEntry, 'headword' | 'form'>): string[] {
  const head = entry.headword.toLowerCase();
  return (entry.form ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '' && !isValencyWord(w) && w !== head);
}

function capitalise(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Most headwords are their key or their key capitalised; the field then shrinks to '' or '^'. */
export function encodeHeadword(key: string, headword: string): string {
  if (headword === key) return '';
  return headword === capitalise(key) ? '^' : headword;
}

/** "Lieferung" → "Lieferungen" is stored as "+en". */
export function encodePlural(headword: string, plural: string): string {
  return plural.startsWith(headword) ? '+' + plural.slice(headword.length) : plural;
}

// TextDecoder is a web standard every host has (browser, worker, Node) and faster than fflate's
// decoder; core is compiled without DOM types, so it is looked up on globalThis.
const Utf8Decoder = (globalThis as { TextDecoder?: new () => { decode(bytes: Uint8Array): string } }).TextDecoder;

/**
 * A range of the asset's lines, kept as offsets into the one decoded string: splitting 480,000
 * lines into strings took a third of the load time, and lookups touch only a few lines.
 */
class Lines {
  constructor(private readonly text: string, private readonly starts: Int32Array, private readonly from: number, readonly length: number) {}

  get(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.text.slice(this.starts[this.from + i]!, this.starts[this.from + i + 1]! - 1);
  }

  /** Line `i` sorts before `probe` (string order, as `<` on the line would). */
  less(i: number, probe: string): boolean {
    const s = this.starts[this.from + i]!;
    const len = this.starts[this.from + i + 1]! - 1 - s;
    for (let k = 0; k < probe.length; k++) {
      if (k >= len) return true;
      const a = this.text.charCodeAt(s + k), b = probe.charCodeAt(k);
      if (a !== b) return a < b;
    }
    return false;
  }

  startsWith(i: number, prefix: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const s = this.starts[this.from + i]!;
    return this.starts[this.from + i + 1]! - 1 - s >= prefix.length && this.text.startsWith(prefix, s);
  }

  /** Code unit `k` of line `i`, NaN past its end. */
  codeAt(i: number, k: number): number {
    const s = this.starts[this.from + i]!;
    return k < this.starts[this.from + i + 1]! - 1 - s ? this.text.charCodeAt(s + k) : NaN;
  }
}

/** Start offset of every line, plus one past the end of the last (as if it ended in a newline). */
function lineStarts(text: string): { starts: Int32Array; count: number } {
  let count = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) count++;
  const starts = new Int32Array(count + 2);
  let i = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts[++i] = p + 1;
  if (starts[i]! < text.length) starts[++i] = text.length + 1;
  return { starts, count: i };
}

interface Language {
  /** Word entries, then phrase entries; ids index these lines. */
  lines: Lines;
  wordCount: number;
  index: Lines;
  /** First eight UTF-16 units of each word line's key, as numbers (see prefixOf). */
  prefixes?: Float64Array;
}

/** Six-bit code of a UTF-16 unit, never decreasing as the unit grows; 0 is the string's end. */
function code6(c: number): number {
  if (c !== c) return 0; // NaN: past the end
  if (c <= 9) return 1;
  if (c < 48) return 2;
  if (c < 58) return 3;
  if (c < 97) return 4;
  if (c <= 122) return c - 92;
  if (c < 0xc0) return 31;
  if (c <= 0xff) return 32 + ((c - 0xc0) >> 1);
  return 63;
}

/**
 * A line's first eight code units, six bits each, as one number that sorts like the line (ties
 * allowed). A binary search over 400,000 separate strings misses the CPU cache at every step;
 * over one typed array it mostly does not, and only the few lines sharing the prefix are
 * compared as strings. Eight units, because German keys share long beginnings (`ver…`, `ein…`).
 */
function prefixOf(s: string): number {
  let v = 0;
  for (let i = 0; i < 8; i++) v = v * 64 + code6(s.charCodeAt(i));
  return v;
}

function linePrefix(lines: Lines, id: number): number {
  let v = 0;
  for (let i = 0; i < 8; i++) v = v * 64 + code6(lines.codeAt(id, i));
  return v;
}

function prefixIndex(language: Language): Float64Array {
  if (!language.prefixes) {
    const p = new Float64Array(language.wordCount);
    for (let i = 0; i < language.wordCount; i++) p[i] = linePrefix(language.lines, i);
    language.prefixes = p;
  }
  return language.prefixes;
}

/** Like lowerBound over the word lines, narrowed by the prefix index first. */
function wordLowerBound(language: Language, key: string): number {
  const probe = key + '\t';
  const pre = prefixIndex(language);
  const pk = prefixOf(probe);
  let lo = 0, hi = language.wordCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pre[mid]! < pk) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  let step = 1;
  // Gallop to the end of the equal-prefix run, then search it as strings.
  while (end + step < language.wordCount && pre[end + step] === pk) step *= 2;
  end = Math.min(language.wordCount, end + step);
  const lines = language.lines;
  while (lo < end) {
    const mid = (lo + end) >>> 1;
    if (lines.less(mid, probe)) lo = mid + 1;
    else end = mid;
  }
  return lo;
}

function parseLanguage(lang: string, bytes: Uint8Array): Language {
  if (bytes.length === 0) throw new Error(`dictionary ${lang}: empty asset`);
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const text = Utf8Decoder ? new Utf8Decoder().decode(raw) : strFromU8(raw);
  const { starts, count } = lineStarts(text);
  const all = new Lines(text, starts, 0, count);
  const [magic, version, , words, phrases] = (all.get(0) ?? '').split('\t');
  const wordCount = Number(words);
  const total = wordCount + Number(phrases);
  // A trailing empty line is no index line.
  const lineCount = count > 0 && all.get(count - 1) === '' ? count - 1 : count;
  if (magic !== ASSET_MAGIC || version !== ASSET_VERSION || !Number.isInteger(wordCount) || !Number.isInteger(total) || wordCount < 0 || total < wordCount || total >= lineCount) {
    throw new Error(`dictionary ${lang}: not a ${ASSET_MAGIC} v${ASSET_VERSION} asset`);
  }
  return { lines: new Lines(text, starts, 1, total), wordCount, index: new Lines(text, starts, total + 1, lineCount - total - 1) };
}

/**
 * First position in sorted `lines[0, end)` not below `key + TAB`. Tab sorts below every letter, so
 * "haus\t…" < "hausbau\t…". Binary search instead of a Map: ~20 comparisons per call, and loading
 * half a million lines costs no per-line work.
 */
function lowerBound(lines: Lines, end: number, key: string): number {
  const probe = key + '\t';
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines.less(mid, probe)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function decodeEntry(lines: Lines, id: number): DictEntry {
  const [key = '', headword = '', grammar, senses = '', note, form, plural] = (lines.get(id) ?? '').split('\t');
  const shared = senses.startsWith('@') ? lines.get(Number(senses.slice(1)))?.split('\t')[3] : senses;
  const entry: DictEntry = {
    headword: headword === '' ? key : headword === '^' ? capitalise(key) : headword,
    grammar: grammar ? grammar.split(',') : [],
    senses: (shared ?? '').split('|'),
  };
  if (note) entry.note = note;
  if (form) entry.form = form;
  if (plural) entry.plural = plural.startsWith('+') ? entry.headword + plural.slice(1) : plural;
  return entry;
}

function exactIds(language: Language, key: string): number[] {
  const { lines, wordCount } = language;
  const ids: number[] = [];
  const prefix = key + '\t';
  for (let id = wordLowerBound(language, key); id < wordCount && lines.startsWith(id, prefix); id++) ids.push(id);
  return ids;
}

function phraseIds({ index, wordCount }: Language, key: string): number[] {
  const line = index.get(lowerBound(index, index.length, key));
  const prefix = key + '\t';
  return line?.startsWith(prefix) ? line.slice(prefix.length).split(',').map((n) => wordCount + Number(n)) : [];
}

export interface ParseOptions {
  /**
   * Languages to decode on first use instead of now (load time is budgeted: the reader needs
   * English at once, Turkish or Russian only when chosen). Their asset errors surface then.
   */
  lazy?: readonly string[];
}

/**
 * `files` maps a target language code to its asset bytes (gzip or plain), or to a function that
 * returns them (called once, on first use, for `lazy` languages). Throws on a malformed asset.
 */
export function parseDictionary(files: Record<string, Uint8Array | (() => Uint8Array)>, options: ParseOptions = {}): Dictionary {
  const parsed = new Map<string, Language>();
  const pending = new Map<string, () => Uint8Array>();
  for (const [lang, bytes] of Object.entries(files)) {
    const get = typeof bytes === 'function' ? bytes : () => bytes;
    if (options.lazy?.includes(lang)) pending.set(lang, get);
    else {
      const language = parseLanguage(lang, get());
      // Built now rather than on the first `has`: part of loading, not of the first article.
      prefixIndex(language);
      parsed.set(lang, language);
    }
  }
  const languages = {
    get(lang: string): Language | undefined {
      let l = parsed.get(lang);
      if (!l) {
        const get = pending.get(lang);
        if (!get) return undefined;
        pending.delete(lang);
        l = parseLanguage(lang, get());
        parsed.set(lang, l);
      }
      return l;
    },
    keys: () => Object.keys(files),
  };

  return {
    languages: languages.keys(),
    lookup(lemma, lang = 'en') {
      const language = languages.get(lang);
      const key = lemma.trim().toLowerCase();
      if (!language || key === '') return [];
      const exact = exactIds(language, key).map((id) => decodeEntry(language.lines, id));
      // Stable sort: "Essen" (noun) before "essen" (verb) when the reader clicked "Essen".
      exact.sort((a, b) => Number(b.headword === lemma) - Number(a.headword === lemma));
      const phrases = phraseIds(language, key).map((id) => decodeEntry(language.lines, id));
      return [...exact, ...phrases].slice(0, MAX_RESULTS);
    },
    exact(lemma, lang = 'en') {
      const language = languages.get(lang);
      const key = lemma.trim().toLowerCase();
      if (!language || key === '') return [];
      return exactIds(language, key).map((id) => decodeEntry(language.lines, id));
    },
    has(lemma, lang = 'en') {
      const language = languages.get(lang);
      const key = lemma.toLowerCase();
      return language !== undefined && key !== '' && language.lines.startsWith(wordLowerBound(language, key), key + '\t');
    },
  };
}
