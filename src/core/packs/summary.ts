/**
 * A JSON summary of what a pack or results file holds: the student's preview before import and
 * the output of `cli pack inspect`. Counts and metadata only, never whole texts.
 */
import type { PackReadResult } from './packFile';
import type { PackQuestion, PackQuestionType } from './packSchema';
import { verifyResults, type ResultFlag } from './verifyResults';

export type ReadSummary =
  | {
      kind: 'pack';
      id: string;
      version: number;
      title: string;
      level: string;
      createdAt: string;
      articles: { id: string; title: string; outlet: string | null; date: string | null; characters: number }[];
      notes: number;
      questions: number;
      questionTypes: Partial<Record<PackQuestionType, number>>;
      /** Texts that contain something tag-like (`<b>`, `<script>`): harmless, since every text is shown as plain text. */
      htmlLikeTexts: number;
      plainText: true;
    }
  | {
      kind: 'results';
      packId: string;
      packVersion: number;
      packTitle: string | null;
      student: string;
      score: number;
      total: number;
      answers: number;
      startedAt: string;
      finishedAt: string;
      lookups: number;
      checksumValid: boolean;
      /** The score recomputed (with the pack's answer key when given) and why the file does not add up: the overview's verdict. */
      verified: { score: number; total: number; flags: ResultFlag[]; withAnswerKey: boolean };
    };

/** Bounded, so a text of many `<a` without `>` costs linear time, not quadratic (issue 20). */
const TAG = /<\/?[a-z][^<>]{0,200}>/i;

/** `answerKey`: the pack's questions, to recompute a results file's score as the class overview does. */
export function summarizeRead(read: Extract<PackReadResult, { ok: true }>, answerKey?: PackQuestion[]): ReadSummary {
  if (read.kind === 'results') {
    const r = read.results;
    const { score, total, flags } = verifyResults(r, read.checksumValid, answerKey);
    return {
      kind: 'results',
      packId: r.packId,
      packVersion: r.packVersion,
      packTitle: r.packTitle ?? null,
      student: r.student,
      score: r.score,
      total: r.total,
      answers: r.answers.length,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      lookups: r.lookups.length,
      checksumValid: read.checksumValid,
      verified: { score, total, flags, withAnswerKey: answerKey !== undefined },
    };
  }
  const p = read.pack;
  const questionTypes: Partial<Record<PackQuestionType, number>> = {};
  for (const q of p.questions) questionTypes[q.type] = (questionTypes[q.type] ?? 0) + 1;
  const texts = [
    p.title,
    p.instructions,
    ...p.articles.flatMap((a) => [a.title, a.text]),
    ...p.notes.map((n) => n.note),
    ...p.questions.flatMap((q) => [q.prompt, ...(q.type === 'multiple-choice' ? q.options : [])]),
  ];
  return {
    kind: 'pack',
    id: p.id,
    version: p.version,
    title: p.title,
    level: p.level,
    createdAt: p.createdAt,
    articles: p.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet ?? null, date: a.date ?? null, characters: a.text.length })),
    notes: p.notes.length,
    questions: p.questions.length,
    questionTypes,
    htmlLikeTexts: texts.filter((t) => TAG.test(t)).length,
    plainText: true,
  };
}
