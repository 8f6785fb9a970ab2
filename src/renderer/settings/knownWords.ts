/**
 * Import known words (issue 17): a learner coming from another tool brings the words they know, as a plain list
 * (one word per line) or a LingQ or LUTE CSV export. Each word is read by the engine alone and counts as matched
 * when the glossary explains it; matched words become "known" under their lemma, the key every form shares.
 */
import { isWordToken, statusKey, type Sentence } from '../../core';
import type { LesestoffDb, WordStatusRecord } from '../db/database';

/** Header names of the word column in LingQ (`term`) and LUTE (`term`) exports, and in hand-made lists. */
const WORD_COLUMNS = ['term', 'word', 'wort', 'lemma'];
/** More than a learner's vocabulary: a larger file is cut here, and the preview says so. */
export const MAX_KNOWN_WORDS = 50_000;

/** One CSV record's fields (RFC 4180 quotes: `"a ""b"", c"`), split on `separator`. */
function csvFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/**
 * The distinct words of a list: a CSV with a `term`/`word` column gives that column, other lines give their first
 * field (a list of words, or `Wort<TAB>translation`). Empty lines and `#` comments are skipped. Quoted fields
 * spanning lines are not expected in word lists and are read line by line.
 */
export function wordsFromList(text: string): { words: string[]; cut: boolean } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() && !l.trimStart().startsWith('#'));
  const separator = ['\t', ';', ','].find((s) => lines[0]?.includes(s)) ?? '';
  let column = 0;
  if (separator) {
    const header = csvFields(lines[0] ?? '', separator).map((h) => h.toLowerCase());
    const named = header.findIndex((h) => WORD_COLUMNS.includes(h));
    if (named >= 0) {
      column = named;
      lines.shift();
    }
  }
  const words = new Set<string>();
  for (const line of lines) {
    const word = (separator ? csvFields(line, separator)[column] : line.trim()) ?? '';
    if (word) words.add(word.normalize('NFC'));
  }
  const all = [...words];
  return { words: all.slice(0, MAX_KNOWN_WORDS), cut: all.length > MAX_KNOWN_WORDS };
}

/** The words laid out one per line, with the span of each, for one engine call. */
export function spansOf(words: readonly string[]): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const word of words) {
    spans.push({ start: at, end: at + word.length });
    at += word.length + 1;
  }
  return { text: words.join('\n'), spans };
}

export interface KnownWordsPreview {
  words: number;
  /** Lemmas the glossary explains, each once. */
  lemmas: string[];
  /** Words that are not one word the glossary explains (phrases, names, typos), as written. */
  unmatched: string[];
  /** Matched lemmas that already have a status here; the import leaves them as they are. */
  alreadyMarked: number;
  cut: boolean;
}

/** Matches each word (its own span of the analysis) to a lemma; a span that is not exactly one explained word does not match. */
export async function previewKnownWords(db: LesestoffDb, words: readonly string[], analysed: Sentence[][], cut: boolean): Promise<KnownWordsPreview> {
  const lemmas = new Set<string>();
  const unmatched: string[] = [];
  words.forEach((word, i) => {
    const tokens = (analysed[i] ?? []).flatMap((s) => s.tokens).filter(isWordToken);
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only?.glossed) lemmas.add(statusKey(only));
    else unmatched.push(word);
  });
  const list = [...lemmas];
  const stored = await db.wordStatus.bulkGet(list);
  return { words: words.length, lemmas: list, unmatched, alreadyMarked: stored.filter((s) => s && s.status !== 'new').length, cut };
}

/** Marks the matched lemmas known in one transaction; a lemma the learner marked already keeps its status. Returns how many changed. */
export async function importKnownWords(db: LesestoffDb, lemmas: readonly string[], now = Date.now()): Promise<number> {
  return db.transaction('rw', db.wordStatus, async () => {
    const stored = await db.wordStatus.bulkGet([...lemmas]);
    const fresh: WordStatusRecord[] = lemmas.filter((_, i) => !stored[i] || stored[i]?.status === 'new').map((lemma) => ({ lemma, status: 'known', updatedAt: now }));
    await db.wordStatus.bulkPut(fresh);
    return fresh.length;
  });
}
