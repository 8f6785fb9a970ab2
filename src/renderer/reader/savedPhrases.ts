/**
 * Saved phrases found again (issue 18): a phrase the learner saved is marked wherever its words recur, in any
 * article, matched word by word on the analysis's keys (so `nahm … unter die Lupe` and `nimmt unter die Lupe` are
 * one phrase) or, for phrases saved before their keys were kept, on the words as written, ignoring case. Words are
 * matched in reading order across sentence and line breaks; punctuation between them does not count. Each word
 * knows its occurrence, so a click on it opens the saved phrase's card (its own meaning, status), not the word's.
 */
import type { VocabularyRecord } from '../db/database';
import type { ReaderDoc } from './readerDoc';

export type SavedPhrase = Pick<VocabularyRecord, 'lemma' | 'phraseKeys' | 'upos'>;

/** One occurrence of a saved phrase: the entry's lemma (its vocabulary and status key) and its words' flat indices. */
export interface PhraseHit {
  lemma: string;
  indices: number[];
}

interface Pattern {
  lemma: string;
  byKey: boolean;
  parts: string[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('de');

/** Each phrase as the key or form every word must have; a single word is no phrase. */
function patterns(phrases: readonly SavedPhrase[]): Pattern[] {
  const out: Pattern[] = [];
  for (const p of phrases) {
    if (p.phraseKeys && p.phraseKeys.length > 1) out.push({ lemma: p.lemma, byKey: true, parts: p.phraseKeys });
    else if (!p.phraseKeys && p.upos === undefined) {
      const words = p.lemma.match(WORD)?.map(norm) ?? [];
      if (words.length > 1) out.push({ lemma: p.lemma, byKey: false, parts: words });
    }
  }
  // Longest first: where two saved phrases start at one word, its words belong to the longer.
  return out.sort((a, b) => b.parts.length - a.parts.length);
}

/**
 * Every word inside an occurrence of a saved phrase (flat index) with that occurrence. Where occurrences overlap,
 * a word stays with the one that starts first, then the longer.
 */
export function findPhrases(doc: ReaderDoc, phrases: readonly SavedPhrase[]): Map<number, PhraseHit> {
  const found = new Map<number, PhraseHit>();
  const list = patterns(phrases);
  if (list.length === 0) return found;
  const forms = doc.words.map((i) => norm(doc.tokens[i]!.text));
  const keys = doc.words.map((i) => doc.keys[i]!);
  // Indexed by first word, so a long text is walked once whatever the number of phrases.
  const byFirst = new Map<string, Pattern[]>();
  for (const p of list) {
    const k = `${p.byKey ? 'k' : 'f'}${p.parts[0]}`;
    byFirst.set(k, [...(byFirst.get(k) ?? []), p]);
  }
  for (let w = 0; w < doc.words.length; w++) {
    const candidates = [...(byFirst.get(`k${keys[w]}`) ?? []), ...(byFirst.get(`f${forms[w]}`) ?? [])].sort((a, b) => b.parts.length - a.parts.length);
    for (const p of candidates) {
      const seq = p.byKey ? keys : forms;
      if (w + p.parts.length > seq.length || !p.parts.every((part, j) => seq[w + j] === part)) continue;
      const hit: PhraseHit = { lemma: p.lemma, indices: doc.words.slice(w, w + p.parts.length) };
      for (const i of hit.indices) if (!found.has(i)) found.set(i, hit);
    }
  }
  return found;
}
