/** A cloze card: the saved sentence with the word blanked out. */
export interface Cloze {
  before: string;
  answer: string;
  after: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Blanks the first whole-word occurrence of `word` (as written when saved) in `sentence`.
 * A separable verb (`kündigte … an`) blanks its first part. Null when the word is not there.
 */
export function makeCloze(sentence: string, word: string | undefined): Cloze | null {
  const w = word?.split(' … ')[0]?.trim();
  if (!w) return null;
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (!m) return null;
  return { before: sentence.slice(0, m.index), answer: m[0], after: sentence.slice(m.index + m[0].length) };
}

/** Cards alternate between lemma and cloze so a word is met both ways; new cards start with the lemma. */
export function cardMode(reps: number, cloze: Cloze | null): 'lemma' | 'cloze' {
  return cloze && reps % 2 === 1 ? 'cloze' : 'lemma';
}
