import { describe, expect, it } from 'vitest';
import { buildClassOverview, csvCell, overviewToCsv, type OverviewInput } from '../../../../src/core/packs/classOverview';
import { resultsChecksum } from '../../../../src/core/packs/resultsFile';
import type { ResultsData } from '../../../../src/core/packs/packSchema';
import { samplePack, sampleResults } from './fixtures';

function input(over: Partial<ResultsData>, checksumValid = true): OverviewInput {
  const data = sampleResults(over);
  const checksum = resultsChecksum(data);
  return { results: { format: 'lesestoff-results', schemaVersion: 1, ...data, checksum }, checksumValid, computedChecksum: checksum };
}

const anna = input({});
const ben = input({
  student: 'Ben',
  answers: [
    { questionId: 'q1', given: 'Xi Jinping', correct: false, ms: 1000 },
    { questionId: 'q2', given: false, correct: false, ms: 1000 },
    { questionId: 'q3', given: 'Pjöngjang', correct: true, ms: 1000 },
  ],
  score: 1,
  startedAt: '2024-06-21T09:00:00.000Z',
  finishedAt: '2024-06-21T09:05:00.000Z',
  lookups: [{ lemma: 'Abkommen', count: 5 }, { lemma: 'eintreffen', count: 1 }],
});

describe('buildClassOverview', () => {
  it('lists students with score, percent and time', () => {
    expect(buildClassOverview([ben, anna]).students.map(({ answers: _a, resultId: _r, ...row }) => row)).toEqual([
      { name: 'Anna Beispiel', score: 2, total: 3, percent: 66.7, timeMs: 600_000, finishedAt: '2024-06-21T09:10:00.000Z', flagged: false, flags: [] },
      { name: 'Ben', score: 1, total: 3, percent: 33.3, timeMs: 300_000, finishedAt: '2024-06-21T09:05:00.000Z', flagged: false, flags: [] },
    ]);
  });

  it("sorts questions hardest first, with prompts from the pack, and scores out of the pack's questions", () => {
    const questions = samplePack().questions;
    const prompt = (id: string) => questions.find((q) => q.id === id)?.prompt;
    const overview = buildClassOverview([anna, ben], { questions });
    expect(overview.questions).toEqual([
      { questionId: 'q2', prompt: prompt('q2'), correctShare: 0, answered: 2 },
      { questionId: 'q1', prompt: prompt('q1'), correctShare: 0.5, answered: 2 },
      { questionId: 'q3', prompt: prompt('q3'), correctShare: 1, answered: 2 },
    ]);
    expect(overview.students.map((s) => [s.score, s.total, s.flagged])).toEqual([
      [2, 4, false],
      [1, 4, false],
    ]);
  });

  it('adds up lookups across students, most first', () => {
    expect(buildClassOverview([anna, ben]).topLookups).toEqual([{ lemma: 'Abkommen', count: 5 }, { lemma: 'eintreffen', count: 3 }]);
  });

  it.each<[string, OverviewInput[]]>([
    ['the same file twice', [anna, anna]],
    ['an edited copy of the same attempt', [anna, input({ score: 3 }, false)]],
  ])('counts %s once', (_name, inputs) => {
    const overview = buildClassOverview([...inputs, ben]);
    expect(overview.duplicates).toBe(1);
    expect(overview.students.map((s) => s.name)).toEqual(['Anna Beispiel', 'Ben']);
    expect(overview.questions.find((q) => q.questionId === 'q1')?.answered).toBe(2);
  });

  it('flags an edited file but keeps it in the overview', () => {
    const overview = buildClassOverview([input({ student: 'Cem' }, false)]);
    expect(overview.students[0]).toMatchObject({ name: 'Cem', flagged: true });
    expect(overview.flagged).toEqual([{ name: 'Cem', finishedAt: '2024-06-21T09:10:00.000Z', reasons: ['checksum'], counted: true }]);
  });

  it('counts the same attempt once: a copy, and an edited copy, which never replaces the original', () => {
    const edited = { ...input({ score: 3 }), checksumValid: false };
    for (const files of [[anna, anna, edited], [edited, anna, anna]]) {
      const overview = buildClassOverview(files);
      expect(overview.duplicates).toBe(2);
      expect(overview.students).toEqual([expect.objectContaining({ name: 'Anna Beispiel', score: 2, flagged: false })]);
      // Not counted, but named: the teacher learns that Anna's file was also sent edited.
      expect(overview.flagged).toEqual([{ name: 'Anna Beispiel', finishedAt: '2024-06-21T09:10:00.000Z', reasons: ['checksum', 'score-mismatch'], counted: false }]);
    }
  });

  it('gives an empty class an empty overview', () => {
    expect(buildClassOverview([])).toEqual({ packIds: [], students: [], questions: [], topLookups: [], duplicates: 0, flagged: [] });
  });
});

describe('csvCell', () => {
  it.each<[string | number, string]>([
    ['Anna', 'Anna'],
    ['Müller, Jan', '"Müller, Jan"'],
    ['Der "Boss"', '"Der ""Boss"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+49 170', "'+49 170"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [66.7, '66.7'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes decimal commas and leaves commas unquoted with the ; separator', () => {
    expect([csvCell(66.7, ';'), csvCell('a,b', ';'), csvCell('a;b', ';')]).toEqual(['66,7', 'a,b', '"a;b"']);
  });
});

describe('overviewToCsv', () => {
  it('writes students, questions and lookups as three tables with CRLF line ends', () => {
    const csv = overviewToCsv(buildClassOverview([anna, input({ student: 'Müller, "Jan"' })]));
    expect(csv.split('\r\n')).toEqual([
      'student,score,total,percent,time_seconds,finished_at,edited,flags',
      'Anna Beispiel,2,3,66.7,600,2024-06-21T09:10:00.000Z,no,',
      '"Müller, ""Jan""",2,3,66.7,600,2024-06-21T09:10:00.000Z,no,',
      '',
      'question,prompt,correct_share,answered',
      'q2,,0,2',
      'q1,,1,2',
      'q3,,1,2',
      '',
      'lemma,lookups',
      'eintreffen,4',
      '',
    ]);
  });
});

describe('buildClassOverview: each answer, and the teacher\'s marks of free text', () => {
  const questions = samplePack().questions;
  const cem = (marks?: Record<string, boolean>): OverviewInput => ({
    ...input({
      student: 'Cem',
      answers: [
        { questionId: 'q4', given: 'Weil es der erste Besuch seit langer Zeit ist.', correct: false, ms: 9000 },
        { questionId: 'q1', given: 'Kim Jong Un', correct: true, ms: 2000 },
        { questionId: 'q3', given: null, correct: false, ms: 1000 },
      ],
      score: 1,
      total: 4,
    }),
    ...(marks ? { marks } : {}),
  });

  it("shows every answer in the pack's order, free text as the student wrote it", () => {
    const [row] = buildClassOverview([cem()], { questions }).students;
    expect(row!.answers).toEqual([
      { questionId: 'q1', given: 'Kim Jong Un', correct: true, markable: false, marked: false },
      { questionId: 'q3', given: null, correct: false, markable: false, marked: false },
      { questionId: 'q4', given: 'Weil es der erste Besuch seit langer Zeit ist.', correct: false, markable: true, marked: false },
    ]);
    expect(row!.resultId).toBe(cem().computedChecksum);
  });

  it('counts a free-text answer the teacher marked right, in the score and the question\'s share', () => {
    const overview = buildClassOverview([cem({ q4: true })], { questions });
    expect(overview.students[0]!.score).toBe(2);
    expect(overview.students[0]!.answers.find((a) => a.questionId === 'q4')).toMatchObject({ correct: true, marked: true });
    expect(overview.questions.find((q) => q.questionId === 'q4')?.correctShare).toBe(1);
    // The teacher's mark is no edit of the student's file: it is not flagged for it.
    expect(overview.students[0]!.flagged).toBe(false);
  });

  it('lets a teacher mark nothing but free text: a choice is marked by the answer key', () => {
    const overview = buildClassOverview([cem({ q1: false, q3: true })], { questions });
    expect(overview.students[0]!.score).toBe(1);
    expect(overview.students[0]!.answers.filter((a) => a.marked)).toEqual([]);
  });
});
