/**
 * Hostile packs and results files by class (issue 20), generated from a seed rather than stored:
 * each class has the outcome a user must see. A refused file says which field is wrong; nothing
 * that reaches the library can make a screen throw (dates, URLs, record keys).
 */
import { describe, expect, it } from 'vitest';
import { readPackFile, writePack } from '../../../../src/core/packs/packFile';
import { articleDateProblem, cleanLine, hasUnsafeLineChars, nameKey } from '../../../../src/core/packs/safeText';
import { hrefOf } from '../../../../src/renderer/app/route';
import { formatArticleDate } from '../../../../src/renderer/library/formatDate';
import { editManifest, mulberry32, samplePack } from './fixtures';

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
