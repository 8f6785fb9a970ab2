/**
 * The teacher's class overview (issue 8): per student score and time, per question the share
 * answered correctly (hardest first), the words looked up most, and a CSV of all three.
 * A results file imported twice, or sent twice under another name, counts once. Scores are
 * recomputed from the pack's answer key and files that do not add up are flagged with the reason
 * (`verifyResults`, issue 20); names and words from the files are shown cleaned (`cleanLine`). Every
 * student's answer to every question is listed, and the teacher's marks of free-text answers count (issue 15).
 */
import type { GivenAnswer } from '../quiz/checkAnswer';
import type { PackQuestion, ResultsManifest } from './packSchema';
import { cleanLine, nameKey } from './safeText';
import { verifyResults, type ResultFlag } from './verifyResults';

export interface OverviewInput {
  results: ResultsManifest;
  /** From `readPackFile`: false when the file was edited after the app wrote it. */
  checksumValid: boolean;
  /** The checksum of the content as read (`computedChecksum`); identical files share it. */
  computedChecksum?: string;
  /** The teacher's own marks of free-text answers, by question id (issue 15): they decide, not the answer key. */
  marks?: Readonly<Record<string, boolean>>;
}

/** One answer of a student as the overview shows it. */
export interface AnswerCell {
  questionId: string;
  /** As the student gave it (a choice, typed text, true or false), or null when skipped. */
  given: GivenAnswer;
  correct: boolean;
  /** A free-text answer the teacher may mark right or wrong. */
  markable: boolean;
  /** The teacher marked it (their mark is `correct`). */
  marked: boolean;
}

export interface StudentRow {
  /** As the file gives it without control and bidi characters, spaces collapsed. */
  name: string;
  /** Recomputed from the answer key (see `verifyResults`), never the file's own score. */
  score: number;
  total: number;
  /** 0–100, rounded to one decimal. */
  percent: number;
  /** finishedAt − startedAt, or the sum of the answer times when the dates are unusable. */
  timeMs: number;
  finishedAt: string;
  /** The file was edited or does not add up: counted (with the recomputed score), but shown flagged. */
  flagged: boolean;
  flags: ResultFlag[];
  /** Which attempt this is (the stored file's checksum): where the teacher's marks are kept. */
  resultId: string;
  /** Every answer, in the pack's order of questions. */
  answers: AnswerCell[];
}

export interface QuestionRow {
  questionId: string;
  prompt?: string;
  /** Correct answers / answers, 0–1. */
  correctShare: number;
  answered: number;
}

export interface ClassOverview {
  packIds: string[];
  students: StudentRow[];
  questions: QuestionRow[];
  topLookups: { lemma: string; count: number }[];
  /** Files left out because the same result was already counted. */
  duplicates: number;
  /** Every flagged file, counted or not: an edited copy of an attempt is left out of the scores but never hidden. */
  flagged: { name: string; finishedAt: string; reasons: ResultFlag[]; counted: boolean }[];
}

export interface OverviewOptions {
  /** The pack's questions: their prompts, and the answer key every score is recomputed with. */
  questions?: PackQuestion[];
  /** How many lookups to list (default 20). */
  topLookups?: number;
}

export function buildClassOverview(inputs: OverviewInput[], options: OverviewOptions = {}): ClassOverview {
  const checked = inputs.map((input) => ({ input, check: verifyResults(input.results, input.checksumValid, options.questions) }));
  const seen = new Set<string>();
  const kept: typeof checked = [];
  let duplicates = 0;
  const leftOut: ClassOverview['flagged'] = [];
  // Files that add up first, so an edited copy of an attempt never pushes out the original (storage order is arbitrary).
  const ordered = [...checked.filter((c) => c.check.flags.length === 0), ...checked.filter((c) => c.check.flags.length > 0)];
  for (const c of ordered) {
    const r = c.input.results;
    // Same content, or the same attempt (student, pack and finish time) edited or renamed: one result.
    const keys = [c.input.computedChecksum ?? r.checksum, `${nameKey(r.student)}\u0000${r.packId}\u0000${r.packVersion}\u0000${r.finishedAt}`];
    if (keys.some((k) => seen.has(k))) {
      duplicates++;
      const name = displayName(r.student);
      if (c.check.flags.length > 0 && !leftOut.some((f) => f.name === name && f.finishedAt === r.finishedAt)) {
        leftOut.push({ name, finishedAt: r.finishedAt, reasons: c.check.flags, counted: false });
      }
      continue;
    }
    keys.forEach((k) => seen.add(k));
    kept.push(c);
  }

  // A free-text answer is the teacher's to mark: their mark replaces the answer key's and the score follows.
  const byId = new Map((options.questions ?? []).map((q) => [q.id, q]));
  const markable = (id: string): boolean => byId.get(id)?.type === 'free-text';
  for (const c of kept) {
    for (const [id, right] of Object.entries(c.input.marks ?? {})) if (markable(id) && c.check.correct.has(id)) c.check.correct.set(id, right);
    c.check.score = [...c.check.correct.values()].filter(Boolean).length;
  }
  const order = new Map((options.questions ?? []).map((q, i) => [q.id, i]));
  const students = kept
    .map(({ input: { results: r, computedChecksum, marks }, check }): StudentRow => ({
      name: displayName(r.student),
      score: check.score,
      total: check.total,
      percent: check.total > 0 ? Math.round((check.score / check.total) * 1000) / 10 : 0,
      timeMs: duration(r),
      finishedAt: r.finishedAt,
      flagged: check.flags.length > 0,
      flags: check.flags,
      resultId: computedChecksum ?? r.checksum,
      answers: firstAnswers(r)
        .filter((a) => check.correct.has(a.questionId))
        .map((a) => ({ questionId: a.questionId, given: a.given, correct: check.correct.get(a.questionId)!, markable: markable(a.questionId), marked: markable(a.questionId) && marks?.[a.questionId] !== undefined }))
        .sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.finishedAt.localeCompare(b.finishedAt));

  const prompts = new Map((options.questions ?? []).map((q) => [q.id, q.prompt]));
  const tally = new Map<string, { correct: number; answered: number }>();
  for (const { check } of kept) {
    for (const [questionId, right] of check.correct) {
      const t = tally.get(questionId) ?? { correct: 0, answered: 0 };
      t.answered++;
      if (right) t.correct++;
      tally.set(questionId, t);
    }
  }
  const questions = [...tally]
    .map(([questionId, t]): QuestionRow => {
      const prompt = prompts.get(questionId);
      return { questionId, ...(prompt === undefined ? {} : { prompt }), correctShare: t.correct / t.answered, answered: t.answered };
    })
    .sort((a, b) => a.correctShare - b.correctShare || b.answered - a.answered || a.questionId.localeCompare(b.questionId));

  const lookups = new Map<string, number>();
  for (const { input } of kept) {
    for (const l of input.results.lookups) {
      const lemma = cleanLine(l.lemma);
      if (lemma) lookups.set(lemma, (lookups.get(lemma) ?? 0) + l.count);
    }
  }
  const topLookups = [...lookups]
    .map(([lemma, count]) => ({ lemma, count }))
    .sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma, 'de'))
    .slice(0, options.topLookups ?? 20);

  return {
    packIds: [...new Set(kept.map((k) => k.input.results.packId))],
    students,
    questions,
    topLookups,
    duplicates,
    flagged: [...students.filter((s) => s.flagged).map((s) => ({ name: s.name, finishedAt: s.finishedAt, reasons: s.flags, counted: true })), ...leftOut],
  };
}

/** The first answer to each question, as marking counts it. */
function firstAnswers(r: ResultsManifest): ResultsManifest['answers'] {
  const seen = new Set<string>();
  return r.answers.filter((a) => !seen.has(a.questionId) && !!seen.add(a.questionId));
}

/** A name from a student's file as shown and exported; a name of nothing but control characters shows as `?`. */
const displayName = (student: string): string => cleanLine(student) || '?';

function duration(r: ResultsManifest): number {
  const ms = Date.parse(r.finishedAt) - Date.parse(r.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : r.answers.reduce((sum, a) => sum + a.ms, 0);
}

export interface CsvOptions {
  /** `;` for spreadsheets in German locales, which read `,` as the decimal mark. */
  separator?: ',' | ';';
}

/**
 * Three tables (students, questions, lookups) separated by an empty line, RFC 4180 quoting and
 * CRLF line ends. Names come from students' files, so a cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR at the start) is prefixed with `'` (OWASP CSV injection).
 */
export function overviewToCsv(overview: ClassOverview, options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const row = (cells: (string | number | boolean)[]) => cells.map((c) => csvCell(c, sep)).join(sep);
  const lines = [
    row(['student', 'score', 'total', 'percent', 'time_seconds', 'finished_at', 'edited', 'flags']),
    ...overview.students.map((s) => row([s.name, s.score, s.total, s.percent, Math.round(s.timeMs / 1000), s.finishedAt, s.flagged ? 'yes' : 'no', s.flags.join(' ')])),
    '',
    row(['question', 'prompt', 'correct_share', 'answered']),
    ...overview.questions.map((q) => row([q.questionId, cleanLine(q.prompt ?? ''), Math.round(q.correctShare * 1000) / 1000, q.answered])),
    '',
    row(['lemma', 'lookups']),
    ...overview.topLookups.map((l) => row([l.lemma, l.count])),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | boolean, sep: ',' | ';' = ','): string {
  if (typeof value !== 'string') return sep === ';' && typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
