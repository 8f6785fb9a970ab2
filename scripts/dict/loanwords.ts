/**
 * English words German has borrowed, for a noun the glossary lacks (issue 14): a learner clicking `Browser` or
 * `Power-Button` in tech news got nothing, as Ding lists neither. A word counts as borrowed where the glossary's own
 * compounds show German using it: a noun headword is that word and another headword joined, closed up or with a hyphen
 * (`Browser|verlauf`, `Frauen|power`, `Desktop-Computer`), and translated with it (browser history, girl power, desktop
 * computer). Only words more frequent in English than in German (FrequencyWords en_50k, de_50k: not `Rat`, `Art`).
 * Measured on the glossary's own nouns so spelt and so borne out, 770 of 853 (90.3 %) have that English word among
 * their senses (by a hyphenated compound, 158 of 172: 91.9 %); of all its nouns spelt like a word more frequent in
 * English, 82 %; of those more frequent in German, 39 %. Recorded under the mark for words the glossary lacks only
 * (~500 words, ~2.4 KB; the hyphenated compounds added 84, 871 bytes): the lookup reads them where it has nothing else.
 */
import { defaultLanguage } from '../../src/core';
import type { DictRecord } from './asset';

/** The mark before an English word German borrowed, as the lookup reads it. */
export const LOANWORD_MARK = defaultLanguage.glossary.loanword;
const NOUN = new Set(['m', 'f', 'n', 'pl']);
/** Shortest word and other part counted: `Fall|out`; a shorter one is a cut by chance (`S|and`). */
const MIN_PART = 3;

/** A sense's English words in lower case, without its notes; a capitalised one is a name (Aaron's rod). */
const senseWords = (sense: string): string[] =>
  sense.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\s\/[^/]+\//gu, ' ').split(/[^A-Za-z]+/u).filter((w) => w.length >= MIN_PART && /^[a-z]+$/u.test(w));

/**
 * The borrowed English words the glossary lacks as headwords, each a record under the mark whose sense is the word:
 * `english` tells a word more frequent in English than in German.
 */
export function loanwordRecords(records: readonly DictRecord[], english: (word: string) => boolean): DictRecord[] {
  const keys = new Set(records.map((r) => r.headword.toLowerCase()));
  const loans = new Set<string>();
  for (const r of records) {
    const key = r.headword.toLowerCase();
    if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(key) || r.form || !r.grammar.some((g) => NOUN.has(g))) continue;
    // A hyphen joins the borrowed word as it stands (`Desktop-Computer` :: desktop computer): one of the two pieces is
    // the word, the other the glossary's.
    const pieces = key.split('-');
    for (const word of new Set(r.senses.flatMap(senseWords))) {
      const rest = pieces.length === 2 ? (pieces[0] === word ? pieces[1]! : pieces[1] === word ? pieces[0]! : '')
        : key.startsWith(word) ? key.slice(word.length) : key.endsWith(word) ? key.slice(0, -word.length) : '';
      if (rest.length >= MIN_PART && keys.has(rest) && !keys.has(word) && english(word)) loans.add(word);
    }
  }
  return [...loans].sort().map((word) => ({ headword: LOANWORD_MARK + word, grammar: [], senses: [word] }));
}
