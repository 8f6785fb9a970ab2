import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../../../src/core/facts/11-events';
import { engine } from '../engineFixture';

/** The sentence's first word once its dateline is read past. */
const opening = async (text: string): Promise<string> => withoutDateline((await engine).analyze(text).sentences[0]!.tokens)[0]!.text;

describe('withoutDateline', () => {
  it.each([
    ['a hyphen standing for the dash', 'Kiel - Bürgermeisterin Anna Berg unterzeichnete am Montag einen Vertrag.', 'Bürgermeisterin'],
    ['a hyphen glued to the last place', 'Frankfurt am Main- Bürgermeisterin Anna Berg unterzeichnete am Montag einen Vertrag.', 'Bürgermeisterin'],
    ['a place with its other name in brackets', 'Breslau (Wroclaw) – Bürgermeisterin Anna Berg unterzeichnete am Montag einen Vertrag.', 'Bürgermeisterin'],
    ['three places', 'Wien/Graz/Linz – Bürgermeisterin Anna Berg unterzeichnete am Montag einen Vertrag.', 'Bürgermeisterin'],
    ['a place whose first word the tagger reads as an adverb', 'Los Angeles - Bürgermeisterin Anna Berg unterzeichnete am Montag einen Vertrag.', 'Bürgermeisterin'],
    ['no headline phrase before a dash', 'Eigene Software auf Linux-Basis – Anna Berg zeigt ihr Auto.', 'Eigene'],
    ['no phrase opening with an article', 'Das Ziel – mehr Transparenz beim Bau.', 'Das'],
    ['no truncated word before `und`', 'Schul- und Ausbildungswahl – Anna Berg berichtet.', 'Schul-'],
  ])('%s', async (_, text, first) => {
    expect(await opening(text)).toBe(first);
  });
});
