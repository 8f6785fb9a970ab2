/**
 * Hostile packs and results files by class (issue 20), generated from a seed rather than stored:
 * each class has the outcome a user must see. A refused file says which field is wrong; nothing
 * that reaches the library can make a screen throw (dates, URLs, record keys).
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildClassOverview, overviewToCsv, type OverviewInput } from '../../../../src/core/packs/classOverview';
import { readPackFile, writePack, type PackReadResult } from '../../../../src/core/packs/packFile';
import type { ResultsData } from '../../../../src/core/packs/packSchema';
import { writeResults } from '../../../../src/core/packs/resultsFile';
import { articleDateProblem, cleanLine, hasUnsafeLineChars, nameKey } from '../../../../src/core/packs/safeText';
import { summarizeRead } from '../../../../src/core/packs/summary';
import { verifyResults, type ResultFlag } from '../../../../src/core/packs/verifyResults';
import { hrefOf } from '../../../../src/renderer/domain/route';
import { formatArticleDate } from '../../../../src/renderer/ui/formatDate';
import { hostileCases, overlappingZip, runCase } from '../../../../scripts/hostilePacks';
import { editManifest, mulberry32, samplePack, sampleResults } from './fixtures';

const rand = mulberry32(20261204);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)] as T;

/** Characters no one-line field may carry: C0, DEL, C1, bidi embeddings/overrides/isolates. */
const UNSAFE = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u202e', '\u202d', '\u2066', '\u2069', '\u061c', '\u2028'];
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** `count` dates that must be refused: years out of range, impossible days, other shapes. */
function badDates(count: number): string[] {
  const shapes = [
    () => `${9_000_000 + int(1_000_000)}-01-01`,
    () => `${2201 + int(7000)}-0${1 + int(9)}-1${int(9)}`,
    () => `${1000 + int(800)}-06-18`,
    () => `${2000 + int(100)}-${13 + int(80)}-01`,
    () => `${2000 + int(100)}-02-3${int(2)}`,
    () => `+${275_761 + int(1000)}-01-01`,
    () => `${2000 + int(100)}-06-18T10:00:00Z`,
    () => pick(['', 'gestern', '18.06.2024', '2024', 'NaN-NaN', '2024-6-1', '٢٠٢٤-٠٦-١٨']),
  ];
  return Array.from({ length: count }, (_, i) => (shapes[i % shapes.length] as () => string)());
}

const withChar = (base: string, ch: string) => {
  const at = int(base.length + 1);
  return `${base.slice(0, at)}${ch}${base.slice(at)}`;
};

describe('class: out-of-range and malformed article dates', () => {
  const dates = badDates(40);
  it.each(dates)('a pack with the article date %j is refused and names the field', (date) => {
    const bytes = editManifest(writePack(samplePack()), (m) => {
      (m.articles as Record<string, unknown>[])[0]!.date = date;
    });
    const read = readPackFile(bytes);
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid-manifest' } });
    expect(!read.ok && read.error.message).toMatch(/articles\.0\.date/);
  });

  it('keeps real dates from 1800 to 2200, with or without a day', () => {
    for (const date of ['1800-01-01', '2024-06', '2024-02-29', '2200-12-31']) expect(articleDateProblem(date)).toBeNull();
    expect(readPackFile(writePack(samplePack({ articles: [{ id: 'a1', title: 'T', date: '2024-06', text: 'Ein Text.' }], notes: [], questions: [] })))).toMatchObject({ ok: true });
  });

  it('formatArticleDate never throws on a date an older version stored unchecked', () => {
    for (const date of [...dates, '9999999-01-01', '2024-13-45']) expect(() => formatArticleDate(date, 'de')).not.toThrow();
    expect(formatArticleDate('9999999-01-01', 'de')).toBe('9999999-01-01');
    expect(formatArticleDate('2024-06-18', 'de')).toBe('18. Juni 2024');
  });
});

describe('class: lone surrogates and unsafe characters in ids', () => {
  const places: [string, (m: Record<string, unknown>, v: string) => void][] = [
    ['id', (m, v) => (m.id = v)],
    ['articles.0.id', (m, v) => ((m.articles as Record<string, unknown>[])[0]!.id = v)],
    ['questions.0.id', (m, v) => ((m.questions as Record<string, unknown>[])[0]!.id = v)],
    ['notes.0.articleId', (m, v) => ((m.notes as Record<string, unknown>[])[0]!.articleId = v)],
  ];
  const cases = Array.from({ length: 24 }, (_, i) => {
    const [path, set] = places[i % places.length]!;
    const value = withChar(pick(['a1', 'pack', 'q1', 'x']), pick([...LONE, ':', '/', '%', ' ', '#', '?', 'ä', ...UNSAFE]));
    return { path, set, value };
  });
  it.each(cases)('$path = $value is refused', ({ path, set, value }) => {
    const read = readPackFile(editManifest(writePack(samplePack()), (m) => set(m, value)));
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid-manifest' } });
    expect(!read.ok && read.error.message).toContain(path);
  });

  it('links to a record an older version stored with a lone surrogate do not throw', () => {
    for (const id of LONE.map((s) => `pack:x${s}:a1`)) {
      expect(() => hrefOf({ screen: 'reader', articleId: id })).not.toThrow();
      expect(() => hrefOf({ screen: 'pack', packId: id })).not.toThrow();
    }
    expect(hrefOf({ screen: 'pack', packId: 'a\ud800b' })).toBe('#/pack/a%EF%BF%BDb');
  });
});

describe('class: control and bidi characters in names', () => {
  const fields: [string, (m: Record<string, unknown>, v: string) => void][] = [
    ['title', (m, v) => (m.title = v)],
    ['level', (m, v) => (m.level = v)],
    ['articles.0.title', (m, v) => ((m.articles as Record<string, unknown>[])[0]!.title = v)],
    ['articles.0.outlet', (m, v) => ((m.articles as Record<string, unknown>[])[0]!.outlet = v)],
  ];
  const cases = Array.from({ length: 24 }, (_, i) => {
    const [path, set] = fields[i % fields.length]!;
    return { path, set, value: withChar('Die Wahl', pick([...UNSAFE, ...LONE])) };
  });
  it.each(cases)('$path = $value is refused', ({ path, set, value }) => {
    const read = readPackFile(editManifest(writePack(samplePack()), (m) => set(m, value)));
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid-manifest' } });
    expect(!read.ok && read.error.message).toContain(path);
  });

  it('trims names and keeps ordinary Unicode (umlauts, accents, emoji)', () => {
    const read = readPackFile(editManifest(writePack(samplePack()), (m) => (m.title = '  Die Wahl in Köln 🗳️ – é  ')));
    expect(read.ok && read.kind === 'pack' && read.pack.title).toBe('Die Wahl in Köln 🗳️ – é');
  });

  it('cleanLine strips what hasUnsafeLineChars finds, and nameKey matches names as a teacher would', () => {
    for (const ch of [...UNSAFE, ...LONE]) {
      expect(hasUnsafeLineChars(`A${ch}B`)).toBe(true);
      expect(hasUnsafeLineChars(cleanLine(`A${ch}B`))).toBe(false);
    }
    expect(hasUnsafeLineChars('Grüße 🙂')).toBe(false);
    expect(nameKey('  Anna\u00a0 Beispiel \u202e')).toBe(nameKey('anna beispiel'));
    expect(nameKey('Jose\u0301')).toBe(nameKey('José'));
    expect(nameKey('Anna')).not.toBe(nameKey('Anne'));
  });
});

/** A results file as the class overview gets it: written (checksum recomputed, as a forger would) and read back. */
function overviewInput(data: ResultsData, edit?: (m: Record<string, unknown>) => void): OverviewInput {
  const bytes = edit ? editManifest(writeResults(data), edit) : writeResults(data);
  const read = readPackFile(bytes);
  if (!read.ok || read.kind !== 'results') throw new Error(`not readable: ${JSON.stringify(read)}`);
  return { results: read.results, checksumValid: read.checksumValid, computedChecksum: read.computedChecksum };
}

describe('class: forged scores', () => {
  const key = samplePack().questions;
  const base = sampleResults();
  type Forgery = { name: string; data: ResultsData; edit?: (m: Record<string, unknown>) => void; flags: ResultFlag[] };
  const forgeries: Forgery[] = [];
  for (let i = 0; i < 6; i++) {
    const score = base.total + 1 + int(497);
    forgeries.push({ name: `score ${score} of ${base.total}, checksum recomputed`, data: { ...base, score }, flags: ['score-over-total', 'score-mismatch'] });
    const lower = int(base.score);
    forgeries.push({ name: `score ${lower} with ${base.score} marked right`, data: { ...base, score: lower }, flags: ['score-mismatch'] });
  }
  const flipped = base.answers.map((a) => (a.correct ? a : { ...a, correct: true }));
  forgeries.push(
    { name: 'a wrong answer marked right, score and checksum made to match', data: { ...base, answers: flipped, score: 3 }, flags: ['answer-remarked'] },
    { name: 'a question answered twice', data: { ...base, answers: [...base.answers, base.answers[0]!], score: 3 }, flags: ['duplicate-question'] },
    { name: 'an answer to a question the pack lacks', data: { ...base, answers: [...base.answers, { questionId: 'q99', given: 'x', correct: true, ms: 1 }], score: 3 }, flags: ['unknown-question'] },
    { name: 'the score edited, checksum left', data: base, edit: (m) => (m.score = 3), flags: ['checksum', 'score-mismatch'] },
  );

  it.each(forgeries)('$name: flagged with the reasons and scored from the answer key', ({ data, edit, flags }) => {
    const input = overviewInput(data, edit);
    const check = verifyResults(input.results, input.checksumValid, key);
    expect(check.flags).toEqual(flags);
    const row = buildClassOverview([input], { questions: key }).students[0]!;
    expect(row).toMatchObject({ flagged: true, flags, total: key.length });
    // Marked again with the key: q1 and q3 of the honest answers are right, whatever the file claims.
    expect(row.score).toBe(2);
    expect(row.percent).toBeLessThanOrEqual(100);
    // Without the pack (`pack inspect FILE`) the file's own inconsistencies are still found.
    const read = readPackFile(edit ? editManifest(writeResults(data), edit) : writeResults(data)) as Extract<PackReadResult, { ok: true }>;
    const withoutKey = flags.filter((f) => f !== 'answer-remarked' && f !== 'unknown-question');
    expect(summarizeRead(read)).toMatchObject({ verified: { flags: withoutKey, withAnswerKey: false } });
    expect(summarizeRead(read, key)).toMatchObject({ verified: { flags, score: 2, total: key.length, withAnswerKey: true } });
  });

  it('an honest file is not flagged, with or without the pack', () => {
    const input = overviewInput(base);
    expect(verifyResults(input.results, input.checksumValid, key).flags).toEqual([]);
    expect(verifyResults(input.results, input.checksumValid).flags).toEqual([]);
  });

  it('"500 / 3" never reaches the overview as a percentage over 100', () => {
    const row = buildClassOverview([overviewInput({ ...base, score: 500 })]).students[0]!;
    expect(row.percent).toBeLessThanOrEqual(100);
    expect(row.flags).toContain('score-over-total');
  });
});

describe('class: control characters and name variants in results files', () => {
  const base = sampleResults();
  it('counts one attempt once whatever spaces, case or Unicode form the name has, and shows it cleaned', () => {
    const variants = ['Anna Beispiel', ' Anna Beispiel ', 'Anna  Beispiel', 'anna beispiel', 'Anna\u0000 Beispiel\u202e', 'ANNA BEISPIEL\u001b'];
    const overview = buildClassOverview(variants.map((student) => overviewInput({ ...base, student })));
    expect(overview.students).toHaveLength(1);
    expect(overview.duplicates).toBe(variants.length - 1);
  });

  it('strips control and bidi characters from names and words before the overview and the CSV', () => {
    const students = Array.from({ length: 12 }, (_, i) => ({ ...base, student: withChar(`Kind ${i}`, pick(UNSAFE)), finishedAt: `2024-06-21T10:${String(i).padStart(2, '0')}:00.000Z`, lookups: [{ lemma: withChar('Abkommen', pick(UNSAFE)), count: 1 }] }));
    const overview = buildClassOverview(students.map((s) => overviewInput(s)));
    for (const s of overview.students) expect(hasUnsafeLineChars(s.name)).toBe(false);
    expect(overview.topLookups).toEqual([{ lemma: 'Abkommen', count: 12 }]);
    const csv = overviewToCsv(overview);
    expect(hasUnsafeLineChars(csv.replace(/\r\n/g, ''))).toBe(false);
  });
});

describe('class: overlapping zip entries', () => {
  const text = 'Ein Text über die Wahl. '.repeat(2000);
  const cases = Array.from({ length: 12 }, (_, i) => ({ copies: 1 + int(49), shift: i % 3 === 0 ? 1 + int(30) : 0 }));
  it.each(cases)('$copies entries sharing one local entry (shifted $shift bytes) are refused before anything is inflated', ({ copies, shift }) => {
    const names = Array.from({ length: copies }, (_, i) => `articles/${i + 2}.txt`);
    const bytes = overlappingZip({ name: 'articles/1.txt', data: strToU8(text) }, names, shift);
    const read = readPackFile(bytes);
    expect(read).toMatchObject({ ok: false, error: { code: 'suspicious-compression' } });
    expect(!read.ok && read.error.message).toMatch(/overlap/);
  });

  it('a file with entries that do not overlap still reads (the check is not a false alarm)', () => {
    expect(readPackFile(writePack(samplePack()))).toMatchObject({ ok: true, kind: 'pack' });
  });
});

describe('class: large manifests', () => {
  const words = ['Wahl', 'Stadt', 'Bürger', 'Rathaus', 'Stimme', 'Partei', 'heute', 'gestern', 'und', 'die'];
  const cases = [
    { name: 'a 900 KB run of one character', value: () => 'x'.repeat(900 * 1024) },
    { name: 'a 4 MB string of words', value: () => Array.from({ length: 700_000 }, () => pick(words)).join(' ').slice(0, 4 * 1024 * 1024) },
    { name: '200 KB of spaces', value: () => ' '.repeat(200 * 1024) },
  ];
  it.each(cases)('a valid pack whose manifest holds an unknown field with $name is read, not refused as a bomb', ({ value }) => {
    const bytes = editManifest(writePack(samplePack()), (m) => (m.comment = value()));
    const read = readPackFile(bytes);
    expect(read).toMatchObject({ ok: true, kind: 'pack', pack: { title: samplePack().title } });
  });

  it('a manifest of 4 MB of zeros (1000:1) is still refused as a bomb', () => {
    const bytes = editManifest(writePack(samplePack()), (m) => (m.comment = '0'.repeat(4 * 1024 * 1024)));
    expect(readPackFile(bytes)).toMatchObject({ ok: false, error: { code: 'suspicious-compression' } });
  });
});

describe('the bench cases (npm run bench times these)', () => {
  it.each(hostileCases().map((c) => [c.name, c] as const))('%s has its expected outcome', (_name, c) => {
    expect(runCase(c)).toEqual(c.expected);
  });
});
