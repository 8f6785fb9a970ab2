/**
 * Results files are self-reported (issue 20): a student's app wrote them, and anyone can edit one
 * and recompute its checksum. So the teacher's app believes no number in them: it marks every given
 * answer again with the pack's own answer key (the one answer checker, core/quiz) and says why a
 * file does not add up. Without the pack (`cli pack inspect` on a results file alone) only the
 * file's own consistency can be checked.
 */
import { checkAnswer } from '../quiz/checkAnswer';
import type { PackQuestion, ResultsManifest } from './packSchema';

/** Why a results file is flagged, worst first as the overview lists them. */
export const RESULT_FLAGS = ['checksum', 'score-over-total', 'score-mismatch', 'answer-remarked', 'duplicate-question', 'unknown-question'] as const;
export type ResultFlag = (typeof RESULT_FLAGS)[number];

export interface VerifiedResults {
  /** Answers right by the answer key (by the file's own marks when there is no key), each question once. */
  score: number;
  /** The pack's number of questions; the file's own total, at least the score, without the pack. */
  total: number;
  /** Per question id, right or not as recomputed (the first answer to a question counts). */
  correct: Map<string, boolean>;
  /** Empty when the file adds up. */
  flags: ResultFlag[];
}

/**
 * `checksum`: edited after the app wrote it; `score-over-total`, `score-mismatch`: the score is more
 * than the total or not the number of answers marked right; `answer-remarked`: an answer is marked
 * other than the answer key marks it; `duplicate-question`: a question answered twice;
 * `unknown-question`: an answer to a question the pack does not have.
 */
export function verifyResults(r: ResultsManifest, checksumValid: boolean, questions?: readonly PackQuestion[]): VerifiedResults {
  const flags = new Set<ResultFlag>();
  if (!checksumValid) flags.add('checksum');
  if (r.score > r.total) flags.add('score-over-total');
  if (r.score !== r.answers.filter((a) => a.correct).length) flags.add('score-mismatch');
  const key = questions ? new Map(questions.map((q) => [q.id, q])) : null;
  const correct = new Map<string, boolean>();
  for (const a of r.answers) {
    if (correct.has(a.questionId)) {
      flags.add('duplicate-question');
      continue;
    }
    if (!key) {
      correct.set(a.questionId, a.correct);
      continue;
    }
    const q = key.get(a.questionId);
    if (!q) {
      flags.add('unknown-question');
      continue;
    }
    const right = checkAnswer(q, a.given);
    if (right !== a.correct) flags.add('answer-remarked');
    correct.set(a.questionId, right);
  }
  const score = [...correct.values()].filter(Boolean).length;
  const total = key ? key.size : Math.max(r.total, score);
  return { score, total, correct, flags: RESULT_FLAGS.filter((f) => flags.has(f)) };
}
