/**
 * The reader analyses an article a paragraph at a time (issue 19), yet a surname one paragraph gives after a first name,
 * a title or a role is a name in the others too (issue 14): `analyzeParagraphs` reads every paragraph with the names
 * all of them give.
 */
import { describe, expect, it } from 'vitest';
import { engine } from './engineFixture';

/** The paragraphs of `text` (between blank lines) with their offsets, as the reader's body spans. */
function paragraphs(text: string) {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Each occurrence of `word` in the paragraphs' analysis, as `lemma/UPOS/parts@start`. */
async function readings(text: string, word: string): Promise<string[]> {
  const analysed = [...(await engine).analyzeParagraphs(text, paragraphs(text))];
  return analysed.flat().flatMap((s) => s.tokens).filter((t) => t.text === word)
    .map((t) => `${t.lemma}/${t.upos}/${(t.parts ?? []).map((p) => p.lemma).join('|')}@${t.start}`);
}

describe('analyzeParagraphs', () => {
  it.each([
    // Given with its first name in the first paragraph, alone in a later one; alone it would be Linde|Mann.
    ['Ole Lindemann ist Bürgermeister.\n\nDer Hafen ist neu.\n\nLindemann sagte nichts.', 'Lindemann', ['Lindemann/PROPN/@4', 'Lindemann/PROPN/@54']],
    // After a role, and in a paragraph before the one that gives it; inflected like a plural noun (Kohlhase).
    ['Kohlhasen schwieg.\n\nBürgermeisterin Kohlhasen kam spät.', 'Kohlhasen', ['Kohlhasen/PROPN/@0', 'Kohlhasen/PROPN/@36']],
  ])('%j: %s is a name in every paragraph', async (text, word, expected) => {
    expect(await readings(text, word)).toEqual(expected);
  });

  it.each([
    // No paragraph gives it after a first name, a title or a role: the compound stays.
    ['Der Lindemann kam.\n\nLindemann sagte nichts.', 'Lindemann', ['Lindemann/NOUN/Linde|Mann@4', 'Lindemann/NOUN/Linde|Mann@20']],
  ])('%j: %s stays a noun', async (text, word, expected) => {
    expect(await readings(text, word)).toEqual(expected);
  });

  it('gives each paragraph its own sentences, with offsets into the whole text, and only the paragraphs asked for', async () => {
    const text = 'Neuer Hafen für Nordland\nStand: Montag\n\nOle Lindemann baut.\n\nDer Hafen steht.';
    const body = paragraphs(text).slice(2);
    const analysed = [...(await engine).analyzeParagraphs(text, body)];
    expect(analysed.map((p) => p.map((s) => text.slice(s.start, s.end)))).toEqual([['Ole Lindemann baut.'], ['Der Hafen steht.']]);
    for (const t of analysed.flat().flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a text given as one paragraph as analyze does', async () => {
    const e = await engine;
    const text = 'Ole Lindemann kam. Lindemann sagte nichts.';
    expect([...e.analyzeParagraphs(text, [{ start: 0, end: text.length }])]).toEqual([e.analyze(text).sentences]);
  });
});
