import { describe, expect, it } from 'vitest';
import { readPackFile, writePack } from '../../../../src/core/packs/packFile';
import { addArticle, draftContent, exportVersion, move, newDraft, nextArticleId, removeArticle, safeFileName, type PackDraft } from '../../../../src/renderer/packs/drafts';
import { draftProblems } from '../../../../src/renderer/packs/editor/draftProblems';
import { context, occurrences, segments, trimSpan } from '../../../../src/renderer/packs/editor/noteSpans';
import { applyFields, emptyQuestion, fieldsOf } from '../../../../src/renderer/packs/editor/questionDrafts';
import { formatDuration } from '../../../../src/renderer/packs/overview/importClassResults';
import { packErrorKey } from '../../../../src/renderer/packs/packErrors';
import { countLookups } from '../../../../src/renderer/packs/student/grading';
import { checkAnswer, normalizeAnswer } from '../../../../src/core/quiz/checkAnswer';
import { resultsData } from '../../../../src/renderer/packs/student/results';
import { writeResults } from '../../../../src/core/packs/resultsFile';
import resourcesEn from '../../../../src/renderer/i18n/locales/en/packs.json';
import { ARTICLE_1, samplePack } from '../../core/packs/fixtures';

const seq = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

function draftFromSample(): PackDraft {
  const p = samplePack();
  return {
    ...newDraft(0, seq([0.5])),
    id: p.id,
    title: p.title,
    level: p.level,
    instructions: p.instructions,
    createdAt: p.createdAt,
    articles: p.articles.map((a) => ({ id: a.id, sourceId: `bundled:${a.id}`, title: a.title, outlet: a.outlet ?? null, date: a.date ?? null, text: a.text })),
    notes: p.notes,
    questions: p.questions,
  };
}

describe('drafts', () => {
  it('numbers pack articles after the highest id in use', () => {
    expect(nextArticleId([])).toBe('a1');
    expect(nextArticleId([{ id: 'a1' }, { id: 'a4' }, { id: 'x' }])).toBe('a5');
  });

  it('adds a library article once, copying its text', () => {
    const record = { id: 'bundled:1.txt', title: 'T', outlet: 'taz', date: null, text: ARTICLE_1 };
    const once = addArticle(newDraft(0, seq([0.1])), record);
    expect(addArticle(once, record).articles).toHaveLength(1);
    expect(once.articles[0]).toEqual({ id: 'a1', sourceId: 'bundled:1.txt', title: 'T', outlet: 'taz', date: null, text: ARTICLE_1 });
  });

  it('removes an article with its notes and the questions whose evidence is in it', () => {
    const d = removeArticle(draftFromSample(), 'a1');
    expect(d.articles.map((a) => a.id)).toEqual(['a2']);
    expect(d.notes).toEqual([]);
    expect(d.questions.map((q) => q.id)).toEqual(['q2', 'q3', 'q4']);
  });

  it.each([
    [[1, 2, 3], 0, 1, [2, 1, 3]],
    [[1, 2, 3], 2, -1, [1, 3, 2]],
    [[1, 2, 3], 0, -1, [1, 2, 3]],
    [[1, 2, 3], 2, 1, [1, 2, 3]],
  ])('move(%j, %i, %i) gives %j', (list, index, delta, expected) => {
    expect(move(list, index, delta)).toEqual(expected);
  });

  it('gives an unchanged draft the same version again and a changed one the next', () => {
    const d = draftFromSample();
    const first = exportVersion(d);
    expect(first.version).toBe(1);
    const exported = { ...d, exported: { ...first, at: 1 } };
    expect(exportVersion(exported).version).toBe(1);
    expect(exportVersion({ ...exported, title: 'Neu' }).version).toBe(2);
  });

  it('exports a valid draft as a pack that reads back the same', () => {
    const d = draftFromSample();
    const read = readPackFile(writePack(draftContent(d, 3)));
    expect(read.ok && read.kind === 'pack' && read.pack.version).toBe(3);
  });

  it.each([
    ['Putin in Pjöngjang', '.lesestoff', 'Putin in Pjöngjang.lesestoff'],
    ['a/b\\c:d*?"<>|', '.gift.txt', 'a b c d.gift.txt'],
    ['   ', '.lesestoff', 'lesson-pack.lesestoff'],
  ])('safeFileName(%j)', (title, ext, expected) => {
    expect(safeFileName(title, ext)).toBe(expected);
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with a valid pack', () => {
    expect(draftProblems(draftFromSample())).toEqual([]);
  });

  it('lists every problem at once, each with its question number', () => {
    const d = draftFromSample();
    const problems = draftProblems({
      ...d,
      title: ' ',
      questions: [
        { id: 'x', type: 'multiple-choice', prompt: '', options: ['a', 'a'], answer: 'b', origin: 'teacher' },
        { id: 'y', type: 'cloze', prompt: 'ohne Lücke', answer: '', origin: 'teacher' },
      ],
    });
    expect(problems).toEqual([
      { key: 'noTitle' },
      { key: 'emptyPrompt', question: 1 },
      { key: 'duplicateOption', question: 1 },
      { key: 'answerNotOption', question: 1 },
      { key: 'emptyAnswer', question: 2 },
      { key: 'noGap', question: 2 },
    ]);
  });

  it('names a note whose words are no longer in the article', () => {
    const d = draftFromSample();
    expect(draftProblems({ ...d, notes: [{ ...d.notes[0]!, text: 'anders' }] })).toEqual([{ key: 'noteMismatch', note: 1 }]);
  });

  it('has a message for every problem key', () => {
    const keys = ['noTitle', 'titleTooLong', 'noArticles', 'tooManyArticles', 'noQuestions', 'emptyNote', 'noteMismatch', 'emptyPrompt', 'emptyAnswer', 'fewOptions', 'emptyOption', 'duplicateOption', 'answerNotOption', 'noGap', 'duplicateId', 'other'];
    for (const k of keys) expect(resourcesEn.problems, k).toHaveProperty(k);
  });
});

describe('noteSpans', () => {
  it('finds every occurrence of the words', () => {
    expect(occurrences('der Hund und der Hund', 'Hund')).toEqual([
      { start: 4, end: 8 },
      { start: 17, end: 21 },
    ]);
    expect(occurrences('abc', '  ')).toEqual([]);
  });

  it('trims space and punctuation off a mouse selection', () => {
    expect(trimSpan('Er kam, „eingetroffen“.', { start: 6, end: 23 })).toEqual({ start: 9, end: 21 });
    expect(trimSpan('a , b', { start: 1, end: 4 })).toBeNull();
  });

  it('shows the words in context', () => {
    expect(context('eins zwei drei', { start: 5, end: 9 }, 3)).toEqual({ before: '…ns ', words: 'zwei', after: ' dr…' });
  });

  it('cuts the text into plain and marked pieces, merging overlaps', () => {
    expect(segments('abcdefgh', [{ start: 5, end: 7 }, { start: 1, end: 3 }, { start: 2, end: 4 }]).map((s) => `${s.marked ? '[' : ''}${s.text}${s.marked ? ']' : ''}`).join('')).toBe('a[bc][d]e[fg]h');
  });
});

describe('questionDrafts', () => {
  it('turns the form back into a multiple-choice question with the marked option as answer', () => {
    const q = emptyQuestion('multiple-choice', 't1');
    expect(applyFields(q, { ...fieldsOf(q), prompt: ' Wer? ', options: ['Kim ', 'Putin'], correct: 1 })).toEqual({ id: 't1', origin: 'teacher', type: 'multiple-choice', prompt: 'Wer?', options: ['Kim', 'Putin'], answer: 'Putin' });
  });

  it('keeps accepted answers, one per line, without the answer itself or doubles', () => {
    const q = emptyQuestion('cloze', 't2');
    expect(applyFields(q, { ...fieldsOf(q), prompt: 'In ___.', answer: 'Pjöngjang', accept: 'Pjongjang\n\nPjöngjang\nPjongjang' })).toMatchObject({ answer: 'Pjöngjang', accept: ['Pjongjang'] });
  });

  it('keeps the evidence and origin of a generated question it edits', () => {
    const q = samplePack().questions[0]!;
    expect(applyFields(q, { ...fieldsOf(q), prompt: 'Wer empfing Putin am Flughafen?' })).toEqual({ ...q, prompt: 'Wer empfing Putin am Flughafen?' });
  });
});

describe('grading', () => {
  const [mc, tf, cloze, free] = samplePack().questions;
  it.each([
    [mc, 'Kim Jong Un', true],
    [mc, 'kim jong un', false],
    [tf, true, true],
    [tf, false, false],
    [cloze, ' pjöngjang. ', true],
    [cloze, 'Pjongjang', true],
    [cloze, 'Moskau', false],
    [free, 'Er ist der erste seit 24 Jahren', true],
    [free, 'Weil', false],
    [cloze, null, false],
  ] as const)('%#: %j is %s', (q, given, expected) => {
    expect(checkAnswer(q!, given)).toBe(expected);
  });

  it('normalises case, spaces, quotes and closing punctuation', () => {
    expect(normalizeAnswer('  „Der   Hund“!  ')).toBe('der hund');
  });

  it('counts lookups per lemma, most first, leaving out overlong ones', () => {
    expect(countLookups([{ lemma: 'b' }, { lemma: 'a' }, { lemma: 'b' }, { lemma: 'x'.repeat(101) }])).toEqual([
      { lemma: 'b', count: 2 },
      { lemma: 'a', count: 1 },
    ]);
  });
});

describe('results', () => {
  it('writes a results file the reader accepts with a valid checksum', () => {
    const pack = samplePack();
    const data = resultsData(pack, { answers: [{ questionId: 'q1', given: 'Kim Jong Un', correct: true, ms: 1200 }], startedAt: Date.UTC(2024, 5, 21, 9), finishedAt: Date.UTC(2024, 5, 21, 9, 5) }, '  Ben  ', [{ lemma: 'eintreffen', count: 1 }]);
    expect(data).toMatchObject({ student: 'Ben', score: 1, total: 4, packVersion: 1, startedAt: '2024-06-21T09:00:00.000Z' });
    const read = readPackFile(writeResults(data));
    expect(read.ok && read.kind === 'results' && read.checksumValid).toBe(true);
  });
});

describe('formatDuration and packErrorKey', () => {
  it.each([
    [0, '0:00'],
    [65_400, '1:05'],
    [3_725_000, '1:02:05'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('maps every code to a message, and an unknown one to "corrupt"', () => {
    expect(packErrorKey({ code: 'newer-version' })).toBe('errors.newer-version');
    expect(packErrorKey({ code: 'whatever' })).toBe('errors.corrupt');
  });
});
