import type { DictEntry } from '../../core';
import { listedSenses } from '../workers/shownCard';

/**
 * Core's senses in its order, each with its entry's wording when that is not the clicked lemma: `sich ankündigen`, a
 * phrase of the sentence (`es gibt`), or the headword a word the glossary lacks is explained by (`besiedeln`).
 */
export function senseList({ entries, senses }: { entries: readonly DictEntry[]; senses: readonly string[] }, lemma: string): { sense: string; form?: string; note?: string }[] {
  // Core may order a sense away from its entry (a colloquial one after every plain one), so the list follows `senses`.
  const from = new Map<string, DictEntry>();
  for (const e of entries) for (const sense of e.senses) if (!from.has(sense)) from.set(sense, e);
  return listedSenses(senses).map((sense) => {
    const item: { sense: string; form?: string; note?: string } = { sense };
    const e = from.get(sense);
    if (!e) return item;
    const wording = e.form ?? e.headword;
    if (wording.toLowerCase() !== lemma.toLowerCase()) item.form = wording;
    if (e.note) item.note = e.note;
    return item;
  });
}
