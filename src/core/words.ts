/**
 * Words a learner marks, and the key a word's status is stored under. The reader and the engine
 * worker (counting an article's unknown words) must agree on both, so they live here once.
 */
import type { Token } from './analysis';

/** Tokens a learner can click: anything with a letter in it, punctuation and bare numbers excluded. */
export function isWordToken(token: Pick<Token, 'text' | 'upos'>): boolean {
  if (token.upos === 'PUNCT' || token.upos === 'SYM' || token.upos === 'NUM') return false;
  return /\p{L}/u.test(token.text);
}

/**
 * The key a status is stored under: the separable verb's joined infinitive for both of its halves, else the base word a
 * learner looks up (`Token.baseWord`).
 */
export function statusKey(token: Pick<Token, 'lemma' | 'sepVerb' | 'baseWord'>): string {
  return token.sepVerb?.lemma ?? token.baseWord ?? token.lemma;
}
