/**
 * Marking a student's answer to a pack question (issue 8). Typed answers (cloze, free text) are
 * compared loosely: case, surrounding space, doubled spaces and closing punctuation do not count.
 */
import type { PackQuestion, ResultsAnswer } from '../../../core/packs/packSchema';

export type Given = string | boolean | null;

export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201e\u201c\u201d"«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?,;:]+$/, '')
    .trim()
    .toLocaleLowerCase('de');
}

export function acceptedAnswers(q: PackQuestion): string[] {
  if (q.type === 'cloze' || q.type === 'free-text') return [q.answer, ...(q.accept ?? [])];
  if (q.type === 'multiple-choice') return [q.answer];
  return [];
}

export function isCorrect(q: PackQuestion, given: Given): boolean {
  if (given === null) return false;
  switch (q.type) {
    case 'multiple-choice':
      return given === q.answer;
    case 'true-false':
      return given === q.answer;
    case 'cloze':
    case 'free-text': {
      if (typeof given !== 'string' || !normalizeAnswer(given)) return false;
      const g = normalizeAnswer(given);
      return acceptedAnswers(q).some((a) => normalizeAnswer(a) === g);
    }
  }
}

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
