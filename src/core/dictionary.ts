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

interface Language {
  /** Word entries, then phrase entries; ids index this array. */
  lines: string[];
  wordCount: number;
  index: string[];
}

function parseLanguage(lang: string, bytes: Uint8Array): Language {
  if (bytes.length === 0) throw new Error(`dictionary ${lang}: empty asset`);
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const all = strFromU8(raw).split('\n');
  const [magic, version, , words, phrases] = all[0]!.split('\t');
  const wordCount = Number(words);
  const total = wordCount + Number(phrases);
  if (magic !== ASSET_MAGIC || version !== ASSET_VERSION || !Number.isInteger(wordCount) || !Number.isInteger(total) || wordCount < 0 || total < wordCount || total >= all.length) {
    throw new Error(`dictionary ${lang}: not a ${ASSET_MAGIC} v${ASSET_VERSION} asset`);
  }
  if (all.at(-1) === '') all.pop();
  return { lines: all.slice(1, total + 1), wordCount, index: all.slice(total + 1) };
}

/**
 * First position in sorted `lines[0, end)` not below `key + TAB`. Tab sorts below every letter, so
 * "haus\t…" < "hausbau\t…". Binary search instead of a Map: ~20 comparisons per call, and loading
 * half a million lines costs no per-line work.
 */
function lowerBound(lines: string[], end: number, key: string): number {
  const probe = key + '\t';
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]! < probe) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function decodeEntry(lines: string[], id: number): DictEntry {
  const [key = '', headword = '', grammar, senses = '', note, form, plural] = lines[id]!.split('\t');
  const shared = senses.startsWith('@') ? lines[Number(senses.slice(1))]?.split('\t')[3] : senses;
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

function exactIds({ lines, wordCount }: Language, key: string): number[] {
  const ids: number[] = [];
  const prefix = key + '\t';
  for (let id = lowerBound(lines, wordCount, key); id < wordCount && lines[id]!.startsWith(prefix); id++) ids.push(id);
  return ids;
}

function phraseIds({ index, wordCount }: Language, key: string): number[] {
  const line = index[lowerBound(index, index.length, key)];
  const prefix = key + '\t';
  return line?.startsWith(prefix) ? line.slice(prefix.length).split(',').map((n) => wordCount + Number(n)) : [];
}

/** `files` maps a target language code to its asset bytes (gzip or plain). Throws on a malformed asset. */
export function parseDictionary(files: Record<string, Uint8Array>): Dictionary {
  const languages = new Map<string, Language>();
  for (const [lang, bytes] of Object.entries(files)) languages.set(lang, parseLanguage(lang, bytes));

  return {
    languages: [...languages.keys()],
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
    has(lemma, lang = 'en') {
      const language = languages.get(lang);
      const key = lemma.toLowerCase();
      return language !== undefined && language.lines[lowerBound(language.lines, language.wordCount, key)]?.startsWith(key + '\t') === true;
    },
  };
}
