/**
 * Saved phrases found again (issue 18): a phrase the learner saved is marked wherever its words recur, in any
 * article, matched word by word on the analysis's keys (so `nahm … unter die Lupe` and `nimmt unter die Lupe` are
 * one phrase) or, for phrases saved before their keys were kept, on the words as written, ignoring case. Words are
 * matched in reading order across sentence and line breaks; punctuation between them does not count.
 */
import type { VocabularyRecord } from '../db/database';
import type { ReaderDoc } from './readerDoc';

export type SavedPhrase = Pick<VocabularyRecord, 'lemma' | 'phraseKeys' | 'upos'>;

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('de');

/** Each phrase as the key or form every word must have; a single word is no phrase. */
function patterns(phrases: readonly SavedPhrase[]): { byKey: boolean; parts: string[] }[] {
  const out: { byKey: boolean; parts: string[] }[] = [];
  for (const p of phrases) {
    if (p.phraseKeys && p.phraseKeys.length > 1) out.push({ byKey: true, parts: p.phraseKeys });
    else if (!p.phraseKeys && p.upos === undefined) {
      const words = p.lemma.match(WORD)?.map(norm) ?? [];
      if (words.length > 1) out.push({ byKey: false, parts: words });
    }
  }
  return out;
}

/** Flat token indices of every word inside an occurrence of a saved phrase. */
export function phraseWords(doc: ReaderDoc, phrases: readonly SavedPhrase[]): Set<number> {
  const found = new Set<number>();
  const list = patterns(phrases);
  if (list.length === 0) return found;
  const forms = doc.words.map((i) => norm(doc.tokens[i]!.text));
  const keys = doc.words.map((i) => doc.keys[i]!);
  // Indexed by first word, so a long text is walked once whatever the number of phrases.
  const byFirst = new Map<string, typeof list>();
  for (const p of list) {
    const k = `${p.byKey ? 'k' : 'f'}${p.parts[0]}`;
    byFirst.set(k, [...(byFirst.get(k) ?? []), p]);
  }
  for (let w = 0; w < doc.words.length; w++) {
    for (const p of [...(byFirst.get(`k${keys[w]}`) ?? []), ...(byFirst.get(`f${forms[w]}`) ?? [])]) {
      const seq = p.byKey ? keys : forms;
      if (w + p.parts.length > seq.length || !p.parts.every((part, j) => seq[w + j] === part)) continue;
      for (let j = 0; j < p.parts.length; j++) found.add(doc.words[w + j]!);
    }
  }
  return found;
}
