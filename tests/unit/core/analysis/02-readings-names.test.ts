/**
 * Issue 14: a capitalised word the lexicon lacks that a text gives right after a first name, a title or a role is a
 * person's name wherever the text uses it, not the compound or agent noun its letters spell when it stands alone.
 */
import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

/** The analysis of `word`'s occurrence at `nth` (from 0) in `text`, as `lemma/UPOS/gender/parts`. */
async function reading(text: string, word: string, nth: number): Promise<string> {
  const tokens = (await engine).analyze(text).sentences.flatMap((s) => s.tokens).filter((t) => t.text === word);
  const t = tokens[nth]!;
  return `${t.lemma}/${t.upos}/${t.gender ?? ''}/${(t.parts ?? []).map((p) => p.lemma).join('|')}`;
}

describe('a surname the text gives after a first name, a title or a role', () => {
  it.each([
    // After a first name in another sentence; alone it would be Zink|Werker or Mitte|Lehner.
    ['Ole Zinkwerker kam spät. Zinkwerker sagte nichts.', 'Zinkwerker', 1, 'Zinkwerker/PROPN//'],
    ['Reinhold Mittelehner ist Minister. Mittelehner sagte nichts.', 'Mittelehner', 1, 'Mittelehner/PROPN//'],
    // Before the first name's sentence too, and before an apposition.
    ['Zinkwerker sagte nichts. Das meinte Ole Zinkwerker.', 'Zinkwerker', 0, 'Zinkwerker/PROPN//'],
    ['Anna Zinkwerker kam. Zinkwerker, die Chefin, schwieg.', 'Zinkwerker', 1, 'Zinkwerker/PROPN//'],
    // After a title or a role, also a role's compound.
    ['Herr Mittelehner kam. Mittelehner sagte nichts.', 'Mittelehner', 1, 'Mittelehner/PROPN//'],
    ['Wirtschaftsminister Mittelehner kam. Mittelehner sagte nichts.', 'Mittelehner', 1, 'Mittelehner/PROPN//'],
  ])('%s: %s (%i) is %s', async (text, word, nth, expected) => {
    expect(await reading(text, word, nth)).toBe(expected);
  });

  it.each([
    // No such evidence in the text: the compound stays.
    ['Der Zinkwerker sagte nichts.', 'Zinkwerker', 0, 'Zinkwerker/NOUN/der/Zink|Werker'],
    // A small word spelt like a first name at the start of a sentence gives none (`Per`, like Per Brandt).
    ['Per Zinkwerker kommt Post. Der Zinkwerker sagte nichts.', 'Zinkwerker', 1, 'Zinkwerker/NOUN/der/Zink|Werker'],
  ])('%s: %s (%i) stays %s', async (text, word, nth, expected) => {
    expect(await reading(text, word, nth)).toBe(expected);
  });
});

describe("a text's names in the genitive and in the next text", () => {
  it("reads a name's genitive in -s as that name (`Zinkwerkers`), not a compound of its letters", async () => {
    expect(await reading('Ole Zinkwerker kam spät. Zinkwerkers Chef sagte nichts.', 'Zinkwerkers', 0)).toBe('Zinkwerker/PROPN//');
  });

  it('keeps no name of one text for the next text the engine analyses', async () => {
    expect(await reading('Ole Zinkwerker kam. Zinkwerker sagte nichts.', 'Zinkwerker', 1)).toBe('Zinkwerker/PROPN//');
    expect(await reading('Der Zinkwerker sagte nichts.', 'Zinkwerker', 0)).toBe('Zinkwerker/NOUN/der/Zink|Werker');
    expect(await reading('Ole Zinkwerker kam. Der Zinkwerker sagte nichts.', 'Zinkwerker', 1)).toBe('Zinkwerker/PROPN//');
  });

  it("reads the next text's names, of other letters and lengths than the text before's", async () => {
    expect(await reading('Ole Zinkwerker kam. Zinkwerker sagte nichts.', 'Zinkwerker', 1)).toBe('Zinkwerker/PROPN//');
    expect(await reading('Herr Mittelehner kam. Mittelehner sagte nichts.', 'Mittelehner', 1)).toBe('Mittelehner/PROPN//');
    expect(await reading('Herr Mittelehner kam. Mittelehners Chef sagte nichts.', 'Mittelehners', 0)).toBe('Mittelehner/PROPN//');
  });
});

describe('a listed noun the text gives as a surname after a common first name or a title', () => {
  it.each([
    // A name where it stands bare: at the start, after a verb; the noun after an article, adjective or preposition.
    ['Jan Kraft gewann. Kraft jubelte, sagte Kraft mit aller Kraft.', ['PROPN', 'PROPN', 'PROPN', 'NOUN']],
    ['Herr Hecht kam. Das meinte Hecht über den Hecht.', ['PROPN', 'PROPN', 'NOUN']],
  ])('%s: %j', async (text, upos) => {
    const tokens = (await engine).analyze(text).sentences.flatMap((s) => s.tokens);
    const word = text.split(' ')[1]!;
    expect(tokens.filter((t) => t.text === word).map((t) => t.upos)).toEqual(upos);
  });
});
