/** Helpers shared by the alignment steps: keys for names and words, the clause of a fact, a mention. */
import type { AlignedMention, ArticleFacts, TextSpan, Verdict } from '../types';

/** Outlets spell names differently (`Lee Jae Min`, `Lee Jae-min`): compare them without case and hyphens. */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[\s-]+/g, ' ').trim();

export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A cue list as a test on one lower-case word: `verletz*` matches every word it begins, other cues whole words. */
export function cueTest(cues: readonly string[]): (word: string) => boolean {
  const whole = new Set(cues.filter((c) => !c.endsWith('*')));
  const prefixes = cues.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));
  return (w) => whole.has(w) || prefixes.some((p) => w.startsWith(p));
}

/** The clause of the sentence `evidence` that holds `[start, end)`: between the punctuation marks around it. */
export function clauseOf(evidence: TextSpan, start: number, end: number): string {
  const text = evidence.text;
  const from = start - evidence.start;
  const to = end - evidence.start;
  const before = Math.max(...[',', ';', ':', '–', '(', '„', '“', '«', '»'].map((m) => text.lastIndexOf(m, from - 1)));
  const after = [',', ';', ':', '–', ')', '“', '«', '»'].map((m) => text.indexOf(m, to)).filter((i) => i >= 0);
  return text.slice(before + 1, after.length ? Math.min(...after) : text.length);
}

export const mention = (a: ArticleFacts, factId: string, wording: string, evidence: TextSpan, value?: string): AlignedMention => ({ article: a.article, outlet: a.outlet, factId, wording, evidence, ...(value === undefined ? {} : { value }) });

/** One value per outlet: agree when all are one, else disagree (or only other words, where `sameMeaning` says so). */
export function verdictOf(values: string[], sameMeaning = false): Verdict {
  if (new Set(values).size === 1) return 'agree';
  return sameMeaning ? 'wording' : 'disagree';
}
