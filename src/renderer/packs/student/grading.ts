/** A student's lookups and score for the results file (issue 8); answers are marked by core's `checkAnswer`. */
import type { ResultsAnswer } from '../../../core';

/** Counts lookups per lemma, most first; lemmas longer than a results file allows are left out. */
export function countLookups(rows: { lemma: string }[], limits = { lemma: 100, lookups: 5_000 }): { lemma: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const lemma = r.lemma.trim();
    if (!lemma || lemma.length > limits.lemma) continue;
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  }
  return [...counts]
    .map(([lemma, count]) => ({ lemma, count }))
    .sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma, 'de'))
    .slice(0, limits.lookups);
}

export function scoreOf(answers: Pick<ResultsAnswer, 'correct'>[]): number {
  return answers.filter((a) => a.correct).length;
}
