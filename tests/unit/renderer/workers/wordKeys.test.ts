/**
 * The library counts an article's unknown words by their status keys; a key the reader never shows stays unknown for
 * good, so the keys come from the paragraphs as the reader analyses them, names and all (issue 14).
 */
import { describe, expect, it } from 'vitest';
import { engine } from '../../core/engineFixture';
import { wordKeysOf } from '../../../../src/renderer/workers/wordKeys';

const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('wordKeysOf', () => {
  it.each([
    // A title and byline before the body are no words of it; a surname's key is the same in every paragraph.
    ['Neuer Hafen für Nordland\nStand: Montag\n\nOle Kohlhasen baut.\n\nKohlhasen sagte nichts.', ['Ole Kohlhasen baut.', 'Kohlhasen sagte nichts.'],
      'Ole@40 Kohlhasen@44 bauen@54 Kohlhasen@61 sagen@71 nichts@77'],
    // Without a first name, a title or a role, the plural noun's key (Kohlhase).
    ['Die Kohlhasen bauen.\n\nKohlhasen sagen nichts.', ['Die Kohlhasen bauen.', 'Kohlhasen sagen nichts.'], 'der@0 Kohlhase@4 bauen@14 Kohlhase@22 sagen@32 nichts@38'],
    ['Neuer Hafen', [], ''],
  ])('%j: %j → %s', async (text, body, expected) => {
    const words = wordKeysOf((await engine).analyzeParagraphs(text, body.map((part) => span(text, part))));
    expect(words.keys.map((key, i) => `${key}@${words.starts[i]}`).join(' ')).toBe(expected);
  });
});
