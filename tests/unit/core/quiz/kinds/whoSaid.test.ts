import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../../../../src/core/quiz/kinds/whoSaid';
import { ask, line } from './helpers';

const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete die Brücke. Verkehrsminister Ole Brandt lobte den Bau.';

describe('who-said questions', () => {
  it.each([
    ['a direct quote, answered with the full name', `${PEOPLE} „Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.`, 'Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind'],
    ['reported speech', `${PEOPLE} Brandt erklärte, das Land werde weitere Brücken bauen.`, 'Von wem stammt laut dem Text diese Aussage: „das Land werde weitere Brücken bauen“? → Ole Brandt'],
    ['a source frame, asked for bare', `${PEOPLE} Laut dem Gutachten hält die neue Brücke hundert Jahre.`, 'Worauf beruft sich der Text bei dieser Aussage: „hält die neue Brücke hundert Jahre“? → Gutachten'],
    ['the genitive after a frame noun', `${PEOPLE} Nach Angaben der Feuerwehr brannte das alte Lagerhaus völlig aus.`, 'Worauf beruft sich der Text bei dieser Aussage: „brannte das alte Lagerhaus völlig aus“? → Feuerwehr'],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(whoSaid, text);
    expect(questions.map(line)).toContain(expected);
    for (const q of questions) expect(q.options).toContain(q.answer);
  });

  it.each([
    ['a quote of fewer than four words', `${PEOPLE} „Sehr schön“, sagte Lind.`],
    ['a pronoun as the only source', `${PEOPLE} Ihm zufolge sei der Bau sehr teuer gewesen.`],
  ])('asks nothing about %s', async (_, text) => {
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
  });
});
