/** Search and sort of the vocabulary list, in memory (20,000 entries filter in a few ms). */
import type { VocabularyRecord } from '../db/database';

export type VocabularySort = 'newest' | 'oldest' | 'az' | 'za';
export const vocabularySorts: VocabularySort[] = ['newest', 'oldest', 'az', 'za'];

const collator = new Intl.Collator('de', { sensitivity: 'base' });

export function filterVocabulary(rows: readonly VocabularyRecord[], query: string, sort: VocabularySort): VocabularyRecord[] {
  const q = query.trim().toLowerCase();
  const hit = q
    ? rows.filter((r) => r.lemma.toLowerCase().includes(q) || r.sense?.toLowerCase().includes(q) || r.note?.toLowerCase().includes(q) || r.word?.toLowerCase().includes(q) || r.context.toLowerCase().includes(q))
    : [...rows];
  switch (sort) {
    case 'newest':
      return hit.sort((a, b) => b.createdAt - a.createdAt);
    case 'oldest':
      return hit.sort((a, b) => a.createdAt - b.createdAt);
    case 'az':
      return hit.sort((a, b) => collator.compare(a.lemma, b.lemma));
    case 'za':
      return hit.sort((a, b) => collator.compare(b.lemma, a.lemma));
  }
}
