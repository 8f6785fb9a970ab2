/** Who-said questions of a statement (issue 15, round i: `Wer sagte laut dem Text, wie diese denn aussähen?` was a fragment). */
import { describe, expect, it } from 'vitest';
import { commonWords, ofCommonWords } from '../../../../src/core/quiz/build';
import { whoSaid } from '../../../../src/core/quiz/kinds/whoSaid';
import { articleOf, ask } from './kinds/helpers';

const SPEAKERS =
  'Bürgermeisterin Mara Lind sagte, die neue Brücke über den Sund werde im Mai fertig. ' +
  'Professor Jan Berg sagte, die Pläne für die Brücke seien gut durchdacht und sicher.';

async function prompts(text: string): Promise<string[]> {
  return (await ask(whoSaid, `${SPEAKERS} ${text}`)).map((q) => q.prompt);
}

describe('who-said on reported speech', () => {
  it('asks a reported statement', async () => {
    expect(await prompts('Verkehrsminister Ole Brandt sagte, der Bund zahle die Hälfte der Kosten.')).toContain('Wer sagte laut dem Text, der Bund zahle die Hälfte der Kosten?');
  });

  it.each([
    ['a reported question (`wie …`)', 'Verkehrsminister Ole Brandt sagte, wie diese denn bezahlt werden solle.', 'wie'],
    ['a reason (`da …`)', 'Verkehrsminister Ole Brandt sagte, da der Bund die Hälfte der Kosten zahle.', 'da der Bund'],
    ['a clause that points to what another sentence tells (`diese Pläne`)', 'Verkehrsminister Ole Brandt sagte, diese Pläne seien im Rat nie besprochen worden.', 'diese Pläne'],
  ])('asks no %s', async (_, sentence, words) => {
    const asked = await prompts(sentence);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((p) => p.includes(words))).toEqual([]);
  });
});

describe('names made of common words', () => {
  it('are no one\'s (`Offiziellen Angaben`, `Lokale Medien`), unlike a person\'s name', async () => {
    const a = await articleOf('Offiziellen Angaben zufolge kamen 40 Menschen ums Leben. Lokale Medien berichteten von mehr Opfern. Mara Lind sagte, sie sei erschüttert.');
    const words = commonWords(a);
    expect(ofCommonWords('Offiziellen Angaben', words)).toBe(true);
    expect(ofCommonWords('Lokale Medien', words)).toBe(true);
    expect(ofCommonWords('Mara Lind', words)).toBe(false);
  });
});
