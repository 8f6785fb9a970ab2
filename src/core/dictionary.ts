/**
 * Bilingual glossaries (German → en/tr/ru), read from the assets built by scripts/buildDict.ts.
 * The host does the I/O and passes the bytes; this module only decodes entries, dictionaryStore.ts finds them.
 *
 * The built text (shipped packed in sections, see dictionaryStore.ts), one record per line:
 *   lesestoff-dict <TAB> 1 <TAB> lang <TAB> wordCount <TAB> phraseCount
 *   wordCount word entries sorted by key (UTF-16 order), best first within a key:
 *     key <TAB> headword <TAB> grammar,… <TAB> sense|sense|… [<TAB> note [<TAB> form [<TAB> plural [<TAB> participle]]]]
 *     key: the lowercased headword; headword: '' when equal to the key, '^' when only the first letter
 *     is upper case; senses: '@id' reuses entry id's list (synonyms share one); plural: '+x' = headword+x;
 *     participle: a verb's senses as its past participle used as an adjective, sense|sense|…
 *   phraseCount phrase entries, same fields, the phrase itself in place of the key and headword ''
 *   phrase index sorted by word: word <TAB> phraseNo,phraseNo,… (phrases containing the word, best first; after the
 *     first, each as its signed difference from the one before: 40211,+1,-3, dictionaryStore.ts encodePhraseIds)
 */
import { type DictionaryStore, type Inflate, type KeyIndex, openDictionary } from './dictionaryStore';

export { ASSET_MAGIC, ASSET_VERSION } from './dictionaryStore';
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
  /** Verbs: the past participle's senses used as an adjective (`produziert`: produced, made), where the source gives them. */
  participle?: string[];
}

export interface Dictionary {
  readonly languages: string[];
  /** Exact headwords first (same case before other case), then phrases containing the lemma. */
  lookup(lemma: string, lang?: string): DictEntry[];
  /** Case-insensitive; a binary search (~1 µs), cheap enough for every token and compound split candidate. */
  has(lemma: string, lang?: string): boolean;
  /** Entries whose headword is the lemma (any case), without the phrase search of `lookup`. */
  exact?(lemma: string, lang?: string): DictEntry[];
  /** The phrases indexed under a word, best first, without its own entries (which may fill `lookup`'s list). */
  phrases?(word: string, lang?: string): DictEntry[];
}

/**
 * How a language's glossary writes the slots of a phrase (the language model's `GlossaryConventions`; German:
 * de/glossary.ts): they are no words of the phrase, so neither index it nor make a word's sense an idiom.
 */
export interface PhraseMarkers {
  /** Placeholders for a verb's objects in an entry's wording (German `etw. ankündigen`, `jdm. helfen`). */
  valency: ReadonlySet<string>;
  /** The reflexive pronoun in an entry's wording (`sich freuen`), which the sentence must have for that sense. */
  reflexive: string;
  /** How the glossary writes one adjective in its gender endings (German `sogenannte/r/s`): one word, not alternatives. */
  genderEndings: string;
  /**
   * Slots the glossary writes out in words, global (German `einer Sache` in `jdn./etw. mit jdm./einer Sache vergleichen`):
   * a slot like `valency`'s, no word of an idiom.
   */
  writtenSlots?: RegExp;
}

// A gap (`entweder … oder …`) is written the same in every glossary.
const GAPS = new Set(['…', '...']);
const isSlot = (w: string, markers: PhraseMarkers) => markers.valency.has(w) || w === markers.reflexive || GAPS.has(w);

/** Words under which a lowercased phrase is indexed (shared with the asset writer). */
export function phraseWords(key: string, markers: PhraseMarkers): string[] {
  return key
    .split(/[\s/]+/)
    .filter((w) => !isSlot(w, markers))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 1);
}

const NOUN_GRAMMAR = new Set(['m', 'f', 'n', 'pl']);
/** An entry's wording with its written-out slots as valency markers (`mit jdm./einer Sache` → `mit jdm./etw.`). */
export function wording(form: string, markers: PhraseMarkers): string {
  const slot = markers.valency.values().next().value;
  return markers.writtenSlots && slot !== undefined ? form.replace(markers.writtenSlots, slot) : form;
}

/** `jdn./etw.`: a valency marker or alternatives of them. */
const isValencyWord = (w: string, markers: PhraseMarkers) => w.split('/').every((x) => isSlot(x, markers) || x === '');

/**
 * An entry filed under a word whose wording adds other words (`gegen etw. sein`, `außer sich sein`
 * under `sein`): an idiom the word is part of, not a sense of the word itself. Valency markers
 * (`etw. ankündigen`, `sich freuen`), a noun's article (`die Pille`) and gapped correlatives
 * (`entweder … oder …`) leave the word plain.
 */
export function isPhraseForm(entry: Pick<DictEntry, 'headword' | 'grammar' | 'form'>, markers: PhraseMarkers): boolean {
  if (!entry.form || entry.form.includes('…') || (markers.genderEndings !== '' && entry.form.includes(markers.genderEndings))) return false;
  const head = entry.headword.toLowerCase();
  const extra = wording(entry.form, markers).split(/\s+/).filter((w) => w !== '' && !isValencyWord(w, markers) && w.toLowerCase() !== head);
  // One extra word before a noun is its article.
  const allowed = entry.grammar.some((g) => NOUN_GRAMMAR.has(g)) ? 1 : 0;
  return extra.length > allowed;
}

/** The words an idiom's wording adds to its headword (`gegen` for `gegen etw. sein`), lower case. */
export function formExtraWords(entry: Pick<DictEntry, 'headword' | 'form'>, markers: PhraseMarkers): string[] {
  const head = entry.headword.toLowerCase();
  return wording(entry.form ?? '', markers).toLowerCase().split(/\s+/).filter((w) => w !== '' && !isValencyWord(w, markers) && w !== head);
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

/**
 * Entry `id` as its line gives it (an empty line where it is not at hand), and whether every line it reads was at hand:
 * else it is decoded again at its next read. Its arrays are frozen, as the reads of a memoised entry share them.
 */
function decodeEntry(store: DictionaryStore, id: number): [DictEntry, boolean] {
  const line = store.line(id);
  const [key = '', headword = '', grammar, senses = '', note, form, plural, participle] = (line ?? '').split('\t');
  const shared = senses.startsWith('@') ? store.line(Number(senses.slice(1)))?.split('\t')[3] : senses;
  const entry: DictEntry = {
    headword: headword === '' ? key : headword === '^' ? capitalise(key) : headword,
    grammar: frozen(grammar ? grammar.split(',') : []),
    senses: frozen((shared ?? '').split('|')),
  };
  if (note) entry.note = note;
  if (form) entry.form = form;
  if (plural) entry.plural = plural.startsWith('+') ? entry.headword + plural.slice(1) : plural;
  if (participle) entry.participle = frozen(participle.split('|'));
  return [entry, line !== undefined && shared !== undefined];
}

/** An array no reader may change (typed as the entry's field, which callers only read). */
const frozen = (xs: string[]): string[] => Object.freeze(xs) as string[];

/**
 * A glossary's store with its entries by id, each decoded once (issue 19): a card reads the phrases of every word around
 * the click (`sentencePhrases` in lookup.ts), so the cards of a sentence decoded the same few hundred lines again and
 * again, a seventh of a card's time. Each read gets an object of its own, as callers tell entries apart by identity
 * (`inSentence.includes(e)` in lookup.ts), with the decoded arrays. Cleared when full, like the analysis's memos.
 */
class DecodedStore {
  private readonly entries = new Map<number, DictEntry>();

  constructor(readonly store: DictionaryStore) {}

  entry(id: number): DictEntry {
    let entry = this.entries.get(id);
    if (entry === undefined) {
      const [decoded, whole] = decodeEntry(this.store, id);
      if (!whole) return decoded;
      if (this.entries.size >= ENTRY_MEMO_LIMIT) this.entries.clear();
      this.entries.set(id, (entry = decoded));
    }
    return { ...entry };
  }
}

/** Bound on the decoded entries kept per glossary (a sentence's cards read a few hundred). */
const ENTRY_MEMO_LIMIT = 20_000;

export interface ParseOptions {
  /**
   * Languages to decode on first use instead of now (load time is budgeted: the reader needs
   * English at once, Turkish or Russian only when chosen). Their asset errors surface then.
   */
  lazy?: readonly string[];
  /** Inflates the packed asset's sections; fflate's by default, a host may pass a native one (dictionaryStore.ts). */
  inflate?: Inflate;
  /** Keys already indexed by language, on a loading thread (dictionaryStore.ts `indexKeys`). */
  indexed?: Readonly<Record<string, KeyIndex>>;
}

/**
 * `files` maps a target language code to its asset bytes (packed, or the built text plain or gzip; see
 * dictionaryStore.ts), or to a function that returns them (called once, on first use, for `lazy` languages). Throws
 * on a malformed asset.
 */
export function parseDictionary(files: Record<string, Uint8Array | (() => Uint8Array)>, options: ParseOptions = {}): Dictionary {
  const parsed = new Map<string, DecodedStore>();
  const pending = new Map<string, () => Uint8Array>();
  const open = (lang: string, bytes: Uint8Array) => new DecodedStore(openDictionary(lang, bytes, options.inflate, options.indexed?.[lang]));
  for (const [lang, bytes] of Object.entries(files)) {
    const get = typeof bytes === 'function' ? bytes : () => bytes;
    if (options.lazy?.includes(lang)) pending.set(lang, get);
    else parsed.set(lang, open(lang, get()));
  }
  const languages = {
    get(lang: string): DecodedStore | undefined {
      let l = parsed.get(lang);
      if (!l) {
        const get = pending.get(lang);
        if (!get) return undefined;
        pending.delete(lang);
        l = open(lang, get());
        parsed.set(lang, l);
      }
      return l;
    },
    keys: () => Object.keys(files),
  };

  return {
    languages: languages.keys(),
    lookup(lemma, lang = 'en') {
      const decoded = languages.get(lang);
      const key = lemma.trim().toLowerCase();
      if (!decoded || key === '') return [];
      const exact = decoded.store.exactIds(key).map((id) => decoded.entry(id));
      // Stable sort: "Essen" (noun) before "essen" (verb) when the reader clicked "Essen".
      exact.sort((a, b) => Number(b.headword === lemma) - Number(a.headword === lemma));
      const phrases = decoded.store.phraseIds(key).map((id) => decoded.entry(id));
      return [...exact, ...phrases].slice(0, MAX_RESULTS);
    },
    exact(lemma, lang = 'en') {
      const decoded = languages.get(lang);
      const key = lemma.trim().toLowerCase();
      if (!decoded || key === '') return [];
      return decoded.store.exactIds(key).map((id) => decoded.entry(id));
    },
    phrases(word, lang = 'en') {
      const decoded = languages.get(lang);
      const key = word.trim().toLowerCase();
      if (!decoded || key === '') return [];
      return decoded.store.phraseIds(key).map((id) => decoded.entry(id));
    },
    has(lemma, lang = 'en') {
      const decoded = languages.get(lang);
      const key = lemma.toLowerCase();
      return decoded !== undefined && key !== '' && decoded.store.has(key);
    },
  };
}
