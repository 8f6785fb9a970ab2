import { describe, expect, it } from 'vitest';
import { defaultLanguage, ENGINE_VERSION, factParagraphs, prepareArticle } from '../../../src/core';

const text = 'Fähre fährt wieder\n\nKiel (dpa) - Die Fähre nach Laboe fährt ab Montag wieder.\n\nFoto: dpa/Jan Ott\n\nDer Hafen hatte sie im Winter repariert.';
const bodyOf = (t: string, paragraphs: { start: number; end: number }[]) => paragraphs.map((p) => t.slice(p.start, p.end));

describe('prepareArticle', () => {
  it('gives the metadata and the body paragraphs as offsets into the text, page furniture marked', () => {
    const prepared = prepareArticle(defaultLanguage, text);
    expect(prepared.engineVersion).toBe(ENGINE_VERSION);
    expect(prepared.meta).toMatchObject({ title: 'Fähre fährt wieder', outlet: 'dpa', date: null });
    expect(bodyOf(text, prepared.paragraphs)).toEqual(['Kiel (dpa) - Die Fähre nach Laboe fährt ab Montag wieder.', 'Foto: dpa/Jan Ott', 'Der Hafen hatte sie im Winter repariert.']);
    expect(prepared.paragraphs.map((p) => p.boilerplate ?? false)).toEqual([false, true, false]);
    // Facts and questions come from the body without its furniture.
    expect(bodyOf(text, factParagraphs(prepared.paragraphs))).toEqual(['Kiel (dpa) - Die Fähre nach Laboe fährt ab Montag wieder.', 'Der Hafen hatte sie im Winter repariert.']);
  });

  it('keeps the metadata an article came with over what its text shows', () => {
    const prepared = prepareArticle(defaultLanguage, text, { title: 'Unsere Fähre', date: '2025-04-07', outlet: null });
    expect(prepared.meta).toMatchObject({ title: 'Unsere Fähre', date: '2025-04-07', outlet: null });
    // A blank title is no title: the text's headline stands in.
    expect(prepareArticle(defaultLanguage, text, { title: '  ' }).meta.title).toBe('Fähre fährt wieder');
  });

  it('prepares an empty text to an empty body', () => {
    expect(prepareArticle(defaultLanguage, '')).toMatchObject({ meta: { title: '', wordCount: 0, readingMinutes: 0 }, paragraphs: [] });
  });
});
