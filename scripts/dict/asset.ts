/**
 * Writes the compact dictionary asset read by `src/core/dictionary.ts` (format documented there).
 * All sorting, splitting and ranking happens here so that loading in the app is a decode and a split.
 */
import { COMPOUND_HEAD_MARK } from './compoundHeads';
import { COMPOUND_MODIFIER_MARK } from './compoundModifiers';
import { LOANWORD_MARK } from './loanwords';
import { ASSET_MAGIC, ASSET_VERSION, defaultLanguage, encodeHeadword, encodePhraseIds, encodePlural, MAX_PHRASES_PER_WORD, phraseWords, type PhraseMarkers } from '../../src/core';

export interface DictRecord {
  headword: string;
  grammar: string[];
  senses: string[];
  note?: string;
  /** The source's full wording when it adds markers the index drops: "etw. ankündigen", "die Pille". */
  form?: string;
  plural?: string;
  /** Higher first among entries of the same headword; source order breaks ties. */
  rank?: number;
  /** A verb's past participle (`produziert`) and its senses used as an adjective (produced, made); the asset keeps the senses. */
  participle?: { form: string; senses: string[] };
}

interface Row { key: string; phrase: boolean; rank: number; fields: string[] }

// Tabs, newlines and the list separators would break the line format; sources have next to none.
const field = (s: string | undefined) => (s ?? '').replace(/[\t\n\r|]/g, ' ').trim();

/**
 * What no clicked word can be: a space (`a cappella`: one of its words is too short to index it as a phrase), a gap or an
 * exclamation (`Abbau…`, `…fältig`, `Heda!`), quotes (`„Schlacht-Sinfonie“`). The tokenizer cuts all of these off.
 */
const UNCLICKABLE = /[\s…!?„“”"«»]/u;
/** What a noun means at the end of compounds (scripts/dict/compoundHeads.ts): read by the lookup of a compound's head. */
const COMPOUND_HEAD = new RegExp(`^${COMPOUND_HEAD_MARK}\\p{Ll}+$`, 'u');
/** What a word means at the start of compounds (scripts/dict/compoundModifiers.ts): read by the lookup of a compound's first parts. */
const COMPOUND_MODIFIER = new RegExp(`^\\p{Ll}+${COMPOUND_MODIFIER_MARK}$`, 'u');
/** An English word German borrowed (scripts/dict/loanwords.ts): read by the lookup of a noun the glossary lacks. */
const LOANWORD = new RegExp(`^${LOANWORD_MARK}\\p{Ll}+$`, 'u');

function toRow(r: DictRecord, markers: PhraseMarkers): Row | undefined {
  const senses = r.senses.map(field).filter(Boolean);
  if (senses.length === 0 || r.headword === '') return undefined;
  const key = r.headword.toLowerCase();
  const phrase = phraseWords(key, markers).length > 1;
  // A word entry is reached by its key only.
  if (!phrase && UNCLICKABLE.test(key) && !COMPOUND_HEAD.test(key) && !COMPOUND_MODIFIER.test(key) && !LOANWORD.test(key)) return undefined;
  // Phrases are reached through the word index only, so their line holds the wording, not a key.
  const head = phrase ? [field(r.headword), ''] : [key, encodeHeadword(key, r.headword)];
  const plural = r.plural ? encodePlural(r.headword, field(r.plural)) : '';
  const participle = (r.participle?.senses ?? []).map(field).filter(Boolean).join('|');
  return { key, phrase, rank: r.rank ?? 0, fields: [...head, r.grammar.join(','), senses.join('|'), field(r.note), field(r.form), plural, participle] };
}

/**
 * Whether a source-language word only binds a phrase (a preposition, article or pronoun: `im` in `im Grunde`, `es` in
 * `es gibt`). A phrase whose other words all bind is the word's own use, which the reader looks for in the sentence.
 */
export type BindingWord = (word: string) => boolean;

/**
 * word → up to MAX_PHRASES_PER_WORD phrase ids: first those whose other words only bind (`im Grunde`, `in Höhe von`
 * under `Grunde`, `Höhe`), then shorter phrases ("frei Haus" before an idiom); at most LINES_PER_PHRASE of one phrase.
 */
function phraseIndex(phrases: Row[], binds: BindingWord, markers: PhraseMarkers): Map<string, number[]> {
  const lists = new Map<string, { id: number; size: number; free: number }[]>();
  phrases.forEach(({ key }, id) => {
    const words = phraseWords(key, markers);
    for (const w of new Set(words)) {
      const item = { id, size: words.length, free: words.some((o) => o !== w && !binds(o)) ? 1 : 0 };
      const list = lists.get(w);
      if (list) list.push(item);
      else lists.set(w, [item]);
    }
  });
  const index = new Map<string, number[]>();
  for (const [w, list] of lists) {
    const taken = new Map<string, number>();
    const kept = list.sort((a, b) => a.free - b.free || a.size - b.size || a.id - b.id).filter(({ id }) => {
      const key = phrases[id]!.key;
      taken.set(key, (taken.get(key) ?? 0) + 1);
      return taken.get(key)! <= LINES_PER_PHRASE;
    });
    index.set(w, kept.slice(0, MAX_PHRASES_PER_WORD).map((p) => p.id));
  }
  return index;
}

/**
 * Lines of one phrase a word's list holds at most, its best (they stand best first within a phrase): a phrase the source
 * translates in many lines (`gerichtliche Verfügung` :: decree; injunction; court order …) took a third of the list,
 * and phrases of the same length after it fell out (`zur Verfügung stehen` :: to be available). A line no list keeps is
 * dropped with the others no lookup can reach: the asset came out 4.1 KB smaller.
 */
const LINES_PER_PHRASE = 2;

/**
 * The lines of one phrase together and best ranked first, as a word's entries are (`im Vergleich zu` :: compared with;
 * compared to, before :: by contrast with): the source gives them in its line order, where the phrase met in another
 * line's examples stands before its own line. They stand where the phrase's first line stood, so different phrases keep
 * their source order in the phrase index; side by side, one phrase's lines also pack ~10 KB smaller.
 */
function bestFirstWithinWording(rows: readonly Row[]): Row[] {
  const byKey = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  // Stable: rows of one rank keep their source order.
  for (const list of byKey.values()) list.sort((a, b) => b.rank - a.rank);
  return [...byKey.values()].flat();
}

export function writeAsset(lang: string, records: DictRecord[], binds: BindingWord = () => false, markers: PhraseMarkers = defaultLanguage.glossary): string {
  const seen = new Map<string, Row>();
  const words: Row[] = [];
  let phrases: Row[] = [];
  for (const record of records) {
    const row = toRow(record, markers);
    const line = row?.fields.join('\t');
    if (!row || line === undefined) continue;
    // The same entry from two lines (`artig; gut {adj} :: good`, `gut {adj} :: good`) ranks as its better one.
    const kept = seen.get(line);
    if (kept) kept.rank = Math.max(kept.rank, row.rank);
    else {
      seen.set(line, row);
      (row.phrase ? phrases : words).push(row);
    }
  }
  // Stable: entries sharing a key stay adjacent, best ranked first, then in source order.
  words.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.rank - a.rank));
  phrases = bestFirstWithinWording(phrases);
  // A phrase that no word's list points to can never be shown (readers click single words): drop it.
  const shown = new Set([...phraseIndex(phrases, binds, markers).values()].flat());
  phrases = phrases.filter((_, id) => shown.has(id));
  const index = phraseIndex(phrases, binds, markers);

  // Synonyms share their sense list ("Selbstmord; Freitod; Suizid"): later copies point to the first.
  const firstWithSenses = new Map<string, number>();
  const lines = [...words, ...phrases].map(({ fields }, id) => {
    const out = [...fields];
    const first = firstWithSenses.get(out[3]!);
    if (first === undefined) firstWithSenses.set(out[3]!, id);
    else if (out[3]!.length > String(first).length + 1) out[3] = `@${first}`;
    while (out.at(-1) === '') out.pop();
    return out.join('\t');
  });
  const indexLines = [...index].map(([w, ids]) => `${w}\t${encodePhraseIds(ids)}`).sort();
  return [[ASSET_MAGIC, ASSET_VERSION, lang, words.length, phrases.length].join('\t'), ...lines, ...indexLines].join('\n') + '\n';
}
