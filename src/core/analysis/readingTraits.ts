/**
 * What a word's readings are, as the bits of one number (issue 19): the parts of speech among them and the verb forms
 * tagging asks about. The tagger's rules ask these of the words around the one they tag, a clause at a time (does a
 * participle follow, is this word only a finite verb), each time a loop over the readings' objects; a word's bits are
 * found once, where its readings are memoised (step 02), and read from one number per word of a sentence.
 */
import type { Upos } from '../analysis';
import type { Reading } from './02-readings/lemmatizer';

/** One bit per part of speech: set where a reading has it. */
export const UPOS_BIT: Readonly<Record<Upos, number>> = {
  ADJ: 1 << 0, ADP: 1 << 1, ADV: 1 << 2, AUX: 1 << 3, CCONJ: 1 << 4, DET: 1 << 5, INTJ: 1 << 6, NOUN: 1 << 7, NUM: 1 << 8,
  PART: 1 << 9, PRON: 1 << 10, PROPN: 1 << 11, PUNCT: 1 << 12, SCONJ: 1 << 13, SYM: 1 << 14, VERB: 1 << 15, X: 1 << 16,
};
/** A reading is a verb or auxiliary's participle or infinitive (`gesagt`, `sagen`). */
export const NON_FINITE = 1 << 17;
/** A reading is a verb or auxiliary's finite form. */
export const FINITE = 1 << 18;
/** Every reading is a finite verb or auxiliary form the lexicon or the closed classes give (none a guess). */
export const FINITE_ONLY = 1 << 19;
/** A reading is a closed-class determiner. */
export const CLOSED_DET = 1 << 20;
/** A reading is a closed-class pronoun. */
export const CLOSED_PRON = 1 << 21;

/** A reading is of the closed classes. */
export const CLOSED = 1 << 22;
/** Every reading is of the closed classes. */
export const CLOSED_ONLY = 1 << 23;

/** The bits of a word's readings. */
export function readingTraits(rs: readonly Reading[]): number {
  let bits = FINITE_ONLY | CLOSED_ONLY;
  for (const r of rs) {
    bits |= UPOS_BIT[r.upos];
    const verb = r.upos === 'VERB' || r.upos === 'AUX';
    if (verb) bits |= r.nonFinite ? NON_FINITE : FINITE;
    if (!verb || r.nonFinite || (r.source !== 'lex' && r.source !== 'closed')) bits &= ~FINITE_ONLY;
    if (r.source === 'closed') {
      bits |= CLOSED;
      if (r.upos === 'DET') bits |= CLOSED_DET;
      else if (r.upos === 'PRON') bits |= CLOSED_PRON;
    } else bits &= ~CLOSED_ONLY;
  }
  return bits;
}
