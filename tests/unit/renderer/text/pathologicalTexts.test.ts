/**
 * Fuzz suite for Add text (issue 20): every generated pathological text reaches a clear outcome through
 * the code the workers run (scripts/pathologicalTexts.ts), and a refused one stores nothing. No timing is
 * asserted: a quadratic pattern shows up as this suite not finishing within its generous timeout.
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { pathologicalTexts, runTextCase } from '../../../../scripts/pathologicalTexts';
import { openDatabase } from '../../../../src/renderer/db/database';
import { saveOwnText } from '../../../../src/renderer/domain/ownTextStore';
import { readOwnText } from '../../../../src/renderer/text/prepareText';
import { MAX_TEXT_BYTES } from '../../../../src/renderer/text/textLimits';
import { guardMarks, MAX_MARKS_PER_BASE } from '../../../../src/renderer/text/markGuard';
import { engine } from '../../core/engineFixture';

const db = openDatabase('pathological-texts');
afterAll(() => db.close());

describe('pathological texts through Add text, the reader and the quiz', () => {
  it.each(pathologicalTexts.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await db.articles.count();
    const result = await runTextCase(await engine, c);
    if (result.outcome === 'refused') {
      expect(result.reason).toBe(c.expected);
      // The same refusal reaches the store, which keeps nothing.
      expect(await saveOwnText(db, result.refused, true)).toEqual({ refused: result.refused.problem });
      expect(await db.articles.count()).toBe(before);
      return;
    }
    expect(c.expected).toBe('accepted');
    const { prepared, tokens, questions, reasons } = result;
    expect(new TextEncoder().encode(prepared.text).length).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    expect(prepared.meta.wordCount).toBeGreaterThan(0);
    expect(tokens).toBeGreaterThan(0);
    // A quiz, or the reason there is none.
    expect(questions > 0 || reasons.length > 0).toBe(true);
    const saved = await saveOwnText(db, prepared, true);
    expect(saved).toEqual({ saved: expect.any(String) });
    expect(await db.articles.count()).toBe(before + 1);
  }, 120_000);

  it('reports a 5 MB paste as too large by its size, not as "not German"', async () => {
    const paste = pathologicalTexts.find((c) => c.expected === 'tooLarge' && c.format === 'paste' && c.build().length > 4_000_000)!;
    const result = await runTextCase(await engine, paste);
    expect(result).toMatchObject({ outcome: 'refused', reason: 'tooLarge' });
  });
});

describe('the reader guard against runs of combining marks', () => {
  it('draws at most a few marks on one letter and leaves ordinary accents alone', () => {
    const zalgo = `B${'\u0301'.repeat(500_000)}ad`;
    expect(guardMarks(zalgo)).toBe(`B${'\u0301'.repeat(MAX_MARKS_PER_BASE)}ad`);
    expect(guardMarks('Tiếng Việt, Cafe\u0301, Schwimmbad')).toBe('Tiếng Việt, Cafe\u0301, Schwimmbad');
    expect(guardMarks(`a${'\u0308'.repeat(MAX_MARKS_PER_BASE)}`)).toBe(`a${'\u0308'.repeat(MAX_MARKS_PER_BASE)}`);
  });

  it('cuts such a run in an opened file before its text reaches the text box', () => {
    const read = readOwnText(`<p>Wir gehen ins B${'\u0301'.repeat(100_000)}ad.</p>`, 'html');
    expect(read).toMatchObject({ ok: true, text: `Wir gehen ins B${'\u0301'.repeat(MAX_MARKS_PER_BASE)}ad.` });
  });
});
