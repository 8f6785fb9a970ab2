/**
 * What the glossary popover shows of a card (GlossaryPopover.tsx, senseList.ts read these limits), and a card cut to
 * it: the bundled articles ship their opening words' cards cut so (issue 19: whole, the five articles' cards took
 * ~430 kB compressed, against a cap on the assets' total size), and the popover draws a cut card as the whole one.
 */
import type { DictEntry, PartLookup, WordLookup } from '../../core';

/** Senses of the word a card lists (the first three shown, the rest behind "more"). */
export const CARD_SENSES = 10;
/** Phrases of the word a card lists. */
export const CARD_PHRASES = 4;
/** Senses shown per phrase. */
export const PHRASE_SENSES = 3;

/** The senses the popover lists, in core's order (an empty sense is none). */
export const listedSenses = (senses: readonly string[]): string[] => senses.filter(Boolean).slice(0, CARD_SENSES);

/** The wording an entry lends the senses it gives first: its headword or form, and its note. */
const wordingOf = ({ headword, form, note }: DictEntry): DictEntry => ({ headword, grammar: [], senses: [], ...(form !== undefined ? { form } : {}), ...(note !== undefined ? { note } : {}) });

/**
 * `card` with what the popover reads of it only: its listed senses, each with the first entry that gives it (the
 * entry senseList takes its wording from), its first phrases with their shown senses, and its parts' first senses.
 */
export function shownCard(card: WordLookup): WordLookup {
  const senses = listedSenses(card.senses);
  const given = new Map<DictEntry, string[]>();
  const seen = new Set<string>();
  for (const entry of card.entries)
    for (const sense of entry.senses) {
      if (seen.has(sense)) continue;
      seen.add(sense);
      if (senses.includes(sense)) given.set(entry, [...(given.get(entry) ?? []), sense]);
    }
  const shown: WordLookup = {
    word: card.word,
    lemma: card.lemma,
    pos: card.pos,
    gender: card.gender,
    plural: card.plural,
    senses,
    entries: [...given].map(([entry, gives]) => ({ ...wordingOf(entry), senses: gives })),
    phrases: card.phrases.slice(0, CARD_PHRASES).map((p) => ({ ...wordingOf(p), senses: p.senses.slice(0, PHRASE_SENSES) })),
  };
  if (card.regions) shown.regions = card.regions;
  if (card.parts) shown.parts = card.parts.map((part): PartLookup => ({ ...part, senses: part.senses.slice(0, 1) }));
  return shown;
}
